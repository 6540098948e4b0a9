import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Shoulder and arm muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'rhomboids',
    area: 'shoulder-arm',
    name: () => msg('Rhomboids', { id: 'muscle.rhomboids.name' }),
    description: () => msg('Flat muscles between your spine and the inner edge of the shoulder blade, under the trapezius; they pull the shoulder blade toward the spine.', { id: 'muscle.rhomboids.description' }),
    causes: () => [
      msg('Rounded shoulders from sitting hunched over a desk or phone', { id: 'muscle.rhomboids.cause.1' }),
      msg('Tight chest muscles that pull the shoulders forward', { id: 'muscle.rhomboids.cause.2' }),
      msg('Working with the arms out in front for long periods, such as sewing or drawing', { id: 'muscle.rhomboids.cause.3' }),
    ],
    triggerPoints: [
      { region: 'between-shoulder-blades-left', view: 'back', x: 88, y: 126 },
      { region: 'between-shoulder-blades-left', view: 'back', x: 91.6, y: 131.1 },
    ],
    referral: {
      primary: ['between-shoulder-blades-left'],
      secondary: ['shoulder-blade-left', 'upper-back-left'],
    },
    symptoms: () => [msg('A nagging ache along the inner edge of the shoulder blade, noticed at rest', { id: 'muscle.rhomboids.symptom.1' }), msg('Crunching or snapping sounds when the shoulder blade moves', { id: 'muscle.rhomboids.symptom.2' })],
    techniques: ['rhomboids-ball-wall', 'rhomboids-stretch'],
    cautions: () => [msg('Press beside the spine, never on the spine itself.', { id: 'muscle.rhomboids.caution.1' })],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 27' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Rhomboids' },
    ],
  },
  techniques: [
    {
      id: 'rhomboids-ball-wall',
      muscle: 'rhomboids',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Rhomboids: ball against a wall', { id: 'technique.rhomboids-ball-wall.title' }),
      steps: () => [
        msg('Stand with your back to a wall and place a tennis ball between your spine and the inner edge of the shoulder blade.', { id: 'technique.rhomboids-ball-wall.step.1' }),
        msg('Cross your arm over your chest to pull the shoulder blade out of the way.', { id: 'technique.rhomboids-ball-wall.step.2' }),
        msg('Lean into the ball and bend your knees slowly to move it up and down along the edge of the shoulder blade.', { id: 'technique.rhomboids-ball-wall.step.3' }),
        msg('Hold a tender spot at a "good hurt" of about 5 to 7 out of 10 and breathe slowly.', { id: 'technique.rhomboids-ball-wall.step.4' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A tender spot beside the shoulder blade, with the familiar ache between the shoulder blades fading as you hold.', { id: 'technique.rhomboids-ball-wall.feel' }),
      cautions: () => [msg('Keep the ball beside the spine, never on the spine itself.', { id: 'technique.rhomboids-ball-wall.caution.1' })],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Rhomboids' },
    },
    {
      id: 'rhomboids-stretch',
      muscle: 'rhomboids',
      tool: 'stretch',
      position: 'standing',
      title: () => msg('Rhomboids: reach-forward stretch', { id: 'technique.rhomboids-stretch.title' }),
      steps: () => [
        msg('Stand and hold a door frame or post at chest height with both hands.', { id: 'technique.rhomboids-stretch.step.1' }),
        msg('Step back and let your upper back round, so your shoulder blades slide apart.', { id: 'technique.rhomboids-stretch.step.2' }),
        msg('Let your head drop gently between your arms.', { id: 'technique.rhomboids-stretch.step.3' }),
        msg('Breathe into your upper back and hold the gentle stretch, then stand up slowly.', { id: 'technique.rhomboids-stretch.step.4' }),
      ],
      dose: { holdSeconds: 30, reps: 3, sides: 'none', timesPerDay: 2 },
      feel: () => msg('A gentle pull between and along the shoulder blades.', { id: 'technique.rhomboids-stretch.feel' }),
      cautions: () => [
        msg('Hold on firmly and move slowly; stop if you feel sharp pain or arm tingling.', { id: 'technique.rhomboids-stretch.caution.1' }),
        msg('Tight chest muscles often keep the rhomboids strained, so stretch the chest too.', { id: 'technique.rhomboids-stretch.caution.2' }),
      ],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 27' },
    },
  ],
};
