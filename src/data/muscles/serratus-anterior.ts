import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Trunk muscles: chest, back and abdomen. Referral patterns follow Travell & Simons' Trigger
 * Point Manual (vol. 1, 2nd ed.; vol. 2, 1st ed.); each technique's dose follows its own source
 * (see `Dose` in types.ts; stretch holds are general guidance, not these books). Written in our
 * own words. Trigger-point coordinates are in the body map's view space
 * (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'serratus-anterior',
    area: 'trunk',
    name: () => msg('Serratus anterior', { id: 'muscle.serratus-anterior.name' }),
    description: () => msg('A sheet of finger-like slips on the side of your ribcage, under the arm; it holds the shoulder blade against the ribs and helps you push and reach.', { id: 'muscle.serratus-anterior.description' }),
    causes: () => [
      msg('Hard running or long coughing fits', { id: 'muscle.serratus-anterior.cause.1' }),
      msg('Push-ups, chin-ups or lifting heavy things overhead', { id: 'muscle.serratus-anterior.cause.2' }),
      msg('Anxious, fast breathing high in the chest', { id: 'muscle.serratus-anterior.cause.3' }),
    ],
    // T&S vol. 1, ch. 46: on the side of the chest, about the 5th–6th rib in the mid-axillary line.
    triggerPoints: [
      { region: 'flank-left', view: 'front', x: 131, y: 136 },
    ],
    // Essential: the side of the chest at the trigger point's level and the back, near the lower
    // tip of the shoulder blade. Spillover: down the inner arm to the palm and last fingers.
    referral: {
      primary: ['flank-left', 'chest-left', 'between-shoulder-blades-left'],
      secondary: ['upper-arm-front-left', 'forearm-front-left', 'palm-left', 'fingers-left', 'inner-elbow-left'],
    },
    symptoms: () => [
      msg('A "stitch" in the side when running', { id: 'muscle.serratus-anterior.symptom.1' }),
      msg('Shortness of breath or pain when taking a deep breath', { id: 'muscle.serratus-anterior.symptom.2' }),
    ],
    techniques: ['serratus-anterior-fingers'],
    cautions: () => [
      msg('Sharp pain over a rib after a fall or a hard cough may be a cracked rib: see a doctor.', { id: 'muscle.serratus-anterior.caution.1' }),
      msg('New or unexplained chest pain or pressure, or chest pain with breathlessness or sweating: call emergency services first, not self-massage.', { id: 'muscle.serratus-anterior.caution.2' }),
      // Pain on breathing in is a symptom of this muscle, but also of a clot in the lung,
      // pneumonia or a collapsed lung.
      msg('Sudden breathlessness, coughing up blood, or sharp pain on breathing in with a fever: get urgent medical help, not massage.', { id: 'muscle.serratus-anterior.caution.3' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 46, Serratus Anterior' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 7, Chest, Abdominal, and Genital Pain: Serratus Anterior' },
    ],
  },
  techniques: [
    // Safety: fingers only, below the hollow of the armpit (lymph nodes, axillary vessels) and
    // off breast tissue; moderate pressure over the ribs. The long thoracic nerve runs on this
    // muscle's surface, hence strokes, not a sustained deep hold.
    // Dose: Davies' short, slow strokes (ch. 3), not a static hold.
    {
      id: 'serratus-anterior-fingers',
      muscle: 'serratus-anterior',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Serratus anterior: finger pressure on the ribs', { id: 'technique.serratus-anterior-fingers.title' }),
      steps: () => [
        msg('Sit and rest the arm of the sore side on a table or your lap.', { id: 'technique.serratus-anterior-fingers.step.1' }),
        msg('With the fingertips of the other hand, feel the side of your ribcage below the armpit, about level with the nipple.', { id: 'technique.serratus-anterior-fingers.step.2' }),
        msg('Press gently into the muscle on a rib, searching for a tender spot.', { id: 'technique.serratus-anterior-fingers.step.3' }),
        msg('Make 10 short, slow strokes along the rib toward the front of the chest, at a "good hurt" of about 5 out of 10, never sharp.', { id: 'technique.serratus-anterior-fingers.step.4' }),
        msg('Move to the next rib up or down and repeat, staying below the hollow of the armpit.', { id: 'technique.serratus-anterior-fingers.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Marked tenderness on the side of the ribs, sometimes an ache under the shoulder blade, that eases over the strokes.', { id: 'technique.serratus-anterior-fingers.feel' }),
      cautions: () => [
        msg('Use moderate pressure only over the ribs; skip this if you have brittle bones or a recent rib injury.', { id: 'technique.serratus-anterior-fingers.caution.1' }),
        msg('Keep out of the hollow of the armpit and off breast tissue.', { id: 'technique.serratus-anterior-fingers.caution.2' }),
      ],
      // Pressure over the ribs (osteoporosis); next to the armpit (lymphoedema).
      askFirst: ['anticoagulants', 'osteoporosis', 'lymphoedema', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 7, Chest, Abdominal, and Genital Pain: Serratus Anterior' },
    },
  ],
};
