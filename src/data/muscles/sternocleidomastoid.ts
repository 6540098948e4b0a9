import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Head and neck muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'sternocleidomastoid',
    area: 'head-neck',
    name: () => msg('Sternocleidomastoid', { id: 'muscle.sternocleidomastoid.name' }),
    description: () => msg('The rope-like muscle on the side of your neck, from behind the ear down to the breastbone and collarbone; it turns and tilts the head.', { id: 'muscle.sternocleidomastoid.description' }),
    causes: () => [
      msg('Head jutting forward while looking at a screen', { id: 'muscle.sternocleidomastoid.cause.1' }),
      msg('Looking up for a long time, such as painting a ceiling', { id: 'muscle.sternocleidomastoid.cause.2' }),
      msg('A whiplash injury or a fall', { id: 'muscle.sternocleidomastoid.cause.3' }),
      msg('Heavy, chest-high breathing from a chronic cough or asthma', { id: 'muscle.sternocleidomastoid.cause.4' }),
    ],
    triggerPoints: [
      { region: 'side-of-neck-left', view: 'front', x: 111.2, y: 73.6 },
      { region: 'side-of-neck-left', view: 'front', x: 110.5, y: 67 },
    ],
    referral: {
      primary: ['eye-left', 'cheek-left', 'forehead', 'ear-left', 'top-of-head'],
      secondary: ['back-of-head-left', 'front-of-neck', 'upper-chest-left', 'jaw-left'],
    },
    symptoms: () => [
      msg('Dizziness or a feeling of imbalance', { id: 'muscle.sternocleidomastoid.symptom.1' }),
      msg('Headache around the eye and forehead', { id: 'muscle.sternocleidomastoid.symptom.2' }),
      msg('Watery or red eye, or blurred vision, on the same side', { id: 'muscle.sternocleidomastoid.symptom.3' }),
      msg('A blocked feeling or ache deep in the ear', { id: 'muscle.sternocleidomastoid.symptom.4' }),
    ],
    techniques: ['sternocleidomastoid-pincer'],
    cautions: () => [
      msg('Use a pincer grip on the muscle only; never press the front of the neck or the pulse beside the windpipe.', { id: 'muscle.sternocleidomastoid.caution.1' }),
      msg('Dizziness, ear, or eye symptoms can have other causes; see a doctor if they are new or severe.', { id: 'muscle.sternocleidomastoid.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 7' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Sternocleidomastoid' },
    ],
  },
  techniques: [
    {
      id: 'sternocleidomastoid-pincer',
      muscle: 'sternocleidomastoid',
      tool: 'pincer',
      position: 'seated',
      title: () => msg('Sternocleidomastoid: pincer squeeze', { id: 'technique.sternocleidomastoid-pincer.title' }),
      steps: () => [
        msg('Sit and turn your head slightly toward the sore side and tip it a little the other way, so the muscle goes slack.', { id: 'technique.sternocleidomastoid-pincer.step.1' }),
        msg('With the opposite hand, gently lift the rope-like muscle between thumb and fingers, away from the throat.', { id: 'technique.sternocleidomastoid-pincer.step.2' }),
        msg('Squeeze it lightly and work along it from just below the ear down toward the collarbone.', { id: 'technique.sternocleidomastoid-pincer.step.3' }),
        msg('Where you find a tender spot, hold a gentle squeeze at a "good hurt" of about 5 out of 10.', { id: 'technique.sternocleidomastoid-pincer.step.4' }),
      ],
      dose: { holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tenderness in the muscle, sometimes pain around the eye, forehead, or ear that fades as you hold.', { id: 'technique.sternocleidomastoid-pincer.feel' }),
      cautions: () => [
        msg('Pincer grip only: never press into the front of the neck or on the pulse beside the windpipe.', { id: 'technique.sternocleidomastoid-pincer.caution.1' }),
        msg('If you feel a pulse under your fingers, let go and grip a little further out.', { id: 'technique.sternocleidomastoid-pincer.caution.2' }),
        msg('Stop if you feel dizzy, faint, or sick.', { id: 'technique.sternocleidomastoid-pincer.caution.3' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Sternocleidomastoid' },
    },
  ],
};
