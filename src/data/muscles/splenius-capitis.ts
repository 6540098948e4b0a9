import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Head and neck muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'splenius-capitis',
    area: 'head-neck',
    name: () => msg('Splenius capitis', { id: 'muscle.splenius-capitis.name' }),
    description: () => msg('A flat muscle on the back of your neck, from the upper spine to the bony bump behind the ear; it tilts the head back and turns it to the same side.', { id: 'muscle.splenius-capitis.description' }),
    causes: () => [
      msg('Holding the head turned or tipped back for a long time', { id: 'muscle.splenius-capitis.cause.1' }),
      msg('A whiplash injury or a fall', { id: 'muscle.splenius-capitis.cause.2' }),
      msg('Head-forward posture at a screen', { id: 'muscle.splenius-capitis.cause.3' }),
    ],
    triggerPoints: [
      { region: 'side-of-neck-left', view: 'back', x: 89.5, y: 68 },
    ],
    referral: {
      primary: ['top-of-head'],
      secondary: [],
    },
    symptoms: () => [msg('Headache on the top of the head', { id: 'muscle.splenius-capitis.symptom.1' }), msg('Stiff neck', { id: 'muscle.splenius-capitis.symptom.2' })],
    techniques: ['splenius-capitis-fingers'],
    cautions: () => [msg('Stay on the back of the neck; do not press the spine or the side of the throat.', { id: 'muscle.splenius-capitis.caution.1' })],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 15' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Splenius Capitis and Splenius Cervicis' },
    ],
  },
  techniques: [
    {
      id: 'splenius-capitis-fingers',
      muscle: 'splenius-capitis',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Splenius capitis: fingertip pressure', { id: 'technique.splenius-capitis-fingers.title' }),
      steps: () => [
        msg('Sit with your elbow on a table and tip your head slightly back to relax the neck.', { id: 'technique.splenius-capitis-fingers.step.1' }),
        msg('Find the bony bump behind your ear, then slide your fingertips down and back about two finger-widths into the muscle on the back of the neck.', { id: 'technique.splenius-capitis-fingers.step.2' }),
        msg('Press in gently and feel for a tender spot.', { id: 'technique.splenius-capitis-fingers.step.3' }),
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe slowly.', { id: 'technique.splenius-capitis-fingers.step.4' }),
      ],
      dose: { holdSeconds: 45, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A tender spot high on the back of the neck, sometimes an ache on the top of the head that fades as you hold.', { id: 'technique.splenius-capitis-fingers.feel' }),
      cautions: () => [
        msg('Press the back of the neck only; stay off the spine and the side and front of the throat.', { id: 'technique.splenius-capitis-fingers.caution.1' }),
        msg('Stop if you feel dizzy.', { id: 'technique.splenius-capitis-fingers.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Splenius Capitis and Splenius Cervicis' },
    },
  ],
};
