import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Hip and leg muscles. Referral patterns follow Travell & Simons' Trigger Point Manual (vol. 2,
 * 1st ed.); each technique's dose follows its own source (see `Dose` in types.ts). Written in
 * our own words. Trigger-point coordinates are in the body map's view space
 * (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'adductors',
    area: 'hip-leg',
    name: () => msg('Adductors', { id: 'muscle.adductors.name' }),
    description: () => msg('The group of muscles on the inner thigh, from the pubic bone down to the thigh bone; they pull the legs together and steady the pelvis.', { id: 'muscle.adductors.description' }),
    causes: () => [
      msg('A sudden slip or overload, such as catching yourself on ice or kicking', { id: 'muscle.adductors.cause.1' }),
      msg('Horse riding, skiing or sports with quick side steps', { id: 'muscle.adductors.cause.2' }),
      msg('Sitting for long periods with the knees crossed', { id: 'muscle.adductors.cause.3' }),
      msg('Climbing stairs or hills', { id: 'muscle.adductors.cause.4' }),
    ],
    // Travell & Simons: adductor longus and brevis trigger points high on the inner thigh;
    // adductor magnus ones lower, toward mid-thigh (added as a second site).
    triggerPoints: [
      { region: 'inner-thigh-left', view: 'front', x: 107.3, y: 240.6 },
      { region: 'inner-thigh-left', view: 'front', x: 105, y: 268 },
    ],
    referral: {
      primary: ['groin-left', 'inner-thigh-left', 'inner-knee-left'],
      secondary: ['shin-left', 'front-of-thigh-left'],
    },
    symptoms: () => [
      msg('Groin pain during activity', { id: 'muscle.adductors.symptom.1' }),
      msg('Stiffness spreading the legs apart', { id: 'muscle.adductors.symptom.2' }),
    ],
    techniques: ['adductors-fingers'],
    cautions: () => [
      // The femoral vessels run from the middle of the groin crease down the front-inner thigh
      // (femoral triangle, then adductor canal) toward the inside of the knee.
      msg('Do not press into the groin crease or along the line from its middle down toward the inside of the knee: the large blood vessels and nerves of the leg run there, with lymph glands in the groin.', { id: 'muscle.adductors.caution.1' }),
      msg('A lump in the groin that swells when you cough may be a hernia: see a doctor.', { id: 'muscle.adductors.caution.2' }),
      // Red flag for the area: a deep-vein clot can sit in the thigh (NHS "Deep vein thrombosis").
      msg('Do not massage a leg that is swollen, warm, red and painful: it may be a blood clot. Get medical help the same day.', { id: 'muscle.adductors.caution.3' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 15, Adductors of the Hip' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain: Adductors' },
    ],
  },
  techniques: [
    // Safety (issue 8, section 3): the old steps pressed thumbs or knuckles into the inner thigh
    // and worked straight down it, i.e. along the femoral vessels (femoral triangle, then the
    // adductor canal). Now: gentle pressure with the flat of the fingers only, from a hand's width
    // below the groin crease, on the side of the thigh away from the vessel line, moving toward
    // the back of the thigh if a pulse is felt. The pressure is capped lower than elsewhere
    // ("no more than 5 out of 10") because of the vessels and nerves nearby. Davies' short, slow
    // strokes in one direction (ch. 3) replace the old static 45 s × 3 hold. Groin and thigh
    // work: pregnancy, clot risk, varicose veins and lymphoedema are ask-firsts.
    {
      id: 'adductors-fingers',
      muscle: 'adductors',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Adductors: gentle finger pressure', { id: 'technique.adductors-fingers.title' }),
      steps: () => [
        msg('Sit with the sore leg bent and let the knee fall out to the side, resting on a cushion.', { id: 'technique.adductors-fingers.step.1' }),
        msg('Find the muscles on the inner side of the thigh, from a hand\'s width below the groin crease down toward the knee.', { id: 'technique.adductors-fingers.step.2' }),
        msg('Keep away from the line that runs from the middle of the groin crease down toward the inside of the knee: the large blood vessels run there. Work on the part of the inner thigh nearer the back of the leg.', { id: 'technique.adductors-fingers.step.3' }),
        msg('Press gently with the flat of your fingers and glide slowly a few centimetres along the muscle, then lift off and start again: that is one stroke, always in the same direction.', { id: 'technique.adductors-fingers.step.4' }),
        msg('Keep it gentle, a mild ache of no more than 5 out of 10, never sharp, and move a finger-width at a time.', { id: 'technique.adductors-fingers.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Mild tenderness in the inner thigh, sometimes an ache into the groin or down to the inner knee that eases as you work the spot.', { id: 'technique.adductors-fingers.feel' }),
      cautions: () => [
        msg('Stay out of the groin crease; if you feel a pulse under your fingers, move away toward the back of the thigh.', { id: 'technique.adductors-fingers.caution.1' }),
        msg('Avoid pressing on varicose veins.', { id: 'technique.adductors-fingers.caution.2' }),
      ],
      askFirst: ['anticoagulants', 'pregnancy', 'clot-risk', 'varicose-veins', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain: Adductors' },
    },
  ],
};
