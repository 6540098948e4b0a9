import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Shoulder and arm muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'wrist-finger-extensors',
    area: 'shoulder-arm',
    name: () => msg('Wrist and finger extensors', { id: 'muscle.wrist-finger-extensors.name' }),
    description: () => msg('The group of muscles on the back of your forearm, from the outer elbow to the hand; they lift the wrist and straighten the fingers.', { id: 'muscle.wrist-finger-extensors.description' }),
    causes: () => [
      msg('Long hours of typing or using a mouse with the wrist bent up', { id: 'muscle.wrist-finger-extensors.cause.1' }),
      msg('Gripping hard, as with tools, rackets, or gardening shears', { id: 'muscle.wrist-finger-extensors.cause.2' }),
      msg('Playing the piano or another instrument for long periods', { id: 'muscle.wrist-finger-extensors.cause.3' }),
    ],
    triggerPoints: [
      { region: 'forearm-back-left', view: 'back', x: 40, y: 181 },
      { region: 'forearm-back-left', view: 'back', x: 37.8, y: 185.3 },
    ],
    referral: {
      primary: ['outer-elbow-left', 'back-of-hand-left', 'wrist-left'],
      secondary: ['forearm-back-left', 'fingers-left'],
    },
    symptoms: () => [
      msg('Pain at the outer elbow, like tennis elbow', { id: 'muscle.wrist-finger-extensors.symptom.1' }),
      msg('Weak grip and dropping things', { id: 'muscle.wrist-finger-extensors.symptom.2' }),
      msg('Stiff, achy fingers', { id: 'muscle.wrist-finger-extensors.symptom.3' }),
    ],
    techniques: ['wrist-finger-extensors-fingers', 'wrist-finger-extensors-stretch'],
    cautions: () => [msg('Stop if you feel tingling or numbness in the hand.', { id: 'muscle.wrist-finger-extensors.caution.1' })],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 33 and 34' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 6, Hand and Finger Extensors' },
    ],
  },
  techniques: [
    {
      id: 'wrist-finger-extensors-fingers',
      muscle: 'wrist-finger-extensors',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Wrist and finger extensors: thumb pressure', { id: 'technique.wrist-finger-extensors-fingers.title' }),
      steps: () => [
        msg('Sit and rest the sore forearm on a table, palm down.', { id: 'technique.wrist-finger-extensors-fingers.step.1' }),
        msg('With the other thumb, press into the back of the forearm two to three finger-widths below the outer elbow.', { id: 'technique.wrist-finger-extensors-fingers.step.2' }),
        msg('Lift your fingers one at a time to feel which part of the muscle works, and search there for tender spots.', { id: 'technique.wrist-finger-extensors-fingers.step.3' }),
        msg('Hold each tender spot at a "good hurt" of about 5 to 7 out of 10, or stroke slowly from the wrist up to the elbow.', { id: 'technique.wrist-finger-extensors-fingers.step.4' }),
      ],
      dose: { holdSeconds: 45, reps: 3, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tenderness on the back of the forearm, sometimes an ache at the outer elbow, wrist, or back of the hand that fades as you hold.', { id: 'technique.wrist-finger-extensors-fingers.feel' }),
      cautions: () => [
        msg('Stop at any tingling or numbness in the hand.', { id: 'technique.wrist-finger-extensors-fingers.caution.1' }),
        msg('Do not press on the bony point of the outer elbow.', { id: 'technique.wrist-finger-extensors-fingers.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 6, Hand and Finger Extensors' },
    },
    {
      id: 'wrist-finger-extensors-stretch',
      muscle: 'wrist-finger-extensors',
      tool: 'stretch',
      position: 'standing',
      title: () => msg('Wrist and finger extensors: wrist-down stretch', { id: 'technique.wrist-finger-extensors-stretch.title' }),
      steps: () => [
        msg('Hold the sore arm straight out in front of you, palm down.', { id: 'technique.wrist-finger-extensors-stretch.step.1' }),
        msg('Curl the fingers into a loose fist.', { id: 'technique.wrist-finger-extensors-stretch.step.2' }),
        msg('With the other hand, gently bend the wrist down until you feel a stretch on the back of the forearm.', { id: 'technique.wrist-finger-extensors-stretch.step.3' }),
        msg('Hold and breathe slowly, then release.', { id: 'technique.wrist-finger-extensors-stretch.step.4' }),
      ],
      dose: { holdSeconds: 20, reps: 3, sides: 'each', timesPerDay: 3 },
      feel: () => msg('A gentle pull along the back of the forearm toward the outer elbow.', { id: 'technique.wrist-finger-extensors-stretch.feel' }),
      cautions: () => [msg('Stretch gently without bouncing; stop at sharp pain or tingling in the hand.', { id: 'technique.wrist-finger-extensors-stretch.caution.1' })],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 33' },
    },
  ],
};
