import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Hip and leg muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 2) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'gluteus-maximus',
    area: 'hip-leg',
    name: () => msg('Gluteus maximus', { id: 'muscle.gluteus-maximus.name' }),
    description: () => msg('The big, thick muscle that forms the shape of your buttock; it straightens the hip when you stand up, climb or run.', { id: 'muscle.gluteus-maximus.description' }),
    causes: () => [
      msg('Sitting for long periods, especially on a wallet or a hard seat', { id: 'muscle.gluteus-maximus.cause.1' }),
      msg('Climbing stairs or hills, or lifting while bent forward', { id: 'muscle.gluteus-maximus.cause.2' }),
      msg('Sleeping curled up with the hips bent for hours', { id: 'muscle.gluteus-maximus.cause.3' }),
      msg('A fall onto the buttocks', { id: 'muscle.gluteus-maximus.cause.4' }),
    ],
    triggerPoints: [
      { region: 'buttock-left', view: 'back', x: 85, y: 233 },
    ],
    referral: {
      primary: ['buttock-left', 'sacrum'],
      secondary: [],
    },
    symptoms: () => [
      msg('Restlessness and discomfort when sitting for long', { id: 'muscle.gluteus-maximus.symptom.1' }),
      msg('Pain walking uphill or bending forward', { id: 'muscle.gluteus-maximus.symptom.2' }),
    ],
    techniques: ['gluteus-maximus-ball'],
    cautions: () => [
      msg('Ease off at once if you feel burning, shooting or electric pain, tingling or numbness down the leg: that is a nerve, not a trigger point.', { id: 'muscle.gluteus-maximus.caution.1' }),
      msg('Do not press on the tailbone or on the bony point you sit on.', { id: 'muscle.gluteus-maximus.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 7' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain, Gluteus Maximus' },
    ],
  },
  techniques: [
    {
      id: 'gluteus-maximus-ball',
      muscle: 'gluteus-maximus',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Gluteus maximus: ball against a wall', { id: 'technique.gluteus-maximus-ball.title' }),
      steps: () => [
        msg('Stand with your back to a wall and place a tennis ball between the wall and the lower, inner part of your buttock on the sore side.', { id: 'technique.gluteus-maximus-ball.step.1' }),
        msg('Bend your knees a little and lean back so the ball presses into the muscle.', { id: 'technique.gluteus-maximus-ball.step.2' }),
        msg('Move slowly up, down and sideways until you find a tender spot.', { id: 'technique.gluteus-maximus-ball.step.3' }),
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe out slowly.', { id: 'technique.gluteus-maximus-ball.step.4' }),
        msg('Move a little to the next tender spot and repeat.', { id: 'technique.gluteus-maximus-ball.step.5' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tenderness in the buttock, sometimes an ache spreading across the buttock or toward the tailbone, that eases as you hold.', { id: 'technique.gluteus-maximus-ball.feel' }),
      cautions: () => [
        msg('Move the ball off if you feel burning, shooting or electric pain, tingling or numbness down the leg.', { id: 'technique.gluteus-maximus-ball.caution.1' }),
        msg('Keep the ball off the tailbone and the bony point you sit on.', { id: 'technique.gluteus-maximus-ball.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain, Gluteus Maximus' },
    },
  ],
};
