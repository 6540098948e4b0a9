import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Shoulder and arm muscles. Referral patterns follow Travell & Simons' Trigger Point Manual
 * (vol. 1, 2nd ed.); self-treatment follows Travell & Simons' trigger-point pressure release,
 * written in our own words. Trigger-point coordinates are in the body map's view space
 * (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'subscapularis',
    area: 'shoulder-arm',
    name: () => msg('Subscapularis', { id: 'muscle.subscapularis.name' }),
    description: () => msg('A rotator cuff muscle on the underside of your shoulder blade, reached through the back of the armpit; it turns the arm inward and holds the shoulder joint together.', { id: 'muscle.subscapularis.description' }),
    causes: () => [
      msg('Repeated overhead or throwing movements, such as swimming or pitching', { id: 'muscle.subscapularis.cause.1' }),
      msg('Keeping the arm close to the body for a long time, such as in a sling', { id: 'muscle.subscapularis.cause.2' }),
      msg('Lifting heavy things overhead or catching yourself in a fall', { id: 'muscle.subscapularis.cause.3' }),
    ],
    // On the front of the shoulder blade, reached in the back wall of the armpit (front view).
    triggerPoints: [
      { region: 'front-of-shoulder-left', view: 'front', x: 136, y: 108 },
    ],
    // Travell & Simons: essential zone at the back of the shoulder and a band around the wrist;
    // spillover over the shoulder blade and down the back of the arm.
    referral: {
      primary: ['back-of-shoulder-left', 'wrist-left'],
      secondary: ['shoulder-blade-left', 'upper-arm-back-left'],
    },
    symptoms: () => [
      msg('A stiff, "frozen" shoulder: raising the arm and reaching back get harder', { id: 'muscle.subscapularis.symptom.1' }),
      msg('A band of pain around the wrist', { id: 'muscle.subscapularis.symptom.2' }),
      msg('Shoulder pain at rest and at night', { id: 'muscle.subscapularis.symptom.3' }),
    ],
    techniques: ['subscapularis-fingers'],
    cautions: () => [
      msg('The hollow of the armpit holds the arm\'s main nerves, blood vessels and lymph nodes: use your fingers only, never a ball or tool, and press only the muscle against the shoulder blade.', { id: 'muscle.subscapularis.caution.1' }),
      msg('A shoulder that keeps stiffening should be checked by a doctor.', { id: 'muscle.subscapularis.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 26, Subscapularis' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Subscapularis' },
    ],
  },
  techniques: [
    // Safety: the armpit is an endangerment site (brachial plexus, axillary artery and vein, lymph
    // nodes). Fingers only, curled back onto the muscle on the front of the shoulder blade; never
    // a ball or tool, never toward the soft middle of the armpit or the ribs.
    // Method and source changed from Davies' strokes to Travell & Simons' pressure release: a
    // still, gentle pressure does not drag across the nerves, and it is capped at 30 s, as we do
    // near other nerves. Armpit: 'lymphoedema'; lying flat on the back: 'pregnancy'.
    {
      id: 'subscapularis-fingers',
      muscle: 'subscapularis',
      tool: 'fingers',
      position: 'lying-back',
      title: () => msg('Subscapularis: fingers in the armpit', { id: 'technique.subscapularis-fingers.title' }),
      steps: () => [
        msg('Lie on your back and rest the sore arm out to the side, elbow bent, so the shoulder blade slides outward.', { id: 'technique.subscapularis-fingers.step.1' }),
        msg('With the other hand, slide your fingertips into the back wall of the armpit, between the ribs and the shoulder blade, staying out of the soft middle of the armpit.', { id: 'technique.subscapularis-fingers.step.2' }),
        msg('Curl your fingertips toward the underside of the shoulder blade, not toward the ribs, and press gently until you feel the muscle resist.', { id: 'technique.subscapularis-fingers.step.3' }),
        msg('Hold still there at no more than a "good hurt" of about 5 out of 10, breathing slowly, until the tenderness or tightness eases.', { id: 'technique.subscapularis-fingers.step.4' }),
        msg('Follow the easing a little deeper, only as far as the muscle lets you. Stop after about 30 seconds, even if it has not eased.', { id: 'technique.subscapularis-fingers.step.5' }),
      ],
      dose: { kind: 'release', holdSeconds: 30, reps: 2, sides: 'each', timesPerDay: 1 },
      feel: () => msg('A strong tenderness deep in the back of the armpit, sometimes an ache at the back of the shoulder or the wrist, that eases as you hold.', { id: 'technique.subscapularis-fingers.feel' }),
      cautions: () => [
        msg('Avoid the middle of the armpit, where the nerves and blood vessels run; if you feel a pulse, move off it.', { id: 'technique.subscapularis-fingers.caution.1' }),
        msg('Stop at any tingling, numbness, or electric feeling down the arm.', { id: 'technique.subscapularis-fingers.caution.2' }),
      ],
      askFirst: ['anticoagulants', 'pregnancy', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 26, Subscapularis' },
    },
  ],
};
