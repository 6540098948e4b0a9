import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Hip and leg muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 2) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'adductors',
    area: 'hip-leg',
    name: () => msg('Adductors', { id: 'muscle.adductors.name' }),
    description: () => msg('The group of muscles on the inner thigh, from the pubic bone down to the thigh bone; they pull the legs together and steady the pelvis.', { id: 'muscle.adductors.description' }),
    causes: () => [
      msg('A sudden slip or overload, such as catching yourself on ice or kicking', { id: 'muscle.adductors.cause.1' }),
      msg('Horse riding, skiing or sports with quick side steps', { id: 'muscle.adductors.cause.2' }),
      msg('Sitting for long periods with the knees crossed', { id: 'muscle.adductors.cause.3' }),
      msg('Climbing stairs or hills', { id: 'muscle.adductors.cause.4' }),
    ],
    triggerPoints: [
      { region: 'inner-thigh-left', view: 'front', x: 107.3, y: 240.6 },
    ],
    referral: {
      primary: ['groin-left', 'inner-thigh-left', 'inner-knee-left'],
      secondary: ['shin-left'],
    },
    symptoms: () => [
      msg('Groin pain during activity', { id: 'muscle.adductors.symptom.1' }),
      msg('Stiffness spreading the legs apart', { id: 'muscle.adductors.symptom.2' }),
    ],
    techniques: ['adductors-fingers'],
    cautions: () => [
      msg('Do not press into the crease of the groin, where the large artery and its pulse, nerves and lymph glands lie.', { id: 'muscle.adductors.caution.1' }),
      msg('A lump in the groin that swells when you cough may be a hernia: see a doctor.', { id: 'muscle.adductors.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 15' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain, Adductors' },
    ],
  },
  techniques: [
    {
      id: 'adductors-fingers',
      muscle: 'adductors',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Adductors: thumb pressure', { id: 'technique.adductors-fingers.title' }),
      steps: () => [
        msg('Sit with the sore leg bent and let the knee fall out to the side, resting on a cushion.', { id: 'technique.adductors-fingers.step.1' }),
        msg('Find the muscles of the inner thigh a hand\'s width below the groin.', { id: 'technique.adductors-fingers.step.2' }),
        msg('Press in with your thumbs or knuckles to find a tender, ropy band.', { id: 'technique.adductors-fingers.step.3' }),
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe out slowly.', { id: 'technique.adductors-fingers.step.4' }),
        msg('Move down the inner thigh a finger-width at a time and repeat.', { id: 'technique.adductors-fingers.step.5' }),
      ],
      dose: { holdSeconds: 45, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tenderness in the inner thigh, sometimes an ache into the groin or down to the inner knee that fades as you hold.', { id: 'technique.adductors-fingers.feel' }),
      cautions: () => [
        msg('Stay out of the groin crease; if you feel a pulse under your thumb, move away.', { id: 'technique.adductors-fingers.caution.1' }),
        msg('Avoid pressing on varicose veins.', { id: 'technique.adductors-fingers.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain, Adductors' },
    },
  ],
};
