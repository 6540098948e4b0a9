import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Trunk muscles: chest, back and abdomen. Referral patterns and doses follow Travell & Simons'
 * Trigger Point Manual (vols. 1 and 2) and Davies' Trigger Point Therapy Workbook, written in
 * our own words. Trigger-point coordinates are in the body map's view space
 * (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'quadratus-lumborum',
    prevalence: 2,
    area: 'trunk',
    name: () => msg('Quadratus lumborum', { id: 'muscle.quadratus-lumborum.name' }),
    description: () => msg('A deep, flat muscle in the low back between the lowest rib and the top of the pelvis; it bends you to the side and hitches the hip up.', { id: 'muscle.quadratus-lumborum.description' }),
    causes: () => [
      msg('Bending and twisting to lift something', { id: 'muscle.quadratus-lumborum.cause.1' }),
      msg('Standing with your weight on one leg, or one leg shorter than the other', { id: 'muscle.quadratus-lumborum.cause.2' }),
      msg('Sitting on a wallet or on a soft, sagging seat', { id: 'muscle.quadratus-lumborum.cause.3' }),
      msg('Gardening or housework done bent over', { id: 'muscle.quadratus-lumborum.cause.4' }),
    ],
    triggerPoints: [
      { region: 'low-back-left', view: 'back', x: 73, y: 184 },
    ],
    referral: {
      primary: ['low-back-left', 'hip-side-left', 'buttock-left', 'sacrum'],
      secondary: ['lower-abdomen-left', 'groin-left', 'outer-thigh-left'],
    },
    symptoms: () => [
      msg('Sharp pain on turning over in bed or getting up from a chair', { id: 'muscle.quadratus-lumborum.symptom.1' }),
      msg('Pain when you cough or sneeze', { id: 'muscle.quadratus-lumborum.symptom.2' }),
      msg('Trouble standing up straight or walking', { id: 'muscle.quadratus-lumborum.symptom.3' }),
    ],
    techniques: ['quadratus-lumborum-ball-floor', 'quadratus-lumborum-stretch'],
    cautions: () => [
      msg('Press on the muscle between the lowest rib and the pelvis, not on the spine or the floating rib tips.', { id: 'muscle.quadratus-lumborum.caution.1' }),
      msg('Back pain with fever, pain on passing water, numbness around the groin or leg weakness needs a doctor.', { id: 'muscle.quadratus-lumborum.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 4' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain' },
    ],
  },
  techniques: [
    {
      id: 'quadratus-lumborum-ball-floor',
      muscle: 'quadratus-lumborum',
      tool: 'ball',
      position: 'lying-back',
      title: () => msg('Quadratus lumborum: ball on the floor', { id: 'technique.quadratus-lumborum-ball-floor.title' }),
      steps: () => [
        msg('Lie on your back on a firm floor with your knees bent and feet flat.', { id: 'technique.quadratus-lumborum-ball-floor.step.1' }),
        msg('Place a tennis or lacrosse ball under your waist, between the lowest rib and the top of the pelvis, a hand-width out from the spine.', { id: 'technique.quadratus-lumborum-ball-floor.step.2' }),
        msg('Tilt slightly toward the ball so your weight presses the muscle against it.', { id: 'technique.quadratus-lumborum-ball-floor.step.3' }),
        msg('Hold on a tender spot at a "good hurt" of about 5 to 7 out of 10 and breathe out slowly.', { id: 'technique.quadratus-lumborum-ball-floor.step.4' }),
        msg('Shift the ball a little up, down or out toward the side and repeat.', { id: 'technique.quadratus-lumborum-ball-floor.step.5' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Deep tenderness in the waist, sometimes an ache over the hip or buttock, that eases during the hold.', { id: 'technique.quadratus-lumborum-ball-floor.feel' }),
      cautions: () => [
        msg('Keep the ball off the spine and off the tips of the lowest ribs.', { id: 'technique.quadratus-lumborum-ball-floor.caution.1' }),
        msg('Stop if you feel pain, tingling or numbness running down a leg.', { id: 'technique.quadratus-lumborum-ball-floor.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Quadratus Lumborum' },
    },
    {
      id: 'quadratus-lumborum-stretch',
      muscle: 'quadratus-lumborum',
      tool: 'stretch',
      position: 'standing',
      title: () => msg('Quadratus lumborum: standing side bend', { id: 'technique.quadratus-lumborum-stretch.title' }),
      steps: () => [
        msg('Stand tall and cross the leg of the sore side behind the other one.', { id: 'technique.quadratus-lumborum-stretch.step.1' }),
        msg('Raise the arm of the sore side overhead.', { id: 'technique.quadratus-lumborum-stretch.step.2' }),
        msg('Slowly bend your trunk away from the sore side, letting the hip on the sore side drift out.', { id: 'technique.quadratus-lumborum-stretch.step.3' }),
        msg('Stop at a comfortable pull in the waist and breathe slowly; rest a hand on a wall for balance if needed.', { id: 'technique.quadratus-lumborum-stretch.step.4' }),
      ],
      dose: { holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A stretch along the side of the waist, between the ribs and the pelvis.', { id: 'technique.quadratus-lumborum-stretch.feel' }),
      cautions: () => [
        msg('Move slowly and do not bounce; stop if the back catches or spasms.', { id: 'technique.quadratus-lumborum-stretch.caution.1' }),
        msg('Hold on to something steady if your balance is poor.', { id: 'technique.quadratus-lumborum-stretch.caution.2' }),
      ],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 4' },
    },
  ],
};
