import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Hip and leg muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 2) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'vastus-lateralis',
    area: 'hip-leg',
    name: () => msg('Vastus lateralis', { id: 'muscle.vastus-lateralis.name' }),
    description: () => msg('The large muscle along the outside of the thigh; it straightens the knee when you stand up, climb or land.', { id: 'muscle.vastus-lateralis.description' }),
    causes: () => [
      msg('Running, squatting or climbing a lot', { id: 'muscle.vastus-lateralis.cause.1' }),
      msg('Sitting with the knee straight and locked for long periods', { id: 'muscle.vastus-lateralis.cause.2' }),
      msg('A fall or a blow to the side of the thigh', { id: 'muscle.vastus-lateralis.cause.3' }),
      msg('Lying on that side on a hard surface', { id: 'muscle.vastus-lateralis.cause.4' }),
    ],
    triggerPoints: [
      { region: 'outer-thigh-left', view: 'front', x: 132, y: 255 },
    ],
    referral: {
      primary: ['outer-thigh-left', 'outer-knee-left'],
      secondary: ['hip-side-left', 'knee-front-left'],
    },
    symptoms: () => [
      msg('A stiff, "stuck" kneecap that makes bending the knee hard', { id: 'muscle.vastus-lateralis.symptom.1' }),
      msg('Pain when lying on the sore side', { id: 'muscle.vastus-lateralis.symptom.2' }),
    ],
    techniques: ['vastus-lateralis-foam-roller'],
    cautions: () => [
      msg('Roll the muscle, not the bony knob at the top of the thigh or the side of the knee.', { id: 'muscle.vastus-lateralis.caution.1' }),
      msg('A hot, swollen knee needs a doctor\'s check, not massage.', { id: 'muscle.vastus-lateralis.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 14' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain, Quadriceps' },
    ],
  },
  techniques: [
    {
      id: 'vastus-lateralis-foam-roller',
      muscle: 'vastus-lateralis',
      tool: 'foam-roller',
      position: 'lying-side',
      title: () => msg('Vastus lateralis: foam roller', { id: 'technique.vastus-lateralis-foam-roller.title' }),
      steps: () => [
        msg('Lie on your side with a foam roller under the outer thigh of the lower leg.', { id: 'technique.vastus-lateralis-foam-roller.step.1' }),
        msg('Prop yourself on your forearm and put the other foot on the floor in front to control the pressure.', { id: 'technique.vastus-lateralis-foam-roller.step.2' }),
        msg('Roll slowly, a few centimetres at a time, from below the hip toward the knee.', { id: 'technique.vastus-lateralis-foam-roller.step.3' }),
        msg('When you find a tender spot, stop and hold at a "good hurt" of about 5 to 7 out of 10.', { id: 'technique.vastus-lateralis-foam-roller.step.4' }),
        msg('Roll on and repeat along the whole outer thigh.', { id: 'technique.vastus-lateralis-foam-roller.step.5' }),
      ],
      dose: { holdSeconds: 45, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tenderness along the outer thigh, sometimes an ache at the outside of the knee that fades as you hold.', { id: 'technique.vastus-lateralis-foam-roller.feel' }),
      cautions: () => [
        msg('Roll the muscle, not the bony knob at the top of the thigh or the side of the knee.', { id: 'technique.vastus-lateralis-foam-roller.caution.1' }),
        msg('Ease off with the top foot if the pressure is more than a "good hurt".', { id: 'technique.vastus-lateralis-foam-roller.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain, Quadriceps' },
    },
  ],
};
