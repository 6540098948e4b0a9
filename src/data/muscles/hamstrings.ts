import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Hip and leg muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 2) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'hamstrings',
    area: 'hip-leg',
    name: () => msg('Hamstrings', { id: 'muscle.hamstrings.name' }),
    description: () => msg('The three long muscles down the back of your thigh, from the bone you sit on to just below the knee; they bend the knee and straighten the hip.', { id: 'muscle.hamstrings.description' }),
    causes: () => [
      msg('Sitting for long periods, especially on a chair whose edge presses the back of the thigh', { id: 'muscle.hamstrings.cause.1' }),
      msg('Sprinting, kicking or sudden stretches', { id: 'muscle.hamstrings.cause.2' }),
      msg('Sleeping with the knees bent', { id: 'muscle.hamstrings.cause.3' }),
      msg('Seldom bending or stretching the legs fully', { id: 'muscle.hamstrings.cause.4' }),
    ],
    triggerPoints: [
      { region: 'back-of-thigh-left', view: 'back', x: 85, y: 263 },
    ],
    referral: {
      primary: ['buttock-left', 'back-of-thigh-left', 'back-of-knee-left'],
      secondary: ['calf-left'],
    },
    symptoms: () => [
      msg('Pain when sitting, worse on a hard chair', { id: 'muscle.hamstrings.symptom.1' }),
      msg('Tight legs that limit bending forward', { id: 'muscle.hamstrings.symptom.2' }),
      msg('Sleep disturbed by pain', { id: 'muscle.hamstrings.symptom.3' }),
    ],
    techniques: ['hamstrings-ball'],
    cautions: () => [
      msg('Keep the ball off the back of the knee, where nerves and blood vessels run close to the skin.', { id: 'muscle.hamstrings.caution.1' }),
      msg('Move off if you feel tingling, numbness or shooting pain down the leg.', { id: 'muscle.hamstrings.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 16' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain, Hamstrings' },
    ],
  },
  techniques: [
    {
      id: 'hamstrings-ball',
      muscle: 'hamstrings',
      tool: 'ball',
      position: 'seated',
      title: () => msg('Hamstrings: ball on a chair', { id: 'technique.hamstrings-ball.title' }),
      steps: () => [
        msg('Sit on a firm chair and place a tennis ball under the back of the thigh on the sore side.', { id: 'technique.hamstrings-ball.step.1' }),
        msg('Let the weight of the leg press down onto the ball; rest your foot on the floor.', { id: 'technique.hamstrings-ball.step.2' }),
        msg('Move the ball a little at a time, from under the buttock toward the knee, to find a tender spot.', { id: 'technique.hamstrings-ball.step.3' }),
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe out slowly.', { id: 'technique.hamstrings-ball.step.4' }),
        msg('Move on a finger-width and repeat.', { id: 'technique.hamstrings-ball.step.5' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tenderness at the back of the thigh, sometimes an ache up into the buttock or down to the back of the knee that fades as you hold.', { id: 'technique.hamstrings-ball.feel' }),
      cautions: () => [
        msg('Keep the ball above the back of the knee, where nerves and blood vessels lie close to the skin.', { id: 'technique.hamstrings-ball.caution.1' }),
        msg('Move off if you feel tingling, numbness or shooting pain down the leg.', { id: 'technique.hamstrings-ball.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain, Hamstrings' },
    },
  ],
};
