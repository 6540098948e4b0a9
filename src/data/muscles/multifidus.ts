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
    id: 'multifidus',
    area: 'trunk',
    name: () => msg('Multifidus', { id: 'muscle.multifidus.name' }),
    description: () => msg('Small, deep muscles packed in the groove right beside the spine; they steady each vertebra and help you twist and arch.', { id: 'muscle.multifidus.description' }),
    causes: () => [
      msg('Twisting while bending or lifting', { id: 'muscle.multifidus.cause.1' }),
      msg('Long hours sitting or standing still', { id: 'muscle.multifidus.cause.2' }),
      msg('A fall or a jolt to the back', { id: 'muscle.multifidus.cause.3' }),
    ],
    triggerPoints: [
      { region: 'low-back-left', view: 'back', x: 83, y: 188 },
    ],
    referral: {
      primary: ['low-back-left', 'sacrum'],
      secondary: ['buttock-left', 'lower-abdomen-left'],
    },
    symptoms: () => [
      msg('A deep, nagging ache next to the spine', { id: 'muscle.multifidus.symptom.1' }),
      msg('Tailbone pain', { id: 'muscle.multifidus.symptom.2' }),
    ],
    techniques: ['multifidus-ball-floor'],
    cautions: () => [
      msg('Never press on the spine itself; stay in the soft groove beside it.', { id: 'muscle.multifidus.caution.1' }),
      msg('Back pain with numbness around the groin, new bladder or bowel trouble, leg weakness or fever needs a doctor urgently.', { id: 'muscle.multifidus.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 48' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain' },
    ],
  },
  techniques: [
    {
      id: 'multifidus-ball-floor',
      muscle: 'multifidus',
      tool: 'ball',
      position: 'lying-back',
      title: () => msg('Multifidus: ball on the floor', { id: 'technique.multifidus-ball-floor.title' }),
      steps: () => [
        msg('Lie on your back on a firm floor with your knees bent and feet flat.', { id: 'technique.multifidus-ball-floor.step.1' }),
        msg('Place a small, firm ball in the groove right beside your spine in the low back, not on the spine itself.', { id: 'technique.multifidus-ball-floor.step.2' }),
        msg('Let your weight settle onto the ball until you find a deep, tender spot.', { id: 'technique.multifidus-ball-floor.step.3' }),
        msg('Hold at a "good hurt" of about 5 to 7 out of 10 and breathe out slowly.', { id: 'technique.multifidus-ball-floor.step.4' }),
        msg('Lift your hips a little, move the ball up or down one level, and repeat.', { id: 'technique.multifidus-ball-floor.step.5' }),
      ],
      dose: { holdSeconds: 45, reps: 3, sides: 'each', timesPerDay: 1 },
      feel: () => msg('Deep tenderness next to the spine, sometimes an ache toward the tailbone, that fades as you hold.', { id: 'technique.multifidus-ball-floor.feel' }),
      cautions: () => [
        msg('No pressure on the spine itself: keep the ball in the soft groove beside it.', { id: 'technique.multifidus-ball-floor.caution.1' }),
        msg('Stop if you feel pain, tingling or numbness running down a leg.', { id: 'technique.multifidus-ball-floor.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Multifidi and Rotatores' },
    },
  ],
};
