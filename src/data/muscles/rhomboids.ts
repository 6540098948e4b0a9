import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Shoulder and arm muscles. Referral patterns follow Travell & Simons' Trigger Point Manual
 * (vol. 1, 2nd ed.); self-treatment and stroke doses follow Davies' Trigger Point Therapy
 * Workbook (3rd ed.), written in our own words. Trigger-point coordinates are in the body
 * map's view space (src/data/region-geometry.ts).
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
    // Along the inner edge of the shoulder blade, between it and the spine.
    triggerPoints: [
      { region: 'between-shoulder-blades-left', view: 'back', x: 88, y: 126 },
      { region: 'between-shoulder-blades-left', view: 'back', x: 91.6, y: 131.1 },
    ],
    // Travell & Simons: essential zone along the inner edge of the shoulder blade, between it and
    // the spine; spillover over the shoulder blade and up over its top part.
    referral: {
      primary: ['between-shoulder-blades-left'],
      secondary: ['shoulder-blade-left', 'upper-back-left'],
    },
    symptoms: () => [msg('A nagging ache along the inner edge of the shoulder blade, noticed at rest', { id: 'muscle.rhomboids.symptom.1' }), msg('Crunching or snapping sounds when the shoulder blade moves', { id: 'muscle.rhomboids.symptom.2' })],
    techniques: ['rhomboids-ball-wall', 'rhomboids-stretch'],
    cautions: () => [
      msg('Press beside the spine, never on the spine itself.', { id: 'muscle.rhomboids.caution.1' }),
      // Pain between the shoulder blades is also where a heart attack or a torn aorta is felt.
      msg('Sudden, severe pain between the shoulder blades, or pain there with chest tightness, breathlessness or sweating, needs emergency care: call emergency services.', { id: 'muscle.rhomboids.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 27, Rhomboid' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Rhomboids' },
    ],
  },
  techniques: [
    // The ball stays beside the spine, never on it (spinous processes). Against a wall rather
    // than on the floor, so the reader controls the pressure. Body weight on a ball over the
    // ribs: 'osteoporosis'. Dose: Davies' short, slow strokes instead of the old static hold.
    {
      id: 'rhomboids-ball-wall',
      muscle: 'rhomboids',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Rhomboids: ball against a wall', { id: 'technique.rhomboids-ball-wall.title' }),
      steps: () => [
        msg('Stand with your back to a wall and place a tennis ball between your spine and the inner edge of the shoulder blade.', { id: 'technique.rhomboids-ball-wall.step.1' }),
        msg('Cross your arm over your chest to pull the shoulder blade out of the way.', { id: 'technique.rhomboids-ball-wall.step.2' }),
        msg('Lean into the ball and bend your knees slowly to roll it up and down beside the edge of the shoulder blade until you find a tender spot.', { id: 'technique.rhomboids-ball-wall.step.3' }),
        msg('Bend and straighten your knees a little so the ball makes short, slow strokes of about 2 cm over the spot, leaning in as you bend and easing off as you straighten.', { id: 'technique.rhomboids-ball-wall.step.4' }),
        msg('Give each tender spot 10 strokes at a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.rhomboids-ball-wall.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('A tender spot beside the shoulder blade, with the familiar ache between the shoulder blades easing as you work.', { id: 'technique.rhomboids-ball-wall.feel' }),
      cautions: () => [msg('Keep the ball beside the spine, never on the spine itself.', { id: 'technique.rhomboids-ball-wall.caution.1' })],
      askFirst: ['anticoagulants', 'osteoporosis', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Rhomboids' },
    },
    // Rounding the upper back is spinal flexion, the movement most likely to hurt bones thinned
    // by osteoporosis: 'osteoporosis'. The head drops forward only (no extension or rotation).
    // Travell & Simons describe this stretch; the hold (15–30 s, 2–3 times) is general
    // stretching guidance, not theirs.
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
      dose: { kind: 'stretch', holdSeconds: 30, reps: 3, sides: 'none', timesPerDay: 2 },
      feel: () => msg('A gentle pull between and along the shoulder blades.', { id: 'technique.rhomboids-stretch.feel' }),
      cautions: () => [
        msg('Hold on firmly and move slowly; stop if you feel sharp pain or arm tingling.', { id: 'technique.rhomboids-stretch.caution.1' }),
        msg('Tight chest muscles often keep the rhomboids strained, so stretch the chest too.', { id: 'technique.rhomboids-stretch.caution.2' }),
      ],
      askFirst: ['osteoporosis', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 27, Rhomboid' },
    },
  ],
};
