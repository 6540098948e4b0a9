import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Head and neck muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'lower-trapezius',
    area: 'head-neck',
    name: () => msg('Lower trapezius', { id: 'muscle.lower-trapezius.name' }),
    description: () => msg('The lowest part of the trapezius, running from the middle of your back up to the shoulder blade; it pulls the shoulder blade down and steadies it when you lift your arm.', { id: 'muscle.lower-trapezius.description' }),
    causes: () => [
      msg('Slumping forward when sitting', { id: 'muscle.lower-trapezius.cause.1' }),
      msg('Leaning on your elbows at a desk that is too low', { id: 'muscle.lower-trapezius.cause.2' }),
      msg('Long periods of reaching forward or overhead', { id: 'muscle.lower-trapezius.cause.3' }),
    ],
    triggerPoints: [
      { region: 'mid-back-left', view: 'back', x: 84, y: 153 },
    ],
    referral: {
      primary: ['back-of-neck-left', 'upper-back-left'],
      secondary: ['back-of-head-left', 'top-of-shoulder-left', 'shoulder-blade-left'],
    },
    symptoms: () => [msg('Ache at the top of the neck and along the inner edge of the shoulder blade', { id: 'muscle.lower-trapezius.symptom.1' })],
    techniques: ['lower-trapezius-ball-wall'],
    cautions: () => [msg('Press the muscle beside the spine and below the shoulder blade, never the spine itself.', { id: 'muscle.lower-trapezius.caution.1' })],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 6' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Trapezius' },
    ],
  },
  techniques: [
    {
      id: 'lower-trapezius-ball-wall',
      muscle: 'lower-trapezius',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Lower trapezius: ball against a wall', { id: 'technique.lower-trapezius-ball-wall.title' }),
      steps: () => [
        msg('Stand with your back to a wall and place a tennis ball beside your spine, level with the lower tip of your shoulder blade.', { id: 'technique.lower-trapezius-ball-wall.step.1' }),
        msg('Cross your arm over your chest so the shoulder blade slides outward.', { id: 'technique.lower-trapezius-ball-wall.step.2' }),
        msg('Lean into the ball and move slowly until you find a tender spot along the inner edge of the shoulder blade.', { id: 'technique.lower-trapezius-ball-wall.step.3' }),
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe slowly.', { id: 'technique.lower-trapezius-ball-wall.step.4' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Local tenderness, sometimes an ache felt at the top of the neck or the top of the shoulder, that fades during the hold.', { id: 'technique.lower-trapezius-ball-wall.feel' }),
      cautions: () => [msg('Keep the ball on muscle beside the spine, never on the spine itself.', { id: 'technique.lower-trapezius-ball-wall.caution.1' })],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Trapezius' },
    },
  ],
};
