import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Head and neck muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'upper-trapezius',
    prevalence: 3,
    area: 'head-neck',
    name: () => msg('Upper trapezius', { id: 'muscle.upper-trapezius.name' }),
    description: () => msg('The sloping muscle between your neck and the tip of your shoulder; it lifts the shoulder and steadies the head.', { id: 'muscle.upper-trapezius.description' }),
    causes: () => [
      msg('Hunching at a desk or over a phone', { id: 'muscle.upper-trapezius.cause.1' }),
      msg('A heavy bag on one shoulder', { id: 'muscle.upper-trapezius.cause.2' }),
      msg('Stress that keeps the shoulders raised', { id: 'muscle.upper-trapezius.cause.3' }),
    ],
    triggerPoints: [
      { region: 'top-of-shoulder-left', view: 'back', x: 82.3, y: 81 },
    ],
    referral: {
      primary: ['side-of-neck-left', 'back-of-neck-left', 'temple-left'],
      secondary: ['back-of-head-left', 'jaw-left', 'ear-left'],
    },
    symptoms: () => [msg('Tension headache at the temple', { id: 'muscle.upper-trapezius.symptom.1' }), msg('Stiff neck', { id: 'muscle.upper-trapezius.symptom.2' })],
    techniques: ['upper-trapezius-pincer', 'upper-trapezius-ball-wall'],
    cautions: () => [msg('Do not press into the front of the neck.', { id: 'muscle.upper-trapezius.caution.1' })],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 6' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Neck and Upper Back' },
    ],
  },
  techniques: [
    {
      id: 'upper-trapezius-pincer',
      muscle: 'upper-trapezius',
      tool: 'pincer',
      position: 'seated',
      title: () => msg('Upper trapezius: pincer squeeze', { id: 'technique.upper-trapezius-pincer.title' }),
      steps: () => [
        msg('Sit tall and let the shoulder on the sore side drop.', { id: 'technique.upper-trapezius-pincer.step.1' }),
        msg('With the opposite hand, pick up the ridge of muscle between neck and shoulder between thumb and fingers.', { id: 'technique.upper-trapezius-pincer.step.2' }),
        msg('Roll it slowly until you find a tender, ropy band; squeeze it gently.', { id: 'technique.upper-trapezius-pincer.step.3' }),
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe out slowly.', { id: 'technique.upper-trapezius-pincer.step.4' }),
        msg('Release, then move a finger-width along the band and repeat.', { id: 'technique.upper-trapezius-pincer.step.5' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Local tenderness, sometimes an ache up the side of the neck to the temple, that eases during the hold.', { id: 'technique.upper-trapezius-pincer.feel' }),
      cautions: () => [
        msg('Squeeze the muscle only; never press into the front or side of the throat.', { id: 'technique.upper-trapezius-pincer.caution.1' }),
        msg('Stop if you feel tingling or numbness in the arm.', { id: 'technique.upper-trapezius-pincer.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Trapezius' },
    },
    {
      id: 'upper-trapezius-ball-wall',
      muscle: 'upper-trapezius',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Upper trapezius: ball against a wall', { id: 'technique.upper-trapezius-ball-wall.title' }),
      steps: () => [
        msg('Stand with your back to a wall, or in a door frame, and place a tennis ball on the top of the shoulder, halfway between neck and shoulder tip.', { id: 'technique.upper-trapezius-ball-wall.step.1' }),
        msg('Bend your knees slightly and lean back so the ball presses down and in on the muscle.', { id: 'technique.upper-trapezius-ball-wall.step.2' }),
        msg('Shift your body a little until you find a tender spot.', { id: 'technique.upper-trapezius-ball-wall.step.3' }),
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe slowly.', { id: 'technique.upper-trapezius-ball-wall.step.4' }),
        msg('Step away, then try a spot a little nearer the neck or the shoulder tip.', { id: 'technique.upper-trapezius-ball-wall.step.5' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A tender, aching spot on top of the shoulder, sometimes with an ache up the neck toward the temple that fades as you hold.', { id: 'technique.upper-trapezius-ball-wall.feel' }),
      cautions: () => [
        msg('Keep the ball on the muscle on top of the shoulder; never let it roll onto the front or side of the neck.', { id: 'technique.upper-trapezius-ball-wall.caution.1' }),
        msg('Stop if you feel tingling or numbness in the arm.', { id: 'technique.upper-trapezius-ball-wall.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Trapezius' },
    },
  ],
};
