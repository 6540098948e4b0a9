import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Hip and leg muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 2) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'peroneals',
    area: 'hip-leg',
    name: () => msg('Peroneals (fibularis)', { id: 'muscle.peroneals.name' }),
    description: () => msg('The muscles on the outside of the lower leg, from just below the knee down behind the outer ankle bone; they turn the sole outward and steady the ankle.', { id: 'muscle.peroneals.description' }),
    causes: () => [
      msg('An ankle sprain or a history of turned ankles', { id: 'muscle.peroneals.cause.1' }),
      msg('Long or tight socks, or crossing the legs so one presses the other', { id: 'muscle.peroneals.cause.2' }),
      msg('High heels or a foot that rolls in', { id: 'muscle.peroneals.cause.3' }),
      msg('Walking or running on uneven or sloping ground', { id: 'muscle.peroneals.cause.4' }),
    ],
    triggerPoints: [
      { region: 'outer-lower-leg-left', view: 'front', x: 123.3, y: 339.4 },
    ],
    referral: {
      primary: ['ankle-left'],
      secondary: ['outer-lower-leg-left', 'top-of-foot-left', 'heel-left'],
    },
    symptoms: () => [
      msg('Weak ankles that turn easily', { id: 'muscle.peroneals.symptom.1' }),
    ],
    techniques: ['peroneals-ball'],
    cautions: () => [
      msg('Stay off the bony knob just below the outside of the knee: a nerve wraps around it. Stop at any tingling into the foot.', { id: 'muscle.peroneals.caution.1' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 20' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain, Peroneals' },
    ],
  },
  techniques: [
    {
      id: 'peroneals-ball',
      muscle: 'peroneals',
      tool: 'ball',
      position: 'lying-side',
      title: () => msg('Peroneals: ball on the floor', { id: 'technique.peroneals-ball.title' }),
      steps: () => [
        msg('Lie on the sore side with a tennis ball under the outside of the lower leg, a hand\'s width below the knee.', { id: 'technique.peroneals-ball.step.1' }),
        msg('Support yourself on your forearm and rest the other foot on the floor in front to control the pressure.', { id: 'technique.peroneals-ball.step.2' }),
        msg('Roll slowly down the outside of the leg to find a tender spot.', { id: 'technique.peroneals-ball.step.3' }),
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe out slowly.', { id: 'technique.peroneals-ball.step.4' }),
        msg('Move down a finger-width and repeat.', { id: 'technique.peroneals-ball.step.5' }),
      ],
      dose: { holdSeconds: 45, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tenderness on the outside of the lower leg, sometimes an ache around the outer ankle bone that fades as you hold.', { id: 'technique.peroneals-ball.feel' }),
      cautions: () => [
        msg('Keep the ball off the bony knob just below the outside of the knee, where a nerve wraps around the bone.', { id: 'technique.peroneals-ball.caution.1' }),
        msg('Move off if you feel tingling or numbness into the foot.', { id: 'technique.peroneals-ball.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain, Peroneals' },
    },
  ],
};
