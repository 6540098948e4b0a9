import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Trunk muscles: chest, back and abdomen. Referral patterns follow Travell & Simons' Trigger
 * Point Manual (vol. 1, 2nd ed.; vol. 2, 1st ed.); self-treatment and stroke doses follow
 * Davies' Trigger Point Therapy Workbook (3rd ed.), written in our own words. Trigger-point
 * coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'latissimus-dorsi',
    area: 'trunk',
    name: () => msg('Latissimus dorsi', { id: 'muscle.latissimus-dorsi.name' }),
    description: () => msg('The broad muscle of the mid and low back that sweeps up into the back of the armpit; it pulls the arm down and back.', { id: 'muscle.latissimus-dorsi.description' }),
    causes: () => [
      msg('Pulling and reaching overhead: chin-ups, rowing, throwing, gardening', { id: 'muscle.latissimus-dorsi.cause.1' }),
      msg('Reaching up and forward for long periods', { id: 'muscle.latissimus-dorsi.cause.2' }),
      msg('Tight bra straps or heavy shoulder bags', { id: 'muscle.latissimus-dorsi.cause.3' }),
    ],
    // The common trigger point lies in the fold at the back of the armpit.
    triggerPoints: [
      { region: 'back-of-shoulder-left', view: 'back', x: 61.5, y: 109.5 },
    ],
    // Travell & Simons: essential zone around the lower tip of the shoulder blade and the mid
    // back; spillover to the back of the shoulder and down the inner side of the arm to the ring
    // and little fingers; the lower fibres refer to the front of the shoulder and the flank.
    referral: {
      primary: ['shoulder-blade-left', 'mid-back-left'],
      secondary: ['back-of-shoulder-left', 'upper-arm-back-left', 'forearm-back-left', 'fingers-left', 'front-of-shoulder-left', 'flank-left'],
    },
    symptoms: () => [
      msg('A constant ache under the shoulder blade that moving does not ease', { id: 'muscle.latissimus-dorsi.symptom.1' }),
      msg('Trouble reaching up and forward', { id: 'muscle.latissimus-dorsi.symptom.2' }),
    ],
    techniques: ['latissimus-dorsi-pincer', 'latissimus-dorsi-stretch'],
    cautions: () => [
      msg('Grip the fold of muscle at the back of the armpit only; nerves, vessels and lymph nodes lie in the hollow of the armpit.', { id: 'muscle.latissimus-dorsi.caution.1' }),
      // Pain under the shoulder blade that no movement changes is also how lung, heart or
      // gallbladder problems can present.
      msg('An ache under the shoulder blade that no movement or position changes, or that comes with breathlessness, a cough or a fever, should be checked by a doctor.', { id: 'muscle.latissimus-dorsi.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 24, Latissimus Dorsi' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Latissimus Dorsi' },
    ],
  },
  techniques: [
    // Safety: the pincer holds only the muscle fold at the back of the armpit and never presses up
    // into the hollow (brachial plexus, axillary vessels, lymph nodes): 'lymphoedema'.
    // Dose: Davies' short, slow strokes instead of the old 60 s static squeeze.
    {
      id: 'latissimus-dorsi-pincer',
      muscle: 'latissimus-dorsi',
      tool: 'pincer',
      position: 'seated',
      title: () => msg('Latissimus dorsi: pincer squeeze', { id: 'technique.latissimus-dorsi-pincer.title' }),
      steps: () => [
        msg('Sit and rest the arm of the sore side on a table at shoulder height.', { id: 'technique.latissimus-dorsi-pincer.step.1' }),
        msg('With the opposite hand, grasp the thick fold of muscle at the back of the armpit between thumb and fingers.', { id: 'technique.latissimus-dorsi-pincer.step.2' }),
        msg('Roll the fold slowly until you find a tender, ropy band, and squeeze it gently.', { id: 'technique.latissimus-dorsi-pincer.step.3' }),
        msg('Glide your grip about 2 cm down along the band, then let go and start again: 10 short, slow strokes per tender spot, at a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.latissimus-dorsi-pincer.step.4' }),
        msg('Move a little lower down the fold and repeat on the next tender spot.', { id: 'technique.latissimus-dorsi-pincer.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Local tenderness, sometimes an ache below the shoulder blade or down the back of the arm, that eases as you work.', { id: 'technique.latissimus-dorsi-pincer.feel' }),
      cautions: () => [
        msg('Squeeze only the muscle fold; do not press up into the hollow of the armpit.', { id: 'technique.latissimus-dorsi-pincer.caution.1' }),
        msg('Stop if you feel tingling or numbness in the arm.', { id: 'technique.latissimus-dorsi-pincer.caution.2' }),
      ],
      askFirst: ['anticoagulants', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Latissimus Dorsi' },
    },
    // A standing side bend of the trunk: 'osteoporosis' (bending the spine to the side under
    // load), kept gentle. Travell & Simons describe this self-stretch; the hold (15–30 s, 2–3
    // times) is general stretching guidance, not theirs.
    {
      id: 'latissimus-dorsi-stretch',
      muscle: 'latissimus-dorsi',
      tool: 'stretch',
      position: 'standing',
      title: () => msg('Latissimus dorsi: overhead side stretch', { id: 'technique.latissimus-dorsi-stretch.title' }),
      steps: () => [
        msg('Stand with your feet hip-width apart.', { id: 'technique.latissimus-dorsi-stretch.step.1' }),
        msg('Raise the arm of the sore side overhead and hold the wrist with the other hand.', { id: 'technique.latissimus-dorsi-stretch.step.2' }),
        msg('Lean slowly away from the sore side, gently drawing the arm up and over.', { id: 'technique.latissimus-dorsi-stretch.step.3' }),
        msg('Stop at a comfortable pull along the side of the back and breathe slowly.', { id: 'technique.latissimus-dorsi-stretch.step.4' }),
      ],
      dose: { kind: 'stretch', holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A long, even pull from the armpit down the side of the back.', { id: 'technique.latissimus-dorsi-stretch.feel' }),
      cautions: () => [
        msg('Do not force the arm overhead if the shoulder is painful or stiff; go only as far as is comfortable.', { id: 'technique.latissimus-dorsi-stretch.caution.1' }),
      ],
      askFirst: ['osteoporosis', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 24, Latissimus Dorsi' },
    },
  ],
};
