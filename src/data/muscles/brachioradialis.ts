import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Shoulder and arm muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'brachioradialis',
    area: 'shoulder-arm',
    name: () => msg('Brachioradialis', { id: 'muscle.brachioradialis.name' }),
    description: () => msg('The muscle on the thumb side of your forearm, just below the elbow; it bends the elbow, especially with the thumb pointing up.', { id: 'muscle.brachioradialis.description' }),
    causes: () => [
      msg('Gripping hard for a long time, such as with tools, a racket, or a steering wheel', { id: 'muscle.brachioradialis.cause.1' }),
      msg('Lifting with the thumb up, such as carrying a heavy jug or a child', { id: 'muscle.brachioradialis.cause.2' }),
      msg('Repeated hand shaking, stirring, or using a mouse all day', { id: 'muscle.brachioradialis.cause.3' }),
    ],
    triggerPoints: [
      { region: 'forearm-back-left', view: 'back', x: 34, y: 181 },
    ],
    referral: {
      primary: ['back-of-hand-left', 'outer-elbow-left'],
      secondary: ['wrist-left', 'forearm-back-left'],
    },
    symptoms: () => [msg('Pain in the web between thumb and index finger', { id: 'muscle.brachioradialis.symptom.1' }), msg('Weak grip', { id: 'muscle.brachioradialis.symptom.2' })],
    techniques: ['brachioradialis-pincer'],
    cautions: () => [msg('Stop if you feel tingling or an electric feeling toward the thumb: a nerve runs under this muscle.', { id: 'muscle.brachioradialis.caution.1' })],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 33' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 6, Brachioradialis' },
    ],
  },
  techniques: [
    {
      id: 'brachioradialis-pincer',
      muscle: 'brachioradialis',
      tool: 'pincer',
      position: 'seated',
      title: () => msg('Brachioradialis: pincer squeeze', { id: 'technique.brachioradialis-pincer.title' }),
      steps: () => [
        msg('Sit and rest the sore forearm on a table, thumb side up.', { id: 'technique.brachioradialis-pincer.step.1' }),
        msg('With the other hand, grasp the fleshy ridge on the thumb side of the forearm, just below the elbow, between thumb and fingers.', { id: 'technique.brachioradialis-pincer.step.2' }),
        msg('Squeeze and work slowly along it, feeling for a tender spot.', { id: 'technique.brachioradialis-pincer.step.3' }),
        msg('Hold the squeeze at a "good hurt" of about 5 to 7 out of 10 and breathe slowly.', { id: 'technique.brachioradialis-pincer.step.4' }),
      ],
      dose: { holdSeconds: 45, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A tender spot below the elbow, sometimes an ache in the web of the thumb or the outer elbow that fades as you hold.', { id: 'technique.brachioradialis-pincer.feel' }),
      cautions: () => [msg('Stop at any tingling or numbness toward the thumb and move your grip.', { id: 'technique.brachioradialis-pincer.caution.1' })],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 6, Brachioradialis' },
    },
  ],
};
