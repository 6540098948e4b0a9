import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Hip and leg muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 2) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'gastrocnemius',
    area: 'hip-leg',
    name: () => msg('Gastrocnemius', { id: 'muscle.gastrocnemius.name' }),
    description: () => msg('The two-headed muscle that forms the bulge of your upper calf, from behind the knee to the heel; it points the foot and bends the knee.', { id: 'muscle.gastrocnemius.description' }),
    causes: () => [
      msg('Walking uphill, climbing or running a lot', { id: 'muscle.gastrocnemius.cause.1' }),
      msg('High heels, or a sudden change to flat shoes', { id: 'muscle.gastrocnemius.cause.2' }),
      msg('Sitting with the feet pointed or tucked under the chair', { id: 'muscle.gastrocnemius.cause.3' }),
      msg('Sleeping with the toes pointed under tight covers', { id: 'muscle.gastrocnemius.cause.4' }),
    ],
    triggerPoints: [
      { region: 'calf-left', view: 'back', x: 90, y: 342 },
    ],
    referral: {
      primary: ['sole-left', 'calf-left', 'back-of-knee-left'],
      secondary: ['ankle-left'],
    },
    symptoms: () => [
      msg('Calf cramps at night', { id: 'muscle.gastrocnemius.symptom.1' }),
    ],
    techniques: ['gastrocnemius-stretch', 'gastrocnemius-foam-roller'],
    cautions: () => [
      msg('Do not massage a calf that is swollen, warm, red or newly painful: it may be a blood clot. See a doctor urgently.', { id: 'muscle.gastrocnemius.caution.1' }),
      msg('Do not press the back of the knee, where nerves and blood vessels run close to the skin.', { id: 'muscle.gastrocnemius.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 21' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain, Gastrocnemius' },
    ],
  },
  techniques: [
    {
      id: 'gastrocnemius-stretch',
      muscle: 'gastrocnemius',
      tool: 'stretch',
      position: 'standing-wall',
      title: () => msg('Gastrocnemius: wall calf stretch', { id: 'technique.gastrocnemius-stretch.title' }),
      steps: () => [
        msg('Stand facing a wall with your hands on it.', { id: 'technique.gastrocnemius-stretch.step.1' }),
        msg('Step the sore leg back, keeping that knee straight and the heel on the floor, toes pointing forward.', { id: 'technique.gastrocnemius-stretch.step.2' }),
        msg('Bend the front knee and lean toward the wall until you feel a stretch in the upper calf.', { id: 'technique.gastrocnemius-stretch.step.3' }),
        msg('Hold the stretch and breathe slowly; do not bounce.', { id: 'technique.gastrocnemius-stretch.step.4' }),
        msg('Step back in and rest before you repeat.', { id: 'technique.gastrocnemius-stretch.step.5' }),
      ],
      dose: { holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull in the upper calf and behind the knee, never a sharp pain.', { id: 'technique.gastrocnemius-stretch.feel' }),
      cautions: () => [
        msg('Stop and see a doctor urgently if the calf is swollen, warm, red or newly painful: it may be a blood clot. Do not massage it.', { id: 'technique.gastrocnemius-stretch.caution.1' }),
        msg('Stretch gently, without bouncing, to avoid bringing on a cramp.', { id: 'technique.gastrocnemius-stretch.caution.2' }),
      ],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 21' },
    },
    {
      id: 'gastrocnemius-foam-roller',
      muscle: 'gastrocnemius',
      tool: 'foam-roller',
      position: 'seated',
      title: () => msg('Gastrocnemius: foam roller', { id: 'technique.gastrocnemius-foam-roller.title' }),
      steps: () => [
        msg('Sit on the floor with a foam roller under the upper calf of the sore leg.', { id: 'technique.gastrocnemius-foam-roller.step.1' }),
        msg('Lift your hips with your hands, or cross the other leg over, to add weight.', { id: 'technique.gastrocnemius-foam-roller.step.2' }),
        msg('Roll slowly and turn the leg a little inward and outward to find a tender spot in either half of the calf.', { id: 'technique.gastrocnemius-foam-roller.step.3' }),
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe out slowly.', { id: 'technique.gastrocnemius-foam-roller.step.4' }),
        msg('Roll on a little and repeat.', { id: 'technique.gastrocnemius-foam-roller.step.5' }),
      ],
      dose: { holdSeconds: 45, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tenderness in the upper calf, sometimes an ache toward the arch of the foot or behind the knee that fades as you hold.', { id: 'technique.gastrocnemius-foam-roller.feel' }),
      cautions: () => [
        msg('Stop and see a doctor urgently if the calf is swollen, warm, red or newly painful: it may be a blood clot. Do not massage it.', { id: 'technique.gastrocnemius-foam-roller.caution.1' }),
        msg('Keep the roller below the back of the knee.', { id: 'technique.gastrocnemius-foam-roller.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain, Gastrocnemius' },
    },
  ],
};
