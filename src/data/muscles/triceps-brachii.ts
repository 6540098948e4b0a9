import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Shoulder and arm muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'triceps-brachii',
    area: 'shoulder-arm',
    name: () => msg('Triceps brachii', { id: 'muscle.triceps-brachii.name' }),
    description: () => msg('The muscle on the back of your upper arm; it straightens the elbow and helps pull the arm back.', { id: 'muscle.triceps-brachii.description' }),
    causes: () => [
      msg('Pushing movements, such as push-ups, crutches, or a walking stick that is too long', { id: 'muscle.triceps-brachii.cause.1' }),
      msg('Resting the elbow on a surface with the arm forward, for example when driving or typing', { id: 'muscle.triceps-brachii.cause.2' }),
      msg('Repeated hard straightening of the elbow, as in tennis or hammering', { id: 'muscle.triceps-brachii.cause.3' }),
    ],
    triggerPoints: [
      { region: 'upper-arm-back-left', view: 'back', x: 52, y: 130 },
      { region: 'outer-elbow-left', view: 'back', x: 44, y: 161 },
    ],
    referral: {
      primary: ['upper-arm-back-left', 'back-of-shoulder-left', 'outer-elbow-left'],
      secondary: ['forearm-back-left', 'inner-elbow-left', 'fingers-left'],
    },
    symptoms: () => [msg('Elbow pain like tennis elbow', { id: 'muscle.triceps-brachii.symptom.1' }), msg('Trouble straightening the arm fully', { id: 'muscle.triceps-brachii.symptom.2' })],
    techniques: ['triceps-brachii-pincer', 'triceps-brachii-stretch'],
    cautions: () => [msg('Near the elbow, keep off the "funny bone" groove on the inner side, where a nerve lies close under the skin.', { id: 'muscle.triceps-brachii.caution.1' })],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 32' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Triceps' },
    ],
  },
  techniques: [
    {
      id: 'triceps-brachii-pincer',
      muscle: 'triceps-brachii',
      tool: 'pincer',
      position: 'seated',
      title: () => msg('Triceps brachii: pincer squeeze', { id: 'technique.triceps-brachii-pincer.title' }),
      steps: () => [
        msg('Sit and rest the sore arm on a table, elbow slightly bent.', { id: 'technique.triceps-brachii-pincer.step.1' }),
        msg('With the other hand, grasp the back of the upper arm between thumb and fingers.', { id: 'technique.triceps-brachii-pincer.step.2' }),
        msg('Work from just above the elbow up toward the armpit, feeling for tender bands.', { id: 'technique.triceps-brachii-pincer.step.3' }),
        msg('Hold a squeeze on each tender spot at a "good hurt" of about 5 to 7 out of 10.', { id: 'technique.triceps-brachii-pincer.step.4' }),
        msg('Also press with your fingertips just above the outer elbow.', { id: 'technique.triceps-brachii-pincer.step.5' }),
      ],
      dose: { holdSeconds: 45, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tender spots on the back of the arm, sometimes an ache at the back of the shoulder or the outer elbow that fades as you hold.', { id: 'technique.triceps-brachii-pincer.feel' }),
      cautions: () => [msg('Keep off the groove on the inner side of the elbow (the "funny bone"), and stop at any tingling toward the little finger.', { id: 'technique.triceps-brachii-pincer.caution.1' })],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Triceps' },
    },
    {
      id: 'triceps-brachii-stretch',
      muscle: 'triceps-brachii',
      tool: 'stretch',
      position: 'standing',
      title: () => msg('Triceps brachii: overhead stretch', { id: 'technique.triceps-brachii-stretch.title' }),
      steps: () => [
        msg('Stand or sit tall and raise the sore arm overhead.', { id: 'technique.triceps-brachii-stretch.step.1' }),
        msg('Bend the elbow so your hand drops behind your head toward the other shoulder blade.', { id: 'technique.triceps-brachii-stretch.step.2' }),
        msg('With the other hand, gently press the bent elbow back and toward your head.', { id: 'technique.triceps-brachii-stretch.step.3' }),
        msg('Hold and breathe slowly, then lower the arm slowly.', { id: 'technique.triceps-brachii-stretch.step.4' }),
      ],
      dose: { holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull along the back of the upper arm toward the armpit.', { id: 'technique.triceps-brachii-stretch.feel' }),
      cautions: () => [msg('Skip this stretch if raising the arm pinches the shoulder; stop at any tingling in the hand.', { id: 'technique.triceps-brachii-stretch.caution.1' })],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 32' },
    },
  ],
};
