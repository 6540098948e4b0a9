import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Hip and leg muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 2) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'vastus-medialis',
    area: 'hip-leg',
    name: () => msg('Vastus medialis', { id: 'muscle.vastus-medialis.name' }),
    description: () => msg('The teardrop-shaped muscle on the inner front of the thigh just above the knee; it straightens the knee and keeps the kneecap on track.', { id: 'muscle.vastus-medialis.description' }),
    causes: () => [
      msg('Kneeling or squatting for long periods', { id: 'muscle.vastus-medialis.cause.1' }),
      msg('Running, jogging or skiing', { id: 'muscle.vastus-medialis.cause.2' }),
      msg('A fall on the knee or a twisted knee', { id: 'muscle.vastus-medialis.cause.3' }),
      msg('Flat, rolling-in feet', { id: 'muscle.vastus-medialis.cause.4' }),
    ],
    triggerPoints: [
      { region: 'inner-knee-left', view: 'front', x: 106.2, y: 316 },
    ],
    referral: {
      primary: ['knee-front-left', 'inner-knee-left'],
      secondary: ['inner-thigh-left'],
    },
    symptoms: () => [
      msg('A knee that suddenly gives way when you walk', { id: 'muscle.vastus-medialis.symptom.1' }),
      msg('Knee ache that can wake you at night', { id: 'muscle.vastus-medialis.symptom.2' }),
    ],
    techniques: ['vastus-medialis-fingers'],
    cautions: () => [
      msg('Press the muscle above the knee, not the kneecap or the joint itself.', { id: 'muscle.vastus-medialis.caution.1' }),
      msg('A hot, swollen knee, or one that locks, needs a doctor\'s check.', { id: 'muscle.vastus-medialis.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 14' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain, Quadriceps' },
    ],
  },
  techniques: [
    {
      id: 'vastus-medialis-fingers',
      muscle: 'vastus-medialis',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Vastus medialis: thumb pressure', { id: 'technique.vastus-medialis-fingers.title' }),
      steps: () => [
        msg('Sit with the sore leg straight out in front and the muscles relaxed.', { id: 'technique.vastus-medialis-fingers.step.1' }),
        msg('Find the soft bulge on the inner front of the thigh, just above the knee.', { id: 'technique.vastus-medialis-fingers.step.2' }),
        msg('Press into it with both thumbs, one on top of the other, and search for a tender spot.', { id: 'technique.vastus-medialis-fingers.step.3' }),
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe out slowly.', { id: 'technique.vastus-medialis-fingers.step.4' }),
        msg('Move up the inner thigh a finger-width at a time and repeat.', { id: 'technique.vastus-medialis-fingers.step.5' }),
      ],
      dose: { holdSeconds: 45, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tenderness above the inner knee, sometimes an ache at the front of the knee that fades as you hold.', { id: 'technique.vastus-medialis-fingers.feel' }),
      cautions: () => [
        msg('Press the muscle only, not the kneecap or the joint line.', { id: 'technique.vastus-medialis-fingers.caution.1' }),
        msg('Stop if the knee becomes hot or swollen and see a clinician.', { id: 'technique.vastus-medialis-fingers.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain, Quadriceps' },
    },
  ],
};
