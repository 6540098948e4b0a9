import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Head and neck muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'temporalis',
    area: 'head-neck',
    name: () => msg('Temporalis', { id: 'muscle.temporalis.name' }),
    description: () => msg('A fan-shaped muscle on the side of your head above the ear; it closes the jaw.', { id: 'muscle.temporalis.description' }),
    causes: () => [
      msg('Clenching or grinding the teeth, often during sleep or stress', { id: 'muscle.temporalis.cause.1' }),
      msg('Chewing gum or tough food a lot', { id: 'muscle.temporalis.cause.2' }),
      msg('Holding the mouth open for a long dental visit', { id: 'muscle.temporalis.cause.3' }),
    ],
    triggerPoints: [
      { region: 'temple-left', view: 'front', x: 117.2, y: 24.4 },
      { region: 'temple-left', view: 'front', x: 117, y: 30 },
    ],
    referral: {
      primary: ['temple-left', 'eye-left'],
      secondary: ['cheek-left', 'ear-left'],
    },
    symptoms: () => [
      msg('Headache at the temple and above the eye', { id: 'muscle.temporalis.symptom.1' }),
      msg('Upper teeth that ache or feel sensitive to hot and cold', { id: 'muscle.temporalis.symptom.2' }),
    ],
    techniques: ['temporalis-fingers'],
    cautions: () => [msg('Use gentle pressure and stop if the jaw clicks, locks, or the pain grows.', { id: 'muscle.temporalis.caution.1' })],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 9' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Temporalis' },
    ],
  },
  techniques: [
    {
      id: 'temporalis-fingers',
      muscle: 'temporalis',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Temporalis: fingertip pressure', { id: 'technique.temporalis-fingers.title' }),
      steps: () => [
        msg('Sit with your elbows on a table and let your jaw hang slightly open and relaxed.', { id: 'technique.temporalis-fingers.step.1' }),
        msg('Place your fingertips on the side of your head above the ear and clench briefly to feel the muscle tighten, then relax.', { id: 'technique.temporalis-fingers.step.2' }),
        msg('Press gently and search for tender spots from the temple back to above the ear.', { id: 'technique.temporalis-fingers.step.3' }),
        msg('Hold each tender spot at a "good hurt" of about 5 out of 10, or make small slow circles.', { id: 'technique.temporalis-fingers.step.4' }),
      ],
      dose: { holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tenderness at the temple, sometimes an ache above the eye or in the upper teeth that fades as you hold.', { id: 'technique.temporalis-fingers.feel' }),
      cautions: () => [
        msg('Keep the pressure gentle; stop if the jaw clicks, locks, or hurts more.', { id: 'technique.temporalis-fingers.caution.1' }),
        msg('If you feel a pulse at the temple, move your fingers slightly off it.', { id: 'technique.temporalis-fingers.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Temporalis' },
    },
  ],
};
