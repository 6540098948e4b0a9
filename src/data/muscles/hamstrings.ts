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
    id: 'hamstrings',
    area: 'hip-leg',
    name: () => msg('Hamstrings', { id: 'muscle.hamstrings.name' }),
    description: () => msg('The three long muscles down the back of your thigh, from the bone you sit on to just below the knee; they bend the knee and straighten the hip.', { id: 'muscle.hamstrings.description' }),
    causes: () => [
      msg('Sitting for long periods, especially on a chair whose edge presses the back of the thigh', { id: 'muscle.hamstrings.cause.1' }),
      msg('Sprinting, kicking or sudden stretches', { id: 'muscle.hamstrings.cause.2' }),
      msg('Sleeping with the knees bent', { id: 'muscle.hamstrings.cause.3' }),
      msg('Seldom bending or stretching the legs fully', { id: 'muscle.hamstrings.cause.4' }),
    ],
    // Travell & Simons: the inner hamstrings' trigger points lie mid to low on the inner back of
    // the thigh, biceps femoris' lower on the outer back of the thigh: two sites.
    triggerPoints: [
      { region: 'back-of-thigh-left', view: 'back', x: 90, y: 272 },
      { region: 'back-of-thigh-left', view: 'back', x: 78, y: 285 },
    ],
    referral: {
      primary: ['buttock-left', 'back-of-thigh-left', 'back-of-knee-left'],
      secondary: ['calf-left'],
    },
    symptoms: () => [
      msg('Pain when sitting, worse on a hard chair', { id: 'muscle.hamstrings.symptom.1' }),
      msg('Tight legs that limit bending forward', { id: 'muscle.hamstrings.symptom.2' }),
      msg('Sleep disturbed by pain', { id: 'muscle.hamstrings.symptom.3' }),
    ],
    techniques: ['hamstrings-ball'],
    cautions: () => [
      msg('Keep the ball off the back of the knee, where nerves and blood vessels run close to the skin.', { id: 'muscle.hamstrings.caution.1' }),
      msg('Move off if you feel tingling, numbness or shooting pain down the leg.', { id: 'muscle.hamstrings.caution.2' }),
      // Red flag for the area: a deep-vein clot can sit in the thigh as well as the calf (NHS
      // "Deep vein thrombosis"); pressing on it is unsafe.
      msg('Do not massage a leg that is swollen, warm, red and painful: it may be a blood clot. Get medical help the same day.', { id: 'muscle.hamstrings.caution.3' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 16, Hamstrings' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain: Hamstrings' },
    ],
  },
  techniques: [
    // Safety: the ball works from just below the buttock to a hand's width above the back of the
    // knee (popliteal fossa: never), and stays off the sitting bone. The sciatic nerve runs down
    // the middle of the back of the thigh: tingling means move the ball (caution 2). Davies' short,
    // slow strokes in one direction (ch. 3) replace the old static 60 s × 3 hold. Thigh work:
    // clot risk and varicose veins are ask-firsts.
    {
      id: 'hamstrings-ball',
      muscle: 'hamstrings',
      tool: 'ball',
      position: 'seated',
      title: () => msg('Hamstrings: ball on a chair', { id: 'technique.hamstrings-ball.title' }),
      steps: () => [
        msg('Sit on a firm chair and place a tennis ball under the back of the thigh on the sore side.', { id: 'technique.hamstrings-ball.step.1' }),
        msg('Let the weight of the leg press down onto the ball; rest your foot on the floor.', { id: 'technique.hamstrings-ball.step.2' }),
        msg('Move the ball a little at a time, from just below the buttock to a hand\'s width above the back of the knee, to find a tender spot.', { id: 'technique.hamstrings-ball.step.3' }),
        msg('Slide your thigh slowly forward a few centimetres over the ball, then lift the leg a little and slide back: that is one stroke. Keep each stroke a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.hamstrings-ball.step.4' }),
        msg('Move on a finger-width and repeat.', { id: 'technique.hamstrings-ball.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tenderness at the back of the thigh, sometimes an ache up into the buttock or down to the back of the knee that eases as you work the spot.', { id: 'technique.hamstrings-ball.feel' }),
      cautions: () => [
        msg('Keep the ball above the back of the knee, where nerves and blood vessels lie close to the skin.', { id: 'technique.hamstrings-ball.caution.1' }),
        msg('Move off if you feel tingling, numbness or shooting pain down the leg.', { id: 'technique.hamstrings-ball.caution.2' }),
        msg('Keep the ball off the bony point you sit on.', { id: 'technique.hamstrings-ball.caution.3' }),
      ],
      // Clinical review: 'lymphoedema' added. Firm pressure on a leg with (or at risk of)
      // lymphoedema, e.g. after groin or pelvic lymph-node surgery, is asked first, as it
      // already is for every pressure technique on the arm.
      askFirst: ['anticoagulants', 'clot-risk', 'varicose-veins', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain: Hamstrings' },
    },
  ],
};
