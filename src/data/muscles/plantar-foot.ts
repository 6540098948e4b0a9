import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Hip and leg muscles. Referral patterns follow Travell & Simons' Trigger Point Manual
 * (vol. 2, 1st ed.); each technique's dose follows its own source (see `Dose` in types.ts),
 * written in our own words. Trigger-point coordinates are in the body map's view space
 * (src/data/region-geometry.ts).
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
    // T&S vol. 2, ch. 26–27: trigger points across the sole (flexor digitorum brevis,
    // abductor digiti minimi, adductor hallucis, flexor hallucis brevis) and at the heel
    // (quadratus plantae on the underside of the heel, abductor hallucis along its inner side).
    triggerPoints: [
      { region: 'sole-left', view: 'back', x: 88.6, y: 426.3 },
      { region: 'heel-left', view: 'back', x: 85, y: 418 },
    ],
    // T&S vol. 2, ch. 26–27: essential zones on the sole and the heel (quadratus plantae,
    // abductor hallucis, flexor digitorum brevis); spillover into the toes (flexor hallucis
    // brevis, interossei).
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
      // Diabetes / neuropathy (issue 8): reduced feeling hides skin damage. There is no
      // AskFirst id for diabetes, so it is said here, where every technique shows it.
      msg('If you have diabetes or reduced feeling in your feet, ask your doctor or podiatrist first. If you go ahead, use only light pressure and check the skin afterwards for redness, blisters or breaks.', { id: 'muscle.plantar-foot.caution.1' }),
      msg('Do not work on a foot with an open cut, sore or infection.', { id: 'muscle.plantar-foot.caution.2' }),
      // A hot, swollen joint is a same-day red flag (safety.md); in diabetes a hot, swollen
      // foot may be infection or Charcot foot.
      msg('A hot, swollen, red foot or ankle needs a doctor the same day, especially if you have diabetes.', { id: 'muscle.plantar-foot.caution.3' }),
      // NHS "Stress fractures".
      msg('A spot on a foot bone that hurts to press or to hop on, and gets worse with each run, may be a stress fracture: stop running and see a doctor.', { id: 'muscle.plantar-foot.caution.4' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 26, Superficial Intrinsic Foot Muscles' },
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 27, Deep Intrinsic Foot Muscles' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain: Superficial and Deep Intrinsic Foot Muscles' },
    ],
  },
  techniques: [
    // Davies-sourced: short, slow strokes in one direction (not a static hold), 10 per spot,
    // several short sessions a day. Safety changes: start with a softer tennis ball (a golf
    // ball only if more is needed), always seated, never standing on the ball; light pressure
    // and a skin check with diabetes or numb feet. No osteoporosis entry: seated, only the
    // leg's weight; no clot-risk or varicose-veins: the sole, not the calf or thigh.
    {
      id: 'plantar-foot-ball',
      muscle: 'plantar-foot',
      tool: 'ball',
      position: 'seated',
      title: () => msg('Plantar foot muscles: ball under the foot', { id: 'technique.plantar-foot-ball.title' }),
      steps: () => [
        msg('Sit on a chair with a ball under the sole of the sore foot: a tennis ball to start, a firmer one such as a golf ball only if you need more.', { id: 'technique.plantar-foot-ball.step.1' }),
        msg('Press down gently and roll slowly from the heel toward the toes to find a tender spot.', { id: 'technique.plantar-foot-ball.step.2' }),
        msg('Roll slowly over the spot, a few centimetres in one direction only, at a "good hurt" of about 5 to 7 out of 10, never sharp; lift the foot, go back and repeat.', { id: 'technique.plantar-foot-ball.step.3' }),
        msg('Move on to cover the inner, middle and outer parts of the sole. Stay seated: do not stand on the ball.', { id: 'technique.plantar-foot-ball.step.4' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('A tender, aching spot in the sole, sometimes with an ache spreading to the heel or the toes, that eases after a few strokes.', { id: 'technique.plantar-foot-ball.feel' }),
      cautions: () => [
        msg('With diabetes or numb feet, use a soft ball and light pressure, and look at your sole afterwards for redness or broken skin.', { id: 'technique.plantar-foot-ball.caution.1' }),
        msg('Stop if you feel sharp, burning or tingling pain in the foot.', { id: 'technique.plantar-foot-ball.caution.2' }),
      ],
      // Clinical review: 'lymphoedema' added. Firm pressure on a leg with (or at risk of)
      // lymphoedema, e.g. after groin or pelvic lymph-node surgery, is asked first, as it
      // already is for every pressure technique on the arm.
      askFirst: ['anticoagulants', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain: Superficial Intrinsic Foot Muscles' },
    },
    // Toe-extension self-stretch of the sole (T&S vol. 2, ch. 26). The hold (30 s, 3 times)
    // is general stretching guidance, not from T&S. A gentle stretch with no pressure: only
    // recent-injury and recent-surgery apply.
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
      dose: { kind: 'stretch', holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull along the sole and arch, never a sharp pain.', { id: 'technique.plantar-foot-stretch.feel' }),
      cautions: () => [
        msg('Go only to a gentle pull: with numb feet you may not feel when it is too much.', { id: 'technique.plantar-foot-stretch.caution.1' }),
        msg('Stop if a toe joint is swollen or sharply painful.', { id: 'technique.plantar-foot-stretch.caution.2' }),
      ],
      askFirst: ['recent-injury', 'recent-surgery'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 26, Superficial Intrinsic Foot Muscles' },
    },
  ],
};
