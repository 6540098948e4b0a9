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
    id: 'pectoralis-minor',
    area: 'trunk',
    name: () => msg('Pectoralis minor', { id: 'muscle.pectoralis-minor.name' }),
    description: () => msg('A thin muscle under the pectoralis major, running from the upper ribs to the front of the shoulder blade; it pulls the shoulder forward and down.', { id: 'muscle.pectoralis-minor.description' }),
    causes: () => [
      msg('Slumped, round-shouldered posture', { id: 'muscle.pectoralis-minor.cause.1' }),
      msg('Shallow breathing high in the chest', { id: 'muscle.pectoralis-minor.cause.2' }),
      msg('Crutches, or straps that press into the front of the shoulder', { id: 'muscle.pectoralis-minor.cause.3' }),
    ],
    triggerPoints: [
      { region: 'upper-chest-left', view: 'front', x: 114.5, y: 96.5 },
    ],
    referral: {
      primary: ['front-of-shoulder-left'],
      secondary: ['upper-chest-left', 'chest-left', 'upper-arm-front-left', 'inner-elbow-left', 'forearm-front-left', 'palm-left', 'fingers-left'],
    },
    symptoms: () => [
      msg('Shoulder held forward and hard to draw back', { id: 'muscle.pectoralis-minor.symptom.1' }),
      msg('Numbness or tingling in the inner forearm and last fingers', { id: 'muscle.pectoralis-minor.symptom.2' }),
    ],
    techniques: ['pectoralis-minor-fingers'],
    cautions: () => [
      msg('Nerves and blood vessels to the arm pass right under this muscle: keep out of the armpit.', { id: 'muscle.pectoralis-minor.caution.1' }),
      msg('Chest pain with shortness of breath or sweating needs emergency care first.', { id: 'muscle.pectoralis-minor.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 43' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 7, Chest and Abdominal Pain' },
    ],
  },
  techniques: [
    {
      id: 'pectoralis-minor-fingers',
      muscle: 'pectoralis-minor',
      tool: 'fingers',
      position: 'lying-back',
      title: () => msg('Pectoralis minor: finger pressure', { id: 'technique.pectoralis-minor-fingers.title' }),
      steps: () => [
        msg('Lie on your back and rest the arm of the sore side on your belly to slacken the chest.', { id: 'technique.pectoralis-minor-fingers.step.1' }),
        msg('Find the bony knob at the front of the shoulder, just below the outer end of the collarbone.', { id: 'technique.pectoralis-minor-fingers.step.2' }),
        msg('With the fingertips of the other hand, press in and slightly up about two finger-widths below and inward of that knob, over the upper ribs.', { id: 'technique.pectoralis-minor-fingers.step.3' }),
        msg('Hold on a tender spot at about 5 to 7 out of 10 and breathe out slowly.', { id: 'technique.pectoralis-minor-fingers.step.4' }),
        msg('Move a finger-width down along the ribs and repeat.', { id: 'technique.pectoralis-minor-fingers.step.5' }),
      ],
      dose: { holdSeconds: 45, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Deep tenderness under the chest muscle, sometimes an ache at the front of the shoulder that fades as you hold.', { id: 'technique.pectoralis-minor-fingers.feel' }),
      cautions: () => [
        msg('Stay on the front of the ribs; do not dig into the armpit, where the arm\'s nerves and blood vessels run.', { id: 'technique.pectoralis-minor-fingers.caution.1' }),
        msg('Stop if you feel a pulse, tingling, numbness or coldness in the arm or hand.', { id: 'technique.pectoralis-minor-fingers.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 7, Pectoralis Minor' },
    },
  ],
};
