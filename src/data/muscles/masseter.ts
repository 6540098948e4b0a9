import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Head and neck muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'masseter',
    area: 'head-neck',
    name: () => msg('Masseter', { id: 'muscle.masseter.name' }),
    description: () => msg('The thick chewing muscle on the side of your face between the cheekbone and the angle of the jaw; it closes the jaw with force.', { id: 'muscle.masseter.description' }),
    causes: () => [
      msg('Clenching or grinding the teeth', { id: 'muscle.masseter.cause.1' }),
      msg('Chewing gum, ice, or tough food', { id: 'muscle.masseter.cause.2' }),
      msg('Head-forward posture, which pulls the jaw out of balance', { id: 'muscle.masseter.cause.3' }),
    ],
    triggerPoints: [
      { region: 'cheek-left', view: 'front', x: 114, y: 50 },
      { region: 'jaw-left', view: 'front', x: 112, y: 57 },
    ],
    referral: {
      primary: ['cheek-left', 'jaw-left', 'ear-left'],
      secondary: ['eye-left'],
    },
    symptoms: () => [
      msg('Jaw that will not open fully', { id: 'muscle.masseter.symptom.1' }),
      msg('Toothache in the back teeth', { id: 'muscle.masseter.symptom.2' }),
      msg('Ringing in the ear on the same side', { id: 'muscle.masseter.symptom.3' }),
    ],
    techniques: ['masseter-fingers'],
    cautions: () => [msg('Keep the pressure gentle and stop if the jaw clicks or locks.', { id: 'muscle.masseter.caution.1' })],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 8' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Masseter' },
    ],
  },
  techniques: [
    {
      id: 'masseter-fingers',
      muscle: 'masseter',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Masseter: fingertip pressure', { id: 'technique.masseter-fingers.title' }),
      steps: () => [
        msg('Sit with your elbows on a table and let your jaw hang slightly open.', { id: 'technique.masseter-fingers.step.1' }),
        msg('Clench briefly to feel the thick muscle bulge between the cheekbone and the angle of the jaw, then relax.', { id: 'technique.masseter-fingers.step.2' }),
        msg('Press into the muscle with your fingertips and search slowly from the cheekbone down to the jaw.', { id: 'technique.masseter-fingers.step.3' }),
        msg('Hold each tender spot at a "good hurt" of about 5 out of 10, or stroke slowly downward.', { id: 'technique.masseter-fingers.step.4' }),
      ],
      dose: { holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tenderness in the cheek, sometimes an ache in the back teeth, jaw, or ear that fades as you hold.', { id: 'technique.masseter-fingers.feel' }),
      cautions: () => [msg('Keep the pressure gentle; stop if the jaw clicks, locks, or hurts more.', { id: 'technique.masseter-fingers.caution.1' })],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Masseter' },
    },
  ],
};
