import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Shoulder and arm muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'supraspinatus',
    area: 'shoulder-arm',
    name: () => msg('Supraspinatus', { id: 'muscle.supraspinatus.name' }),
    description: () => msg('A rotator cuff muscle in the hollow above the ridge of your shoulder blade, under the trapezius; it starts lifting the arm out to the side and holds the ball of the shoulder in its socket.', { id: 'muscle.supraspinatus.description' }),
    causes: () => [
      msg('Carrying heavy bags, suitcases, or a dog on a leash with the arm hanging', { id: 'muscle.supraspinatus.cause.1' }),
      msg('Lifting or reaching above shoulder height again and again', { id: 'muscle.supraspinatus.cause.2' }),
      msg('Holding the arm out for long periods, such as using a mouse far from the body', { id: 'muscle.supraspinatus.cause.3' }),
    ],
    triggerPoints: [
      { region: 'upper-back-left', view: 'back', x: 81, y: 94 },
    ],
    referral: {
      primary: ['outer-shoulder-left', 'outer-elbow-left'],
      secondary: ['upper-arm-back-left', 'forearm-back-left'],
    },
    symptoms: () => [
      msg('A dull ache in the shoulder, worse at night', { id: 'muscle.supraspinatus.symptom.1' }),
      msg('Trouble raising the arm out to the side or overhead', { id: 'muscle.supraspinatus.symptom.2' }),
      msg('Clicking or catching in the shoulder joint', { id: 'muscle.supraspinatus.symptom.3' }),
    ],
    techniques: ['supraspinatus-cane'],
    cautions: () => [msg('Sudden weakness after a fall or a strain can mean a torn tendon; see a doctor.', { id: 'muscle.supraspinatus.caution.1' })],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 21' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Supraspinatus' },
    ],
  },
  techniques: [
    {
      id: 'supraspinatus-cane',
      muscle: 'supraspinatus',
      tool: 'cane',
      position: 'standing',
      title: () => msg('Supraspinatus: hooked cane', { id: 'technique.supraspinatus-cane.title' }),
      steps: () => [
        msg('Hold a hooked massage cane with the hand opposite the sore shoulder and hook it over that shoulder.', { id: 'technique.supraspinatus-cane.step.1' }),
        msg('Place the tip in the hollow just above the bony ridge of the shoulder blade.', { id: 'technique.supraspinatus-cane.step.2' }),
        msg('Pull the cane down with the other hand so the tip presses straight down through the top muscle into the hollow.', { id: 'technique.supraspinatus-cane.step.3' }),
        msg('Move it a little until you find a tender spot, then hold at a "good hurt" of about 5 to 7 out of 10.', { id: 'technique.supraspinatus-cane.step.4' }),
        msg('Keep the sore arm relaxed by your side the whole time.', { id: 'technique.supraspinatus-cane.step.5' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A deep, tender spot above the shoulder blade, sometimes an ache in the outer shoulder or elbow that fades as you hold.', { id: 'technique.supraspinatus-cane.feel' }),
      cautions: () => [
        msg('Press only in the hollow above the shoulder blade; keep the tip away from the neck and collarbone.', { id: 'technique.supraspinatus-cane.caution.1' }),
        msg('Stop if you feel tingling or numbness in the arm.', { id: 'technique.supraspinatus-cane.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Supraspinatus' },
    },
  ],
};
