import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Head and neck muscles. Referral patterns follow Travell & Simons' Trigger Point Manual
 * (vol. 1, 2nd ed.); techniques and their stroke doses follow Davies' Trigger Point Therapy
 * Workbook (3rd ed.), written in our own words. Trigger-point coordinates are in the body
 * map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'lateral-pterygoid',
    area: 'head-neck',
    name: () => msg('Lateral pterygoid', { id: 'muscle.lateral-pterygoid.name' }),
    description: () => msg('A small, deep jaw muscle behind the cheekbone, just in front of the jaw joint; it pulls the jaw forward and helps open the mouth.', { id: 'muscle.lateral-pterygoid.description' }),
    causes: () => [
      msg('Clenching or grinding the teeth', { id: 'muscle.lateral-pterygoid.cause.1' }),
      msg('Habits that push the jaw forward, such as biting nails or chewing on a pen', { id: 'muscle.lateral-pterygoid.cause.2' }),
      msg('Playing a wind instrument or holding a violin under the chin', { id: 'muscle.lateral-pterygoid.cause.3' }),
    ],
    triggerPoints: [
      { region: 'cheek-left', view: 'front', x: 113, y: 44 },
    ],
    // T&S vol. 1 ch. 11: deep into the jaw joint just in front of the ear, and over the
    // cheekbone (maxillary sinus area). Unchanged.
    referral: {
      primary: ['cheek-left', 'ear-left'],
      secondary: ['jaw-left'],
    },
    symptoms: () => [
      msg('Pain deep in the jaw joint, just in front of the ear', { id: 'muscle.lateral-pterygoid.symptom.1' }),
      msg('Clicking of the jaw or a bite that feels off', { id: 'muscle.lateral-pterygoid.symptom.2' }),
      msg('An ache in the cheek that feels like sinus pain', { id: 'muscle.lateral-pterygoid.symptom.3' }),
    ],
    techniques: ['lateral-pterygoid-fingers'],
    cautions: () => [msg('This muscle is deep and sensitive: press gently and stop if the jaw clicks, locks, or hurts more.', { id: 'muscle.lateral-pterygoid.caution.1' })],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 11, Lateral Pterygoid' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Lateral Pterygoid' },
    ],
  },
  techniques: [
    // Davies: short, slow strokes instead of a hold; few and light (6, the low end of Davies'
    // range), because the muscle is reached through the masseter and the jaw joint is close.
    {
      id: 'lateral-pterygoid-fingers',
      muscle: 'lateral-pterygoid',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Lateral pterygoid: fingertip pressure', { id: 'technique.lateral-pterygoid-fingers.title' }),
      steps: () => [
        msg('Sit and open your mouth about a finger-width, so a gap opens just under the cheekbone in front of the jaw joint.', { id: 'technique.lateral-pterygoid-fingers.step.1' }),
        msg('Place a fingertip in that hollow below the cheekbone, about two finger-widths in front of the ear.', { id: 'technique.lateral-pterygoid-fingers.step.2' }),
        msg('Press gently inward and slightly upward.', { id: 'technique.lateral-pterygoid-fingers.step.3' }),
        msg('Make a few very short, slow strokes forward at a "good hurt" of no more than 5 out of 10, never sharp, and breathe slowly.', { id: 'technique.lateral-pterygoid-fingers.step.4' }),
      ],
      dose: { kind: 'strokes', strokes: 6, holdSeconds: 30, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('A deep tenderness under the cheekbone, sometimes an ache in the jaw joint or cheek, that eases over the strokes.', { id: 'technique.lateral-pterygoid-fingers.feel' }),
      cautions: () => [
        msg('Gentle pressure only; stop if the jaw clicks, locks, or the pain grows.', { id: 'technique.lateral-pterygoid-fingers.caution.1' }),
        msg('See a dentist or doctor if the jaw locks or your bite changes.', { id: 'technique.lateral-pterygoid-fingers.caution.2' }),
      ],
      // Face, not neck: no carotid or lymph-node item. Recent surgery includes dental surgery.
      askFirst: ['anticoagulants', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Lateral Pterygoid' },
    },
  ],
};
