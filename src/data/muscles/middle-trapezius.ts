import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Head and neck muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'middle-trapezius',
    area: 'head-neck',
    name: () => msg('Middle trapezius', { id: 'muscle.middle-trapezius.name' }),
    description: () => msg('The flat band of muscle between your spine and your shoulder blade; it pulls the shoulder blades back toward each other.', { id: 'muscle.middle-trapezius.description' }),
    causes: () => [
      msg('Rounded shoulders from long hours at a desk or steering wheel', { id: 'muscle.middle-trapezius.cause.1' }),
      msg('Reaching forward for a long time, such as typing on a keyboard that is too far away', { id: 'muscle.middle-trapezius.cause.2' }),
      msg('Carrying a backpack or shoulder bag for hours', { id: 'muscle.middle-trapezius.cause.3' }),
    ],
    triggerPoints: [
      { region: 'between-shoulder-blades-left', view: 'back', x: 90, y: 124 },
      { region: 'top-of-shoulder-left', view: 'back', x: 76, y: 83 },
    ],
    referral: {
      primary: ['between-shoulder-blades-left', 'top-of-shoulder-left'],
      secondary: [],
    },
    symptoms: () => [
      msg('A burning ache between the shoulder blade and the spine', { id: 'muscle.middle-trapezius.symptom.1' }),
      msg('Goose bumps on the back of the upper arm', { id: 'muscle.middle-trapezius.symptom.2' }),
    ],
    techniques: ['middle-trapezius-ball-wall', 'middle-trapezius-stretch'],
    cautions: () => [msg('Press beside the spine, never on the bony bumps of the spine itself.', { id: 'muscle.middle-trapezius.caution.1' })],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 6' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Trapezius' },
    ],
  },
  techniques: [
    {
      id: 'middle-trapezius-ball-wall',
      muscle: 'middle-trapezius',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Middle trapezius: ball against a wall', { id: 'technique.middle-trapezius-ball-wall.title' }),
      steps: () => [
        msg('Stand with your back to a wall and place a tennis ball between your spine and your shoulder blade.', { id: 'technique.middle-trapezius-ball-wall.step.1' }),
        msg('Cross your arm over your chest to move the shoulder blade out of the way.', { id: 'technique.middle-trapezius-ball-wall.step.2' }),
        msg('Lean into the ball and bend your knees slowly to roll it up and down until you find a tender spot.', { id: 'technique.middle-trapezius-ball-wall.step.3' }),
        msg('Hold still on that spot at a "good hurt" of about 5 to 7 out of 10 and breathe slowly.', { id: 'technique.middle-trapezius-ball-wall.step.4' }),
        msg('Move the ball a little higher or lower and repeat.', { id: 'technique.middle-trapezius-ball-wall.step.5' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A tender spot between the spine and shoulder blade, sometimes a burning ache toward the spine that eases as you hold.', { id: 'technique.middle-trapezius-ball-wall.feel' }),
      cautions: () => [msg('Keep the ball beside the spine, never on the bony bumps of the spine itself.', { id: 'technique.middle-trapezius-ball-wall.caution.1' })],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Trapezius' },
    },
    {
      id: 'middle-trapezius-stretch',
      muscle: 'middle-trapezius',
      tool: 'stretch',
      position: 'seated',
      title: () => msg('Middle trapezius: hug stretch', { id: 'technique.middle-trapezius-stretch.title' }),
      steps: () => [
        msg('Sit tall with your feet flat on the floor.', { id: 'technique.middle-trapezius-stretch.step.1' }),
        msg('Cross your arms and hug yourself, reaching your hands around to your shoulder blades.', { id: 'technique.middle-trapezius-stretch.step.2' }),
        msg('Round your upper back slightly and let your head drop forward.', { id: 'technique.middle-trapezius-stretch.step.3' }),
        msg('Breathe into your upper back and hold the gentle stretch.', { id: 'technique.middle-trapezius-stretch.step.4' }),
        msg('Relax, switch which arm is on top, and repeat.', { id: 'technique.middle-trapezius-stretch.step.5' }),
      ],
      dose: { holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull between the shoulder blades, never a sharp pain.', { id: 'technique.middle-trapezius-stretch.feel' }),
      cautions: () => [msg('Stretch gently without bouncing; stop if the stretch causes neck pain or arm tingling.', { id: 'technique.middle-trapezius-stretch.caution.1' })],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 6' },
    },
  ],
};
