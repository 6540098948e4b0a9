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
    // T&S vol. 2, ch. 21: the most common trigger points lie in the upper calf, in the inner
    // (medial) head and the outer (lateral) head. The back view shows the person's left on the
    // viewer's left, so the inner head is the one nearer the midline (larger x). The heads'
    // trigger points at the back of the knee are deliberately not marked: no one presses there,
    // and the back of the knee stays in the referral pattern.
    triggerPoints: [
      { region: 'calf-left', view: 'back', x: 92, y: 340 },
      { region: 'calf-left', view: 'back', x: 79, y: 340 },
    ],
    // T&S vol. 2, ch. 21: inner-head trigger points refer to the instep (arch of the sole);
    // the others to the calf around them and to the back of the knee; spillover down the inner
    // calf to the ankle.
    referral: {
      primary: ['sole-left', 'calf-left', 'back-of-knee-left'],
      secondary: ['ankle-left'],
    },
    symptoms: () => [
      msg('Calf cramps at night', { id: 'muscle.gastrocnemius.symptom.1' }),
    ],
    techniques: ['gastrocnemius-stretch', 'gastrocnemius-foam-roller'],
    cautions: () => [
      // Red flags (safety.md; NHS "Deep vein thrombosis", "Pulmonary embolism"): one swollen,
      // warm, red, painful calf → same day; with breathlessness, chest pain or coughing blood
      // → emergency.
      msg('One calf that is swollen, warm, red or painful may be a blood clot: do not massage or stretch it, and see a doctor the same day. Call emergency services if you are also short of breath, have chest pain or cough up blood.', { id: 'muscle.gastrocnemius.caution.1' }),
      // Popliteal fossa: popliteal artery and vein, tibial nerve (endangerment site).
      msg('Never press the back of the knee: an artery, a vein and a nerve lie just under the skin there.', { id: 'muscle.gastrocnemius.caution.2' }),
      msg('Never press on varicose veins; work around them.', { id: 'muscle.gastrocnemius.caution.3' }),
      // A torn calf muscle ("tennis leg") or Achilles tendon needs checking, not massage
      // (NHS "Achilles tendon rupture": urgent treatment centre or A&E).
      msg('A sudden sharp pain in the calf or above the heel during sport, as if you had been kicked, may be a tear: do not massage or stretch it, and get it checked the same day.', { id: 'muscle.gastrocnemius.caution.4' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 21, Gastrocnemius' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain: Gastrocnemius' },
    ],
  },
  techniques: [
    // Self-stretch as T&S vol. 2, ch. 21 describe it (straight knee, heel down). The hold
    // (30 s, 3 times) is general stretching guidance, not from T&S. A stretch puts no pressure
    // on the veins, so no varicose-veins or anticoagulants entry; clot-risk stays because
    // calf pain in someone at risk of a clot should be checked before it is treated.
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
      dose: { kind: 'stretch', holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull in the upper calf and behind the knee, never a sharp pain.', { id: 'technique.gastrocnemius-stretch.feel' }),
      cautions: () => [
        msg('Do not stretch a calf that is swollen, warm or red (a possible blood clot), or one hurt in the last few days.', { id: 'technique.gastrocnemius-stretch.caution.1' }),
        msg('Stretch gently, without bouncing, to avoid bringing on a cramp.', { id: 'technique.gastrocnemius-stretch.caution.2' }),
      ],
      askFirst: ['clot-risk', 'recent-injury', 'recent-surgery'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 21, Gastrocnemius' },
    },
    // Davies-sourced stroke method (short, slow strokes in one direction, 12 per spot, several
    // short sessions a day) done with a roller; the roller is our tool choice (open question in
    // the review notes). Safety changes: the roller starts a hand's width below the crease at
    // the back of the knee (popliteal artery, vein and tibial nerve) and never rolls into it;
    // extra weight from the other leg only if comfortable; off varicose veins; stop at signs of
    // a clot. osteoporosis: body weight on the roller and on the hands.
    {
      id: 'gastrocnemius-foam-roller',
      muscle: 'gastrocnemius',
      tool: 'foam-roller',
      position: 'seated',
      title: () => msg('Gastrocnemius: foam roller', { id: 'technique.gastrocnemius-foam-roller.title' }),
      steps: () => [
        msg('Sit on the floor with a foam roller under the sore calf, at least a hand\'s width below the crease at the back of the knee.', { id: 'technique.gastrocnemius-foam-roller.step.1' }),
        msg('Lean back on your hands and lift your hips a little to add weight; rest the other leg on top only if that still feels comfortable.', { id: 'technique.gastrocnemius-foam-roller.step.2' }),
        msg('Turn the leg a little inward or outward to find a tender spot in the inner or outer half of the calf.', { id: 'technique.gastrocnemius-foam-roller.step.3' }),
        msg('Roll slowly over the spot, a few centimetres in one direction only, at a "good hurt" of about 5 to 7 out of 10, never sharp; then lift the leg, go back and repeat.', { id: 'technique.gastrocnemius-foam-roller.step.4' }),
        // Safety (clinical review): the common fibular nerve lies just below the bony knob on the
        // outside of the knee.
        msg('Move on to the next tender spot, never into the back of the knee and at least a hand\'s width below the bony knob on the outside of the knee.', { id: 'technique.gastrocnemius-foam-roller.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 12, holdSeconds: 60, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('A tender, aching spot in the upper calf, sometimes with an ache toward the arch of the foot or behind the knee, that eases after a few strokes.', { id: 'technique.gastrocnemius-foam-roller.feel' }),
      cautions: () => [
        msg('Keep the roller at least a hand\'s width below the back of the knee, where an artery, a vein and a nerve lie close to the surface.', { id: 'technique.gastrocnemius-foam-roller.caution.1' }),
        msg('Roll around varicose veins, never over them, and stop if the calf is swollen, warm or red (a possible blood clot).', { id: 'technique.gastrocnemius-foam-roller.caution.2' }),
      ],
      // Clinical review: 'lymphoedema' added. Firm pressure on a leg with (or at risk of)
      // lymphoedema, e.g. after groin or pelvic lymph-node surgery, is asked first, as it
      // already is for every pressure technique on the arm.
      askFirst: ['anticoagulants', 'osteoporosis', 'clot-risk', 'varicose-veins', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain: Gastrocnemius' },
    },
  ],
};
