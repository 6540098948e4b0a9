import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Shoulder and arm muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'deltoid',
    area: 'shoulder-arm',
    name: () => msg('Deltoid', { id: 'muscle.deltoid.name' }),
    description: () => msg('The rounded muscle that caps your shoulder, with front, side, and back parts; it lifts the arm forward, out to the side, and back.', { id: 'muscle.deltoid.description' }),
    causes: () => [
      msg('Lifting or holding things at shoulder height for a long time', { id: 'muscle.deltoid.cause.1' }),
      msg('A blow to the shoulder or a fall', { id: 'muscle.deltoid.cause.2' }),
      msg('Sudden overload, such as a heavy lift or a hard serve', { id: 'muscle.deltoid.cause.3' }),
    ],
    triggerPoints: [
      { region: 'front-of-shoulder-left', view: 'front', x: 139.4, y: 102.7 },
      { region: 'back-of-shoulder-left', view: 'back', x: 60.6, y: 102.7 },
    ],
    referral: {
      primary: ['front-of-shoulder-left', 'outer-shoulder-left', 'back-of-shoulder-left'],
      secondary: ['upper-arm-front-left', 'upper-arm-back-left'],
    },
    symptoms: () => [msg('Pain when lifting the arm and weakness holding it up', { id: 'muscle.deltoid.symptom.1' })],
    techniques: ['deltoid-ball-wall', 'deltoid-fingers'],
    cautions: () => [msg('Shoulder pain after a fall, or with swelling and a deformed shape, needs a doctor first.', { id: 'muscle.deltoid.caution.1' })],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 28' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Deltoid' },
    ],
  },
  techniques: [
    {
      id: 'deltoid-ball-wall',
      muscle: 'deltoid',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Deltoid: ball against a wall', { id: 'technique.deltoid-ball-wall.title' }),
      steps: () => [
        msg('Stand side-on to a wall and place a tennis ball between the wall and the outer part of your shoulder.', { id: 'technique.deltoid-ball-wall.step.1' }),
        msg('Lean into the ball and let your arm hang relaxed.', { id: 'technique.deltoid-ball-wall.step.2' }),
        msg('Turn your body slowly to move the ball over the front, side, and back of the shoulder cap until you find a tender spot.', { id: 'technique.deltoid-ball-wall.step.3' }),
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe slowly.', { id: 'technique.deltoid-ball-wall.step.4' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tenderness in the shoulder cap, with the local ache easing as you hold.', { id: 'technique.deltoid-ball-wall.feel' }),
      cautions: () => [msg('Keep the ball on the muscle, off the bony point of the shoulder and out of the armpit.', { id: 'technique.deltoid-ball-wall.caution.1' })],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Deltoid' },
    },
    {
      id: 'deltoid-fingers',
      muscle: 'deltoid',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Deltoid: fingertip pressure', { id: 'technique.deltoid-fingers.title' }),
      steps: () => [
        msg('Sit and rest the sore arm on your lap or a table.', { id: 'technique.deltoid-fingers.step.1' }),
        msg('With the other hand, press your fingertips into the front of the shoulder cap.', { id: 'technique.deltoid-fingers.step.2' }),
        msg('Search slowly over the front, side, and back of the shoulder for tender spots.', { id: 'technique.deltoid-fingers.step.3' }),
        msg('Hold each spot at a "good hurt" of about 5 to 7 out of 10, or stroke slowly along the fibers.', { id: 'technique.deltoid-fingers.step.4' }),
      ],
      dose: { holdSeconds: 45, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tender spots in the shoulder cap, with the local ache fading as you hold.', { id: 'technique.deltoid-fingers.feel' }),
      cautions: () => [msg('Keep out of the hollow of the armpit and stop if you feel tingling in the arm.', { id: 'technique.deltoid-fingers.caution.1' })],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Deltoid' },
    },
  ],
};
