import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Shoulder and arm muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'biceps-brachii',
    area: 'shoulder-arm',
    name: () => msg('Biceps brachii', { id: 'muscle.biceps-brachii.name' }),
    description: () => msg('The muscle on the front of your upper arm; it bends the elbow and turns the palm up.', { id: 'muscle.biceps-brachii.description' }),
    causes: () => [
      msg('Lifting heavy things with the palms up', { id: 'muscle.biceps-brachii.cause.1' }),
      msg('Turning a stiff screwdriver or doorknob again and again', { id: 'muscle.biceps-brachii.cause.2' }),
      msg('Carrying a bag on the forearm with the elbow bent for a long time', { id: 'muscle.biceps-brachii.cause.3' }),
    ],
    triggerPoints: [
      { region: 'upper-arm-front-left', view: 'front', x: 150.8, y: 140 },
    ],
    referral: {
      primary: ['front-of-shoulder-left', 'upper-arm-front-left'],
      secondary: ['inner-elbow-left', 'upper-back-left'],
    },
    symptoms: () => [msg('An ache on the front of the shoulder when lifting the arm above the head', { id: 'muscle.biceps-brachii.symptom.1' }), msg('Weakness lifting with the palm up', { id: 'muscle.biceps-brachii.symptom.2' })],
    techniques: ['biceps-brachii-pincer', 'biceps-brachii-stretch'],
    cautions: () => [msg('Keep off the inner side of the upper arm, where the main nerves and blood vessels run.', { id: 'muscle.biceps-brachii.caution.1' })],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 30' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Biceps' },
    ],
  },
  techniques: [
    {
      id: 'biceps-brachii-pincer',
      muscle: 'biceps-brachii',
      tool: 'pincer',
      position: 'seated',
      title: () => msg('Biceps brachii: pincer squeeze', { id: 'technique.biceps-brachii-pincer.title' }),
      steps: () => [
        msg('Sit and rest the sore arm on your lap, elbow slightly bent and palm up.', { id: 'technique.biceps-brachii-pincer.step.1' }),
        msg('With the other hand, grasp the front of the upper arm between thumb and fingers and lift the muscle slightly.', { id: 'technique.biceps-brachii-pincer.step.2' }),
        msg('Work along it from the elbow toward the shoulder, feeling for tender lumps.', { id: 'technique.biceps-brachii-pincer.step.3' }),
        msg('Hold a squeeze on each tender spot at a "good hurt" of about 5 to 7 out of 10.', { id: 'technique.biceps-brachii-pincer.step.4' }),
      ],
      dose: { holdSeconds: 45, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A tender spot in the middle or lower part of the muscle, sometimes an ache up at the front of the shoulder that fades as you hold.', { id: 'technique.biceps-brachii-pincer.feel' }),
      cautions: () => [msg('Squeeze the muscle only; keep off the inner side of the upper arm, where nerves and blood vessels run, and stop at any tingling.', { id: 'technique.biceps-brachii-pincer.caution.1' })],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Biceps' },
    },
    {
      id: 'biceps-brachii-stretch',
      muscle: 'biceps-brachii',
      tool: 'stretch',
      position: 'standing',
      title: () => msg('Biceps brachii: doorway stretch', { id: 'technique.biceps-brachii-stretch.title' }),
      steps: () => [
        msg('Stand beside a door frame and place the hand of the sore arm on it at about waist height behind you, thumb down.', { id: 'technique.biceps-brachii-stretch.step.1' }),
        msg('Keep the elbow straight.', { id: 'technique.biceps-brachii-stretch.step.2' }),
        msg('Turn your body slowly away from the arm until you feel a stretch in the front of the arm and shoulder.', { id: 'technique.biceps-brachii-stretch.step.3' }),
        msg('Hold and breathe slowly, then turn back and relax.', { id: 'technique.biceps-brachii-stretch.step.4' }),
      ],
      dose: { holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull along the front of the upper arm and shoulder.', { id: 'technique.biceps-brachii-stretch.feel' }),
      cautions: () => [msg('Stretch gently; stop if you feel a sharp pain in the front of the shoulder or tingling in the hand.', { id: 'technique.biceps-brachii-stretch.caution.1' })],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 30' },
    },
  ],
};
