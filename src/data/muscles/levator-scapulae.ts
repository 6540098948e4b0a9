import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Head and neck muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'levator-scapulae',
    prevalence: 2,
    area: 'head-neck',
    name: () => msg('Levator scapulae', { id: 'muscle.levator-scapulae.name' }),
    description: () => msg('A strap of muscle from the side of your upper neck down to the top inner corner of the shoulder blade; it lifts the shoulder blade and helps turn the neck.', { id: 'muscle.levator-scapulae.description' }),
    causes: () => [
      msg('Holding a phone between ear and shoulder', { id: 'muscle.levator-scapulae.cause.1' }),
      msg('Sleeping with the neck tilted or in a draft', { id: 'muscle.levator-scapulae.cause.2' }),
      msg('Turning the head to one side for long periods, such as a screen set off to the side', { id: 'muscle.levator-scapulae.cause.3' }),
      msg('Emotional stress that keeps the shoulders raised', { id: 'muscle.levator-scapulae.cause.4' }),
    ],
    triggerPoints: [
      { region: 'side-of-neck-left', view: 'back', x: 88.8, y: 76 },
      { region: 'upper-back-left', view: 'back', x: 82, y: 95 },
    ],
    referral: {
      primary: ['side-of-neck-left', 'back-of-neck-left'],
      secondary: ['shoulder-blade-left', 'back-of-shoulder-left'],
    },
    symptoms: () => [
      msg('Stiff neck: turning the head is painful or limited', { id: 'muscle.levator-scapulae.symptom.1' }),
      msg('You may have to turn your whole body to look over your shoulder', { id: 'muscle.levator-scapulae.symptom.2' }),
    ],
    techniques: ['levator-scapulae-ball-wall', 'levator-scapulae-stretch'],
    cautions: () => [msg('Work on the back of the neck and the upper shoulder blade only; never press into the front of the neck.', { id: 'muscle.levator-scapulae.caution.1' })],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 19' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Levator Scapulae' },
    ],
  },
  techniques: [
    {
      id: 'levator-scapulae-ball-wall',
      muscle: 'levator-scapulae',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Levator scapulae: ball against a wall', { id: 'technique.levator-scapulae-ball-wall.title' }),
      steps: () => [
        msg('Stand with your back to a wall and place a tennis ball just above the top inner corner of your shoulder blade, where neck meets shoulder.', { id: 'technique.levator-scapulae-ball-wall.step.1' }),
        msg('Bend your knees a little and lean back so the ball presses into the muscle.', { id: 'technique.levator-scapulae-ball-wall.step.2' }),
        msg('Move slowly until you find a tender spot.', { id: 'technique.levator-scapulae-ball-wall.step.3' }),
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe slowly.', { id: 'technique.levator-scapulae-ball-wall.step.4' }),
        msg('Ease off, then try a spot a little higher toward the neck.', { id: 'technique.levator-scapulae-ball-wall.step.5' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A deep, tender spot at the base of the neck, sometimes an ache along the shoulder blade, that eases as you hold.', { id: 'technique.levator-scapulae-ball-wall.feel' }),
      cautions: () => [
        msg('Keep the ball behind the neck and shoulder; never let it roll onto the side or front of the neck.', { id: 'technique.levator-scapulae-ball-wall.caution.1' }),
        msg('Stop if you feel tingling or numbness in the arm.', { id: 'technique.levator-scapulae-ball-wall.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Levator Scapulae' },
    },
    {
      id: 'levator-scapulae-stretch',
      muscle: 'levator-scapulae',
      tool: 'stretch',
      position: 'seated',
      title: () => msg('Levator scapulae: nose-to-armpit stretch', { id: 'technique.levator-scapulae-stretch.title' }),
      steps: () => [
        msg('Sit tall and hold the edge of the seat with the hand on the sore side to keep that shoulder down.', { id: 'technique.levator-scapulae-stretch.step.1' }),
        msg('Turn your head about halfway toward the other side, then tip your nose down toward that armpit.', { id: 'technique.levator-scapulae-stretch.step.2' }),
        msg('Rest your free hand lightly on the back of your head to add a little weight, without pulling.', { id: 'technique.levator-scapulae-stretch.step.3' }),
        msg('Breathe out slowly and hold the gentle stretch.', { id: 'technique.levator-scapulae-stretch.step.4' }),
        msg('Lift your head slowly back to center.', { id: 'technique.levator-scapulae-stretch.step.5' }),
      ],
      dose: { holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull from the back of the neck down to the top of the shoulder blade.', { id: 'technique.levator-scapulae-stretch.feel' }),
      cautions: () => [msg('Move slowly and never force the neck; stop if you feel dizzy, sharp pain, or tingling in the arm.', { id: 'technique.levator-scapulae-stretch.caution.1' })],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 19' },
    },
  ],
};
