import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Hip and leg muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 2) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'rectus-femoris',
    area: 'hip-leg',
    name: () => msg('Rectus femoris', { id: 'muscle.rectus-femoris.name' }),
    description: () => msg('The long muscle down the middle of the front of your thigh, from the front of the pelvis to the kneecap; it straightens the knee and lifts the thigh.', { id: 'muscle.rectus-femoris.description' }),
    causes: () => [
      msg('Sitting for long periods with the hips bent', { id: 'muscle.rectus-femoris.cause.1' }),
      msg('Running, jumping or kicking', { id: 'muscle.rectus-femoris.cause.2' }),
      msg('Squatting or going down stairs a lot', { id: 'muscle.rectus-femoris.cause.3' }),
      msg('A fall on a bent knee', { id: 'muscle.rectus-femoris.cause.4' }),
    ],
    triggerPoints: [
      { region: 'front-of-thigh-left', view: 'front', x: 120, y: 242 },
    ],
    referral: {
      primary: ['knee-front-left'],
      secondary: ['front-of-thigh-left'],
    },
    symptoms: () => [
      msg('Deep knee ache that can wake you at night', { id: 'muscle.rectus-femoris.symptom.1' }),
      msg('Weak knee going down stairs', { id: 'muscle.rectus-femoris.symptom.2' }),
    ],
    techniques: ['rectus-femoris-foam-roller'],
    cautions: () => [
      msg('Do not press into the crease of the groin, where you can feel a pulse.', { id: 'muscle.rectus-femoris.caution.1' }),
      msg('A hot, swollen knee needs a doctor\'s check, not massage.', { id: 'muscle.rectus-femoris.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 14' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain, Quadriceps' },
    ],
  },
  techniques: [
    {
      id: 'rectus-femoris-foam-roller',
      muscle: 'rectus-femoris',
      tool: 'foam-roller',
      position: 'lying-front',
      title: () => msg('Rectus femoris: foam roller', { id: 'technique.rectus-femoris-foam-roller.title' }),
      steps: () => [
        msg('Lie face down with a foam roller under the front of the thigh on the sore side, just below the hip.', { id: 'technique.rectus-femoris-foam-roller.step.1' }),
        msg('Take some weight on your forearms so you can control the pressure.', { id: 'technique.rectus-femoris-foam-roller.step.2' }),
        msg('Roll slowly down a few centimetres at a time until you find a tender spot high in the thigh.', { id: 'technique.rectus-femoris-foam-roller.step.3' }),
        msg('Stop there and hold at a "good hurt" of about 5 to 7 out of 10, breathing slowly.', { id: 'technique.rectus-femoris-foam-roller.step.4' }),
        msg('Move on and repeat down toward the middle of the thigh.', { id: 'technique.rectus-femoris-foam-roller.step.5' }),
      ],
      dose: { holdSeconds: 45, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tenderness high in the front of the thigh, sometimes an ache around the kneecap that fades as you hold.', { id: 'technique.rectus-femoris-foam-roller.feel' }),
      cautions: () => [
        msg('Keep the roller below the groin crease, where you can feel a pulse.', { id: 'technique.rectus-femoris-foam-roller.caution.1' }),
        msg('Do not roll over the kneecap.', { id: 'technique.rectus-femoris-foam-roller.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain, Quadriceps' },
    },
  ],
};
