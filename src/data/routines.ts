import { msg } from '../i18n/msg.js';
import { ROUTINE_FORMAT } from '../core/limits.js';
import type { Routine, RoutineStep } from '../core/routine-format.js';

/**
 * Built-in routines: 5–15 minutes each, made of catalog techniques. Each step takes its
 * technique's dose as its source teaches it (strokes, a release until the tissue softens, a
 * stretch hold), one round per side; a test checks every id and every total time.
 */
interface BuiltIn {
  id: string;
  title: () => string;
  description: () => string;
  steps: RoutineStep[];
}

const BUILT_IN: readonly BuiltIn[] = [
  {
    id: 'desk-neck-shoulders',
    title: () => msg('Desk neck and shoulders', { id: 'routine.desk-neck-shoulders.title' }),
    description: () => msg('For the stiff neck and raised shoulders of a long day at a screen.', { id: 'routine.desk-neck-shoulders.description' }),
    steps: [
      { technique: 'upper-trapezius-pincer', reps: 1 },
      { technique: 'levator-scapulae-ball-wall', reps: 1 },
      { technique: 'rhomboids-ball-wall', reps: 1 },
      { technique: 'pectoralis-major-stretch', reps: 1 },
    ],
  },
  {
    id: 'tension-headache',
    title: () => msg('Tension headache', { id: 'routine.tension-headache.title' }),
    // Clinical review: no squeezing beside the throat in a headache routine (headache with neck
    // pain is the warning sign of a torn neck artery): splenius instead of the SCM pincer.
    description: () => msg('For a familiar tension headache a doctor has checked, not a new, sudden or different one: eases the neck muscles that send pain to the temples, forehead and back of the head.', { id: 'routine.tension-headache.description' }),
    steps: [
      { technique: 'suboccipitals-ball', reps: 1 },
      { technique: 'upper-trapezius-pincer', reps: 1 },
      { technique: 'splenius-capitis-fingers', reps: 1 },
      { technique: 'temporalis-fingers', reps: 1 },
    ],
  },
  {
    id: 'low-back-hips',
    title: () => msg('Low back and hips', { id: 'routine.low-back-hips.title' }),
    description: () => msg('For an aching low back and tight hips after sitting, lifting or a long walk.', { id: 'routine.low-back-hips.description' }),
    steps: [
      { technique: 'quadratus-lumborum-ball-floor', reps: 1 },
      { technique: 'gluteus-medius-ball', reps: 1 },
      { technique: 'piriformis-ball', reps: 1 },
      { technique: 'iliopsoas-stretch', reps: 1 },
    ],
  },
  {
    id: 'jaw-face',
    title: () => msg('Jaw and face', { id: 'routine.jaw-face.title' }),
    description: () => msg('For clenching, a sore jaw and aching cheeks. Gentle pressure only.', { id: 'routine.jaw-face.description' }),
    steps: [
      { technique: 'masseter-fingers', reps: 1 },
      { technique: 'temporalis-fingers', reps: 1 },
      { technique: 'lateral-pterygoid-fingers', reps: 1 },
      { technique: 'sternocleidomastoid-pincer', reps: 1 },
    ],
  },
  {
    id: 'forearm-mouse-arm',
    title: () => msg('Forearm and mouse arm', { id: 'routine.forearm-mouse-arm.title' }),
    description: () => msg('For the forearm, wrist and elbow of long hours with a mouse, phone or tools.', { id: 'routine.forearm-mouse-arm.description' }),
    steps: [
      { technique: 'wrist-finger-extensors-fingers', reps: 1 },
      { technique: 'brachioradialis-pincer', reps: 1 },
      { technique: 'wrist-finger-flexors-fingers', reps: 1 },
      { technique: 'wrist-finger-extensors-stretch', reps: 1 },
    ],
  },
  {
    id: 'runners-calves-feet',
    title: () => msg("Runner's calves and feet", { id: 'routine.runners-calves-feet.title' }),
    description: () => msg('After a run: calves, shins and the soles of the feet.', { id: 'routine.runners-calves-feet.description' }),
    steps: [
      { technique: 'gastrocnemius-foam-roller', reps: 1 },
      { technique: 'soleus-ball', reps: 1 },
      { technique: 'plantar-foot-ball', reps: 1 },
      { technique: 'tibialis-anterior-fingers', reps: 1 },
    ],
  },
];

export const ROUTINE_IDS: readonly string[] = BUILT_IN.map((r) => r.id);

/**
 * A built-in routine in the file format. Its title and description are read in the current
 * locale each time they are read (a CDN page learns its locale after the first render).
 */
export function builtInRoutine(id: unknown): Routine | undefined {
  const r = BUILT_IN.find((b) => b.id === id);
  return (
    r && {
      format: ROUTINE_FORMAT,
      id: r.id,
      get title() {
        return r.title();
      },
      get description() {
        return r.description();
      },
      steps: r.steps,
    }
  );
}
