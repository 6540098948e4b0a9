import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Hip and leg muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 2) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'tibialis-anterior',
    area: 'hip-leg',
    name: () => msg('Tibialis anterior', { id: 'muscle.tibialis-anterior.name' }),
    description: () => msg('The muscle just to the outside of your shinbone on the front of the lower leg; it lifts the foot and toes so they clear the ground.', { id: 'muscle.tibialis-anterior.description' }),
    causes: () => [
      msg('Walking on uneven ground or slopes', { id: 'muscle.tibialis-anterior.cause.1' }),
      msg('Running or a sudden increase in walking or running', { id: 'muscle.tibialis-anterior.cause.2' }),
      msg('Catching the toes and tripping, or spraining the ankle', { id: 'muscle.tibialis-anterior.cause.3' }),
      msg('Driving with the foot held up off the pedal', { id: 'muscle.tibialis-anterior.cause.4' }),
    ],
    triggerPoints: [
      { region: 'shin-left', view: 'front', x: 113, y: 340 },
    ],
    referral: {
      primary: ['ankle-left', 'toes-left'],
      secondary: ['shin-left', 'top-of-foot-left'],
    },
    symptoms: () => [
      msg('Weak ankle, tripping or a foot that slaps down', { id: 'muscle.tibialis-anterior.symptom.1' }),
    ],
    techniques: ['tibialis-anterior-fingers'],
    cautions: () => [
      msg('Press the muscle beside the shinbone, never the bone itself.', { id: 'muscle.tibialis-anterior.caution.1' }),
      msg('If the front of your shin becomes very painful, tight and swollen during or after exercise, get medical help urgently.', { id: 'muscle.tibialis-anterior.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 19' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain, Tibialis Anterior' },
    ],
  },
  techniques: [
    {
      id: 'tibialis-anterior-fingers',
      muscle: 'tibialis-anterior',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Tibialis anterior: thumb pressure', { id: 'technique.tibialis-anterior-fingers.title' }),
      steps: () => [
        msg('Sit with the sore leg bent and the foot flat on the floor.', { id: 'technique.tibialis-anterior-fingers.step.1' }),
        msg('Find the muscle just to the outside of the shinbone, in the upper third of the lower leg; it tightens when you lift your toes.', { id: 'technique.tibialis-anterior-fingers.step.2' }),
        msg('Press into it with your thumbs or knuckles and search for a tender spot.', { id: 'technique.tibialis-anterior-fingers.step.3' }),
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe out slowly.', { id: 'technique.tibialis-anterior-fingers.step.4' }),
        msg('Move down a finger-width at a time and repeat.', { id: 'technique.tibialis-anterior-fingers.step.5' }),
      ],
      dose: { holdSeconds: 45, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tenderness beside the shinbone, sometimes an ache at the front of the ankle or the big toe that fades as you hold.', { id: 'technique.tibialis-anterior-fingers.feel' }),
      cautions: () => [
        msg('Press the muscle, never the shinbone itself.', { id: 'technique.tibialis-anterior-fingers.caution.1' }),
        msg('If the front of the shin is very painful, tight and swollen after exercise, stop and get medical help urgently.', { id: 'technique.tibialis-anterior-fingers.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain, Tibialis Anterior' },
    },
  ],
};
