import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Head and neck muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'suboccipitals',
    area: 'head-neck',
    name: () => msg('Suboccipitals', { id: 'muscle.suboccipitals.name' }),
    description: () => msg('Small, deep muscles just under the base of your skull; they nod and turn the head in tiny movements and keep the eyes level.', { id: 'muscle.suboccipitals.description' }),
    causes: () => [
      msg('Head jutting forward or tipped back to look through the lower part of glasses', { id: 'muscle.suboccipitals.cause.1' }),
      msg('Long hours at a screen placed too high', { id: 'muscle.suboccipitals.cause.2' }),
      msg('Sleeping on a pillow that is too high or too flat', { id: 'muscle.suboccipitals.cause.3' }),
      msg('Cold air on the back of the neck', { id: 'muscle.suboccipitals.cause.4' }),
    ],
    triggerPoints: [
      { region: 'back-of-head-left', view: 'back', x: 91, y: 43 },
    ],
    referral: {
      primary: ['back-of-head-left', 'eye-left'],
      secondary: ['temple-left', 'forehead'],
    },
    symptoms: () => [
      msg('A deep headache that seems to run from the back of the head through to the eye', { id: 'muscle.suboccipitals.symptom.1' }),
      msg('The back of the head feels sore on the pillow', { id: 'muscle.suboccipitals.symptom.2' }),
    ],
    techniques: ['suboccipitals-ball', 'suboccipitals-fingers'],
    cautions: () => [
      msg('Press the muscle under the edge of the skull, never the spine itself.', { id: 'muscle.suboccipitals.caution.1' }),
      msg('Stop if you feel dizzy or your vision changes.', { id: 'muscle.suboccipitals.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 17' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Suboccipitals' },
    ],
  },
  techniques: [
    {
      id: 'suboccipitals-ball',
      muscle: 'suboccipitals',
      tool: 'ball',
      position: 'lying-back',
      title: () => msg('Suboccipitals: balls under the skull', { id: 'technique.suboccipitals-ball.title' }),
      steps: () => [
        msg('Put two tennis balls in a sock and tie the end, so they sit side by side.', { id: 'technique.suboccipitals-ball.step.1' }),
        msg('Lie on your back with your knees bent.', { id: 'technique.suboccipitals-ball.step.2' }),
        msg('Rest the base of your skull on the balls, one on each side of the spine, so the spine sits in the gap between them.', { id: 'technique.suboccipitals-ball.step.3' }),
        msg('Let the weight of your head sink in at a "good hurt" of about 5 to 7 out of 10 and breathe slowly.', { id: 'technique.suboccipitals-ball.step.4' }),
        msg('Nod your chin very slightly or turn your head a little to find other tender spots.', { id: 'technique.suboccipitals-ball.step.5' }),
      ],
      dose: { holdSeconds: 90, reps: 2, sides: 'none', timesPerDay: 2 },
      feel: () => msg('A deep ache under the skull, sometimes a headache toward the eye that eases as you rest on the balls.', { id: 'technique.suboccipitals-ball.feel' }),
      cautions: () => [
        msg('The balls must sit on either side of the spine; no pressure on the spine itself.', { id: 'technique.suboccipitals-ball.caution.1' }),
        msg('Stop if you feel dizzy, sick, or your vision changes.', { id: 'technique.suboccipitals-ball.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Suboccipitals' },
    },
    {
      id: 'suboccipitals-fingers',
      muscle: 'suboccipitals',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Suboccipitals: fingertip pressure', { id: 'technique.suboccipitals-fingers.title' }),
      steps: () => [
        msg('Sit with your elbows on a table and lay the back of your head in your hands.', { id: 'technique.suboccipitals-fingers.step.1' }),
        msg('Place your fingertips in the soft hollow just under the edge of the skull, a thumb-width out from the middle on each side.', { id: 'technique.suboccipitals-fingers.step.2' }),
        msg('Let your head tip back slightly onto your fingertips so they press up and in under the skull.', { id: 'technique.suboccipitals-fingers.step.3' }),
        msg('Hold at a "good hurt" of about 5 to 7 out of 10, then move out along the skull a little and repeat.', { id: 'technique.suboccipitals-fingers.step.4' }),
      ],
      dose: { holdSeconds: 45, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Deep tenderness under the skull, sometimes the familiar headache behind the eye, fading as you hold.', { id: 'technique.suboccipitals-fingers.feel' }),
      cautions: () => [
        msg('No pressure on the spine itself or the midline of the neck.', { id: 'technique.suboccipitals-fingers.caution.1' }),
        msg('Stop if you feel dizzy or your vision changes.', { id: 'technique.suboccipitals-fingers.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Suboccipitals' },
    },
  ],
};
