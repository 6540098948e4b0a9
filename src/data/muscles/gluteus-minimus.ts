import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Hip and leg muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 2) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'gluteus-minimus',
    area: 'hip-leg',
    name: () => msg('Gluteus minimus', { id: 'muscle.gluteus-minimus.name' }),
    description: () => msg('The smallest, deepest of the three buttock muscles, under the side of the hip; it steadies the pelvis when you walk and helps turn the thigh inward.', { id: 'muscle.gluteus-minimus.description' }),
    causes: () => [
      msg('Standing still for a long time or limping', { id: 'muscle.gluteus-minimus.cause.1' }),
      msg('Sitting for hours without moving, or with a wallet in the back pocket', { id: 'muscle.gluteus-minimus.cause.2' }),
      msg('Overuse from running or long walks', { id: 'muscle.gluteus-minimus.cause.3' }),
      msg('A fall or an injection into the side of the hip', { id: 'muscle.gluteus-minimus.cause.4' }),
    ],
    triggerPoints: [
      { region: 'hip-side-left', view: 'back', x: 63.4, y: 221.8 },
    ],
    referral: {
      primary: ['buttock-left', 'hip-side-left', 'outer-thigh-left', 'back-of-thigh-left'],
      secondary: ['outer-knee-left', 'outer-lower-leg-left', 'calf-left', 'ankle-left'],
    },
    symptoms: () => [
      msg('Pain down the side or back of the leg that can feel like sciatica', { id: 'muscle.gluteus-minimus.symptom.1' }),
      msg('Pain when you get up from a chair or lie on the sore side', { id: 'muscle.gluteus-minimus.symptom.2' }),
      msg('Limping', { id: 'muscle.gluteus-minimus.symptom.3' }),
    ],
    techniques: ['gluteus-minimus-ball'],
    cautions: () => [
      msg('Move off if you feel burning, shooting or electric pain, tingling or numbness down the leg: that is a nerve, not a trigger point.', { id: 'muscle.gluteus-minimus.caution.1' }),
      msg('Leg pain with real numbness or weakness of the foot needs a clinician\'s check first.', { id: 'muscle.gluteus-minimus.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 9' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain, Gluteus Minimus' },
    ],
  },
  techniques: [
    {
      id: 'gluteus-minimus-ball',
      muscle: 'gluteus-minimus',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Gluteus minimus: ball against a wall', { id: 'technique.gluteus-minimus-ball.title' }),
      steps: () => [
        msg('Stand with the side of your hip against a wall.', { id: 'technique.gluteus-minimus-ball.step.1' }),
        msg('Place a tennis ball between the wall and the side of the hip, a hand\'s width below the rim of the pelvis and a little toward the front or the back.', { id: 'technique.gluteus-minimus-ball.step.2' }),
        msg('Lean your weight into the ball and move slowly until you find a tender spot.', { id: 'technique.gluteus-minimus-ball.step.3' }),
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe out slowly.', { id: 'technique.gluteus-minimus-ball.step.4' }),
        msg('Move a finger-width at a time and repeat.', { id: 'technique.gluteus-minimus-ball.step.5' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Deep tenderness at the side of the hip, sometimes an ache down the side or back of the leg that fades as you hold.', { id: 'technique.gluteus-minimus-ball.feel' }),
      cautions: () => [
        msg('Move the ball off if you feel burning, shooting or electric pain, tingling or numbness down the leg.', { id: 'technique.gluteus-minimus-ball.caution.1' }),
        msg('Keep the ball off the bony knob at the top of the thigh.', { id: 'technique.gluteus-minimus-ball.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain, Gluteus Minimus' },
    },
  ],
};
