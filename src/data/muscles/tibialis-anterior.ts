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
    id: 'tibialis-anterior',
    area: 'hip-leg',
    name: () => msg('Tibialis anterior', { id: 'muscle.tibialis-anterior.name' }),
    description: () => msg('The muscle just to the outside of your shinbone on the front of the lower leg; it lifts the foot and toes so they clear the ground.', { id: 'muscle.tibialis-anterior.description' }),
    causes: () => [
      msg('Walking on uneven ground or slopes', { id: 'muscle.tibialis-anterior.cause.1' }),
      msg('Running or a sudden increase in walking or running', { id: 'muscle.tibialis-anterior.cause.2' }),
      msg('Catching the toes and tripping, or spraining the ankle', { id: 'muscle.tibialis-anterior.cause.3' }),
      msg('Driving with the foot held up off the pedal', { id: 'muscle.tibialis-anterior.cause.4' }),
    ],
    // T&S vol. 2, ch. 19: the trigger points lie in the upper third of the muscle, just
    // outside the shinbone (the shin region on our map).
    triggerPoints: [
      { region: 'shin-left', view: 'front', x: 113, y: 340 },
    ],
    // T&S vol. 2, ch. 19: essential zone the front-inner ankle and the big toe; spillover
    // down the shin from the trigger point and over the top of the foot.
    referral: {
      primary: ['ankle-left', 'toes-left'],
      secondary: ['shin-left', 'top-of-foot-left'],
    },
    symptoms: () => [
      // A foot that "slaps down" (foot drop) is a nerve sign: moved to the cautions below.
      msg('A weak-feeling ankle, catching the toes or tripping', { id: 'muscle.tibialis-anterior.symptom.1' }),
    ],
    techniques: ['tibialis-anterior-fingers'],
    cautions: () => [
      msg('Press the muscle beside the shinbone, never the bone itself.', { id: 'muscle.tibialis-anterior.caution.1' }),
      // Acute compartment syndrome is an emergency (NHS: "Compartment syndrome").
      msg('If the front of your shin becomes very painful, tight and swollen during or after exercise, or the foot goes numb or weak, do not massage it: get emergency care.', { id: 'muscle.tibialis-anterior.caution.2' }),
      // New foot drop is a nerve problem (fibular nerve or lower-back nerve root), not a knot;
      // progressive weakness is a same-day red flag (safety.md).
      msg('A foot that newly drops, drags or slaps down, or numbness on the top of the foot, is more likely a nerve problem than a knot: see a doctor the same day.', { id: 'muscle.tibialis-anterior.caution.3' }),
      // NHS "Stress fractures": bone pain on pressing or hopping that grows with each run.
      msg('A spot on the bone that hurts to press or to hop on, and gets worse with each run, may be a stress fracture: stop running and see a doctor.', { id: 'muscle.tibialis-anterior.caution.4' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 19, Tibialis Anterior' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain: Tibialis Anterior' },
    ],
  },
  techniques: [
    // Davies-sourced: short, slow strokes in one direction (not a static hold), 10 per spot,
    // several short sessions a day. Safety: thumbs stay on the muscle, off the shinbone and
    // off varicose veins; numbness or tingling on the top of the foot stops the work (the deep
    // fibular nerve runs under this muscle). askFirst includes clot-risk and varicose-veins:
    // the lower leg has deep veins at the front too, and shin pain in someone at clot risk
    // should be checked before it is massaged (cautious choice).
    {
      id: 'tibialis-anterior-fingers',
      muscle: 'tibialis-anterior',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Tibialis anterior: thumb strokes', { id: 'technique.tibialis-anterior-fingers.title' }),
      steps: () => [
        msg('Sit with the sore leg bent and the foot flat on the floor.', { id: 'technique.tibialis-anterior-fingers.step.1' }),
        msg('Find the muscle just to the outside of the shinbone, in the upper third of the lower leg; it tightens when you lift your toes.', { id: 'technique.tibialis-anterior-fingers.step.2' }),
        msg('Press into the muscle with one thumb, the other thumb on top for support, and find a tender spot.', { id: 'technique.tibialis-anterior-fingers.step.3' }),
        msg('Stroke slowly over the spot, about a thumb\'s length in one direction only, at a "good hurt" of about 5 to 7 out of 10, never sharp; lift off and start again.', { id: 'technique.tibialis-anterior-fingers.step.4' }),
        msg('Work down the muscle a finger-width at a time, staying off the bone.', { id: 'technique.tibialis-anterior-fingers.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('A tender, aching spot beside the shinbone, sometimes with an ache at the front of the ankle or in the big toe, that eases after a few strokes.', { id: 'technique.tibialis-anterior-fingers.feel' }),
      cautions: () => [
        msg('Work around varicose veins, bruises or broken skin, never over them.', { id: 'technique.tibialis-anterior-fingers.caution.1' }),
        msg('Stop if the top of the foot tingles or goes numb, or if the shin is more painful or swollen afterwards.', { id: 'technique.tibialis-anterior-fingers.caution.2' }),
      ],
      // Clinical review: 'lymphoedema' added. Firm pressure on a leg with (or at risk of)
      // lymphoedema, e.g. after groin or pelvic lymph-node surgery, is asked first, as it
      // already is for every pressure technique on the arm.
      askFirst: ['anticoagulants', 'clot-risk', 'varicose-veins', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain: Tibialis Anterior' },
    },
  ],
};
