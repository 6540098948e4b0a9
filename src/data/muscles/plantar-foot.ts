import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Hip and leg muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 2) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'plantar-foot',
    area: 'hip-leg',
    name: () => msg('Plantar foot muscles', { id: 'muscle.plantar-foot.name' }),
    description: () => msg('The small muscles in layers under the sole of the foot; they hold up the arch and move the toes.', { id: 'muscle.plantar-foot.description' }),
    causes: () => [
      msg('Tight, stiff or poorly fitting shoes', { id: 'muscle.plantar-foot.cause.1' }),
      msg('Walking or standing long on hard floors', { id: 'muscle.plantar-foot.cause.2' }),
      msg('Flat feet, a high arch or other foot shape problems', { id: 'muscle.plantar-foot.cause.3' }),
      msg('Walking barefoot on sand or uneven ground after years in shoes', { id: 'muscle.plantar-foot.cause.4' }),
    ],
    triggerPoints: [
      { region: 'sole-left', view: 'back', x: 88.6, y: 426.3 },
    ],
    referral: {
      primary: ['sole-left', 'heel-left'],
      secondary: ['toes-left'],
    },
    symptoms: () => [
      msg('Sore feet that limit walking', { id: 'muscle.plantar-foot.symptom.1' }),
      msg('Heel or arch pain with the first steps in the morning', { id: 'muscle.plantar-foot.symptom.2' }),
    ],
    techniques: ['plantar-foot-ball', 'plantar-foot-stretch'],
    cautions: () => [
      msg('If you have diabetes or numb feet, ask a clinician before pressing on your feet: you may not feel damage.', { id: 'muscle.plantar-foot.caution.1' }),
      msg('Do not work on a foot with an open cut, sore or infection.', { id: 'muscle.plantar-foot.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 26-27' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain, Foot Muscles' },
    ],
  },
  techniques: [
    {
      id: 'plantar-foot-ball',
      muscle: 'plantar-foot',
      tool: 'ball',
      position: 'seated',
      title: () => msg('Plantar foot muscles: ball under the foot', { id: 'technique.plantar-foot-ball.title' }),
      steps: () => [
        msg('Sit on a chair with a firm ball, such as a golf ball, under the sole of the sore foot.', { id: 'technique.plantar-foot-ball.step.1' }),
        msg('Press down gently and roll slowly from the heel to the ball of the foot to find a tender spot.', { id: 'technique.plantar-foot-ball.step.2' }),
        msg('Stop on it and press at a "good hurt" of about 5 to 7 out of 10, breathing slowly.', { id: 'technique.plantar-foot-ball.step.3' }),
        msg('Move on and cover the inner, middle and outer parts of the sole.', { id: 'technique.plantar-foot-ball.step.4' }),
      ],
      dose: { holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tenderness in the sole, sometimes an ache spreading to the heel or the toes that fades as you hold.', { id: 'technique.plantar-foot-ball.feel' }),
      cautions: () => [
        msg('If you have diabetes or numb feet, ask a clinician before doing this: you may not feel damage.', { id: 'technique.plantar-foot-ball.caution.1' }),
        msg('Do not work on a foot with an open cut, sore or infection.', { id: 'technique.plantar-foot-ball.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain, Foot Muscles' },
    },
    {
      id: 'plantar-foot-stretch',
      muscle: 'plantar-foot',
      tool: 'stretch',
      position: 'seated',
      title: () => msg('Plantar foot muscles: toe stretch', { id: 'technique.plantar-foot-stretch.title' }),
      steps: () => [
        msg('Sit with the sore foot resting across the other knee.', { id: 'technique.plantar-foot-stretch.step.1' }),
        msg('Hold the toes with one hand and gently bend them back toward the shin.', { id: 'technique.plantar-foot-stretch.step.2' }),
        msg('With the other hand, feel the sole tighten; stop when you feel a gentle stretch in the arch.', { id: 'technique.plantar-foot-stretch.step.3' }),
        msg('Hold the stretch and breathe slowly; do not bounce.', { id: 'technique.plantar-foot-stretch.step.4' }),
        msg('Let go slowly and rest before you repeat.', { id: 'technique.plantar-foot-stretch.step.5' }),
      ],
      dose: { holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull along the sole and arch, never a sharp pain.', { id: 'technique.plantar-foot-stretch.feel' }),
      cautions: () => [
        msg('If you have diabetes or numb feet, ask a clinician before doing this.', { id: 'technique.plantar-foot-stretch.caution.1' }),
        msg('Stop if a toe joint is swollen or sharply painful.', { id: 'technique.plantar-foot-stretch.caution.2' }),
      ],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 26' },
    },
  ],
};
