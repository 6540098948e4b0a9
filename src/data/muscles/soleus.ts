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
    // T&S vol. 2, ch. 22: TrP1, the most common, low in the calf a little above the start of
    // the Achilles tendon, slightly to the inner side (larger x in the back view); TrP2 high
    // on the outer side of the calf, below the head of the fibula.
    triggerPoints: [
      { region: 'calf-left', view: 'back', x: 91, y: 370 },
      { region: 'calf-left', view: 'back', x: 76, y: 348 },
    ],
    // T&S vol. 2, ch. 22: TrP1 refers to the back and underside of the heel and the lower
    // Achilles tendon (ankle region in the back view); TrP2 to the upper calf (essential, as
    // issue 8 asks). Spillover: the sole next to the heel; TrP3 rarely to the sacroiliac joint.
    referral: {
      primary: ['heel-left', 'ankle-left', 'calf-left'],
      secondary: ['sole-left', 'sacrum'],
    },
    symptoms: () => [
      msg('Heel pain, worst with the first steps', { id: 'muscle.soleus.symptom.1' }),
      msg('Difficulty walking up slopes and stairs', { id: 'muscle.soleus.symptom.2' }),
      msg('Stiff ankle that will not bend up fully', { id: 'muscle.soleus.symptom.3' }),
    ],
    techniques: ['soleus-ball', 'soleus-stretch'],
    cautions: () => [
      // Red flags (safety.md; NHS "Deep vein thrombosis", "Pulmonary embolism"). The soleus
      // holds the deep calf veins where most leg clots start.
      msg('One calf that is swollen, warm, red or painful may be a blood clot: do not massage or stretch it, and see a doctor the same day. Call emergency services if you are also short of breath, have chest pain or cough up blood.', { id: 'muscle.soleus.caution.1' }),
      msg('Never press on varicose veins; work around them.', { id: 'muscle.soleus.caution.2' }),
      // Popliteal fossa (endangerment site): the top of the soleus reaches up behind the knee.
      msg('Never press the back of the knee: an artery, a vein and a nerve lie just under the skin there.', { id: 'muscle.soleus.caution.3' }),
      // NHS "Achilles tendon rupture": urgent treatment centre or A&E.
      msg('A sudden snap or kick-like pain above the heel may be a torn Achilles tendon: do not massage or stretch it, and get it checked the same day.', { id: 'muscle.soleus.caution.4' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 22, Soleus and Plantaris' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain: Soleus and Plantaris' },
    ],
  },
  techniques: [
    // Davies-sourced: short, slow strokes in one direction (not a static hold), 12 per spot,
    // several short sessions a day. Safety changes: the ball sits beside the Achilles tendon,
    // not on it; extra weight from the other leg only if needed; stays well below the back of
    // the knee; off varicose veins; no work on a calf with signs of a clot. osteoporosis: body
    // weight on the ball and on the hands.
    {
      id: 'soleus-ball',
      muscle: 'soleus',
      tool: 'ball',
      position: 'seated',
      title: () => msg('Soleus: ball under the lower calf', { id: 'technique.soleus-ball.title' }),
      steps: () => [
        msg('Sit on the floor with a tennis ball under the lower calf of the sore leg, about a hand\'s width above the heel, beside the Achilles tendon rather than on it.', { id: 'technique.soleus-ball.step.1' }),
        msg('Lean back on your hands; if you need more pressure, rest the other leg on top.', { id: 'technique.soleus-ball.step.2' }),
        msg('Shift the ball a little toward the inner or outer edge of the calf to find a tender spot.', { id: 'technique.soleus-ball.step.3' }),
        msg('Slide the leg slowly so the ball rolls over the spot a few centimetres in one direction only, at a "good hurt" of about 5 to 7 out of 10, never sharp; lift the leg, go back and repeat.', { id: 'technique.soleus-ball.step.4' }),
        // Safety (clinical review): the common fibular nerve winds just below the bony knob on the
        // outside of the knee; the ball stays a hand's width below it and below the back of the knee.
        msg('Move a finger-width higher and repeat, staying at least a hand\'s width below the back of the knee and below the bony knob on the outside of the knee.', { id: 'technique.soleus-ball.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 12, holdSeconds: 60, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('A tender, aching spot in the lower calf, sometimes with an ache at the heel, that eases after a few strokes.', { id: 'technique.soleus-ball.feel' }),
      cautions: () => [
        msg('Do not use the ball on a calf that is swollen, warm or red (a possible blood clot).', { id: 'technique.soleus-ball.caution.1' }),
        msg('Keep the ball off the Achilles tendon and off varicose veins.', { id: 'technique.soleus-ball.caution.2' }),
      ],
      // Clinical review: 'lymphoedema' added. Firm pressure on a leg with (or at risk of)
      // lymphoedema, e.g. after groin or pelvic lymph-node surgery, is asked first, as it
      // already is for every pressure technique on the arm.
      askFirst: ['anticoagulants', 'osteoporosis', 'clot-risk', 'varicose-veins', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain: Soleus and Plantaris' },
    },
    // Bent-knee self-stretch as T&S vol. 2, ch. 22 describe it. The hold (30 s, 3 times) is
    // general stretching guidance, not from T&S. No pressure, so no varicose-veins or
    // anticoagulants entry; clot-risk stays (calf pain in someone at risk should be checked).
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
      dose: { kind: 'stretch', holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull low in the calf and above the heel, never a sharp pain.', { id: 'technique.soleus-stretch.feel' }),
      cautions: () => [
        msg('Do not stretch a calf that is swollen, warm or red (a possible blood clot), or one hurt in the last few days.', { id: 'technique.soleus-stretch.caution.1' }),
        msg('Stop if you feel a sharp pain at the heel or the Achilles tendon.', { id: 'technique.soleus-stretch.caution.2' }),
      ],
      askFirst: ['clot-risk', 'recent-injury', 'recent-surgery'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 22, Soleus and Plantaris' },
    },
  ],
};
