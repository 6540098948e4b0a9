import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Shoulder and arm muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
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
    triggerPoints: [
      { region: 'front-of-shoulder-left', view: 'front', x: 136, y: 108 },
    ],
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
      msg('The armpit holds the arm\'s main nerves and blood vessels: press only the muscle on the back wall of the armpit.', { id: 'muscle.subscapularis.caution.1' }),
      msg('A shoulder that keeps stiffening should be checked by a doctor.', { id: 'muscle.subscapularis.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 26' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Subscapularis' },
    ],
  },
  techniques: [
    {
      id: 'subscapularis-fingers',
      muscle: 'subscapularis',
      tool: 'fingers',
      position: 'lying-back',
      title: () => msg('Subscapularis: fingers in the armpit', { id: 'technique.subscapularis-fingers.title' }),
      steps: () => [
        msg('Lie on your back and rest the sore arm out to the side, elbow bent, so the shoulder blade slides outward.', { id: 'technique.subscapularis-fingers.step.1' }),
        msg('With the other hand, slide your fingertips into the back wall of the armpit, between the ribs and the shoulder blade.', { id: 'technique.subscapularis-fingers.step.2' }),
        msg('Press gently toward the underside of the shoulder blade, not toward the ribs.', { id: 'technique.subscapularis-fingers.step.3' }),
        msg('Hold a tender spot at a "good hurt" of about 5 out of 10 and breathe slowly.', { id: 'technique.subscapularis-fingers.step.4' }),
      ],
      dose: { holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 1 },
      feel: () => msg('A sharp tenderness deep in the back of the armpit, sometimes an ache at the back of the shoulder or the wrist that eases as you hold.', { id: 'technique.subscapularis-fingers.feel' }),
      cautions: () => [
        msg('Avoid the middle of the armpit, where the nerves and blood vessels run; if you feel a pulse, move off it.', { id: 'technique.subscapularis-fingers.caution.1' }),
        msg('Stop at any tingling, numbness, or electric feeling down the arm.', { id: 'technique.subscapularis-fingers.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Subscapularis' },
    },
  ],
};
