import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Hip and leg muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 2) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'soleus',
    area: 'hip-leg',
    name: () => msg('Soleus', { id: 'muscle.soleus.name' }),
    description: () => msg('The broad, flat muscle under the gastrocnemius in the lower calf, joining the Achilles tendon at the heel; it pushes you forward when you walk and helps pump blood back up the leg.', { id: 'muscle.soleus.description' }),
    causes: () => [
      msg('Walking or running uphill, on sand or on slippery ground', { id: 'muscle.soleus.cause.1' }),
      msg('High heels or shoes with stiff soles', { id: 'muscle.soleus.cause.2' }),
      msg('Sitting with the calf pressed on a chair edge or footrest', { id: 'muscle.soleus.cause.3' }),
      msg('A sudden overload, such as a slip or a jump', { id: 'muscle.soleus.cause.4' }),
    ],
    triggerPoints: [
      { region: 'calf-left', view: 'back', x: 86, y: 355 },
    ],
    referral: {
      primary: ['heel-left', 'ankle-left'],
      secondary: ['calf-left', 'sole-left', 'sacrum'],
    },
    symptoms: () => [
      msg('Heel pain, worst with the first steps', { id: 'muscle.soleus.symptom.1' }),
      msg('Difficulty walking up slopes and stairs', { id: 'muscle.soleus.symptom.2' }),
      msg('Stiff ankle that will not bend up fully', { id: 'muscle.soleus.symptom.3' }),
    ],
    techniques: ['soleus-ball', 'soleus-stretch'],
    cautions: () => [
      msg('Do not massage a calf that is swollen, warm, red or newly painful: it may be a blood clot. See a doctor urgently.', { id: 'muscle.soleus.caution.1' }),
      msg('Avoid pressing directly on varicose veins.', { id: 'muscle.soleus.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 22' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain, Soleus' },
    ],
  },
  techniques: [
    {
      id: 'soleus-ball',
      muscle: 'soleus',
      tool: 'ball',
      position: 'seated',
      title: () => msg('Soleus: ball under the lower calf', { id: 'technique.soleus-ball.title' }),
      steps: () => [
        msg('Sit on the floor with a tennis ball under the lower calf of the sore leg, a hand\'s width above the heel.', { id: 'technique.soleus-ball.step.1' }),
        msg('Cross the other leg over the top to add weight.', { id: 'technique.soleus-ball.step.2' }),
        msg('Move the ball slowly to the inner and outer edges of the lower calf to find a tender spot.', { id: 'technique.soleus-ball.step.3' }),
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe out slowly.', { id: 'technique.soleus-ball.step.4' }),
        msg('Move up a finger-width and repeat.', { id: 'technique.soleus-ball.step.5' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tenderness in the lower calf, sometimes an ache at the heel that fades as you hold.', { id: 'technique.soleus-ball.feel' }),
      cautions: () => [
        msg('Stop and see a doctor urgently if the calf is swollen, warm, red or newly painful: it may be a blood clot. Do not massage it.', { id: 'technique.soleus-ball.caution.1' }),
        msg('Keep the ball off the Achilles tendon and off varicose veins.', { id: 'technique.soleus-ball.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain, Soleus' },
    },
    {
      id: 'soleus-stretch',
      muscle: 'soleus',
      tool: 'stretch',
      position: 'standing-wall',
      title: () => msg('Soleus: bent-knee calf stretch', { id: 'technique.soleus-stretch.title' }),
      steps: () => [
        msg('Stand facing a wall with your hands on it.', { id: 'technique.soleus-stretch.step.1' }),
        msg('Step the sore leg back a short way, keeping the heel on the floor.', { id: 'technique.soleus-stretch.step.2' }),
        msg('Bend both knees and sink down slowly until you feel a stretch low in the calf, just above the heel.', { id: 'technique.soleus-stretch.step.3' }),
        msg('Hold the stretch and breathe slowly; do not bounce.', { id: 'technique.soleus-stretch.step.4' }),
        msg('Straighten up and rest before you repeat.', { id: 'technique.soleus-stretch.step.5' }),
      ],
      dose: { holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull low in the calf and above the heel, never a sharp pain.', { id: 'technique.soleus-stretch.feel' }),
      cautions: () => [
        msg('Stop and see a doctor urgently if the calf is swollen, warm, red or newly painful: it may be a blood clot. Do not massage it.', { id: 'technique.soleus-stretch.caution.1' }),
        msg('Stop if you feel a sharp pain at the heel or the Achilles tendon.', { id: 'technique.soleus-stretch.caution.2' }),
      ],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 22' },
    },
  ],
};
