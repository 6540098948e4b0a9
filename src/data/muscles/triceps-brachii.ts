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
    id: 'triceps-brachii',
    area: 'shoulder-arm',
    name: () => msg('Triceps brachii', { id: 'muscle.triceps-brachii.name' }),
    description: () => msg('The muscle on the back of your upper arm; it straightens the elbow and helps pull the arm back.', { id: 'muscle.triceps-brachii.description' }),
    causes: () => [
      msg('Pushing movements, such as push-ups, crutches, or a walking stick that is too long', { id: 'muscle.triceps-brachii.cause.1' }),
      msg('Resting the elbow on a surface with the arm forward, for example when driving or typing', { id: 'muscle.triceps-brachii.cause.2' }),
      msg('Repeated hard straightening of the elbow, as in tennis or hammering', { id: 'muscle.triceps-brachii.cause.3' }),
    ],
    // Travell & Simons: trigger points in the long and outer heads at mid-arm, and in the deep
    // head just above the outer elbow.
    triggerPoints: [
      { region: 'upper-arm-back-left', view: 'back', x: 52, y: 130 },
      { region: 'outer-elbow-left', view: 'back', x: 44, y: 161 },
    ],
    // Travell & Simons: up the back of the arm to the back of the shoulder, and to the outer
    // elbow; spillover down the back of the forearm, to the inner elbow and to the ring and
    // little fingers.
    referral: {
      primary: ['upper-arm-back-left', 'back-of-shoulder-left', 'outer-elbow-left'],
      secondary: ['forearm-back-left', 'inner-elbow-left', 'fingers-left'],
    },
    symptoms: () => [msg('Elbow pain like tennis elbow', { id: 'muscle.triceps-brachii.symptom.1' }), msg('Trouble straightening the arm fully', { id: 'muscle.triceps-brachii.symptom.2' })],
    techniques: ['triceps-brachii-pincer', 'triceps-brachii-stretch'],
    cautions: () => [
      msg('Near the elbow, keep off the "funny bone" groove on the inner side, where a nerve lies close under the skin.', { id: 'muscle.triceps-brachii.caution.1' }),
      // A hot, red swelling over the point of the elbow can be an infected bursa (same day).
      msg('A hot, red swelling at the point of the elbow needs a doctor the same day.', { id: 'muscle.triceps-brachii.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 32, Triceps Brachii' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Triceps' },
    ],
  },
  techniques: [
    // Safety: no pressure in the groove on the inner side of the elbow (ulnar nerve, "funny
    // bone") and no squeezing up into the armpit (brachial plexus, axillary vessels). A nerve
    // also winds around the back of the upper-arm bone (radial nerve): stop at tingling in the
    // hand. Firm pressure on an arm at risk of lymphoedema: 'lymphoedema'.
    // Dose: Davies' short, slow strokes instead of a static squeeze.
    {
      id: 'triceps-brachii-pincer',
      muscle: 'triceps-brachii',
      tool: 'pincer',
      position: 'seated',
      title: () => msg('Triceps brachii: pincer squeeze', { id: 'technique.triceps-brachii-pincer.title' }),
      steps: () => [
        msg('Sit and rest the sore arm on a table, elbow slightly bent.', { id: 'technique.triceps-brachii-pincer.step.1' }),
        // Safety (clinical review): the inner side of the upper arm carries the brachial artery and
        // the median and ulnar nerves; the grip stays on the back of the arm.
        msg('With the other hand, grasp the back of the upper arm between thumb and fingers; keep your fingertips off the inner side of the arm.', { id: 'technique.triceps-brachii-pincer.step.2' }),
        msg('Work from just above the elbow up to the back fold of the armpit, never into the armpit, feeling for tender bands.', { id: 'technique.triceps-brachii-pincer.step.3' }),
        msg('Squeeze gently and glide your grip about 2 cm toward the shoulder, then let go and start again: 10 short, slow strokes per tender spot, at a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.triceps-brachii-pincer.step.4' }),
        msg('Stroke the spot just above the outer elbow the same way with your fingertips; keep off the groove on the inner side of the elbow.', { id: 'technique.triceps-brachii-pincer.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tender spots on the back of the arm, sometimes an ache at the back of the shoulder or the outer elbow, that eases as you work.', { id: 'technique.triceps-brachii-pincer.feel' }),
      cautions: () => [
        msg('Keep off the groove on the inner side of the elbow (the "funny bone"), and stop at any tingling toward the little finger.', { id: 'technique.triceps-brachii-pincer.caution.1' }),
        msg('Do not squeeze up into the armpit, and stop at any tingling or numbness in the hand.', { id: 'technique.triceps-brachii-pincer.caution.2' }),
      ],
      askFirst: ['anticoagulants', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Triceps' },
    },
    // Travell & Simons describe this self-stretch; the hold (15–30 s, 2–3 times) is general
    // stretching guidance, not theirs.
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
      dose: { kind: 'stretch', holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull along the back of the upper arm toward the armpit.', { id: 'technique.triceps-brachii-stretch.feel' }),
      cautions: () => [msg('Skip this stretch if raising the arm pinches the shoulder; stop at any tingling in the hand.', { id: 'technique.triceps-brachii-stretch.caution.1' })],
      askFirst: ['recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 32, Triceps Brachii' },
    },
  ],
};
