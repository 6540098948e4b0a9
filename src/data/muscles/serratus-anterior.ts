import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Trunk muscles: chest, back and abdomen. Referral patterns and doses follow Travell & Simons'
 * Trigger Point Manual (vols. 1 and 2) and Davies' Trigger Point Therapy Workbook, written in
 * our own words. Trigger-point coordinates are in the body map's view space
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
    triggerPoints: [
      { region: 'flank-left', view: 'front', x: 131, y: 136 },
    ],
    referral: {
      primary: ['flank-left', 'chest-left', 'between-shoulder-blades-left'],
      secondary: ['upper-arm-front-left', 'forearm-front-left', 'palm-left', 'fingers-left'],
    },
    symptoms: () => [
      msg('A "stitch" in the side when running', { id: 'muscle.serratus-anterior.symptom.1' }),
      msg('Shortness of breath or pain when taking a deep breath', { id: 'muscle.serratus-anterior.symptom.2' }),
    ],
    techniques: ['serratus-anterior-fingers'],
    cautions: () => [
      msg('Sharp pain over a rib after a fall or a hard cough may be a cracked rib: see a doctor.', { id: 'muscle.serratus-anterior.caution.1' }),
      msg('Chest pain with shortness of breath or sweating needs emergency care first.', { id: 'muscle.serratus-anterior.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 46' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 7, Chest and Abdominal Pain' },
    ],
  },
  techniques: [
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
        msg('Hold at about 5 out of 10 and breathe slowly, then move along the next rib and repeat.', { id: 'technique.serratus-anterior-fingers.step.4' }),
      ],
      dose: { holdSeconds: 45, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Sharp tenderness on the side of the ribs, sometimes an ache under the shoulder blade, that eases during the hold.', { id: 'technique.serratus-anterior-fingers.feel' }),
      cautions: () => [
        msg('Use moderate pressure only over the ribs; skip this if you have brittle bones or a recent rib injury.', { id: 'technique.serratus-anterior-fingers.caution.1' }),
        msg('Keep out of the hollow of the armpit and off breast tissue.', { id: 'technique.serratus-anterior-fingers.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 7, Serratus Anterior' },
    },
  ],
};
