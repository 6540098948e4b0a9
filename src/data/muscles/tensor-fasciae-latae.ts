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
    id: 'tensor-fasciae-latae',
    area: 'hip-leg',
    name: () => msg('Tensor fasciae latae', { id: 'muscle.tensor-fasciae-latae.name' }),
    description: () => msg('A short muscle on the front outer corner of the hip, just below the bony point of the pelvis; it helps lift the thigh and steadies the hip and knee through a long band down the outer thigh.', { id: 'muscle.tensor-fasciae-latae.description' }),
    causes: () => [
      msg('Sitting for long periods with the hips bent', { id: 'muscle.tensor-fasciae-latae.cause.1' }),
      msg('Sleeping curled up on your side', { id: 'muscle.tensor-fasciae-latae.cause.2' }),
      msg('Running or walking a lot, especially on slopes', { id: 'muscle.tensor-fasciae-latae.cause.3' }),
      msg('Flat, rolling-in feet', { id: 'muscle.tensor-fasciae-latae.cause.4' }),
    ],
    triggerPoints: [
      { region: 'hip-side-left', view: 'front', x: 135, y: 222 },
    ],
    referral: {
      primary: ['hip-side-left', 'outer-thigh-left'],
      secondary: ['outer-knee-left'],
    },
    symptoms: () => [
      msg('Pain when lying on the sore side', { id: 'muscle.tensor-fasciae-latae.symptom.1' }),
      msg('Hip pain when walking fast or after sitting long', { id: 'muscle.tensor-fasciae-latae.symptom.2' }),
    ],
    techniques: ['tensor-fasciae-latae-ball'],
    cautions: () => [
      msg('Stay on the outer front of the hip; do not press into the crease of the groin, where you can feel a pulse.', { id: 'muscle.tensor-fasciae-latae.caution.1' }),
    ],
    // Chapter fixed (issue 8, section 6): tensor fasciae latae is ch. 12 of vol. 2, not ch. 11.
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 12, Tensor Fasciae Latae' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain: Tensor Fasciae Latae' },
    ],
  },
  techniques: [
    // Davies' short, slow strokes in one direction (ch. 3) replace the old static 60 s × 3 hold.
    // The muscle lies outside the groin (femoral triangle) but a ball under body weight can drift
    // inward: step 5 keeps it to the outside of the bony point. Lying on the front with body
    // weight on a ball: pregnancy and osteoporosis are ask-firsts.
    {
      id: 'tensor-fasciae-latae-ball',
      muscle: 'tensor-fasciae-latae',
      tool: 'ball',
      position: 'lying-front',
      title: () => msg('Tensor fasciae latae: ball on the floor', { id: 'technique.tensor-fasciae-latae-ball.title' }),
      steps: () => [
        msg('Find the bony point at the front of your pelvis; the muscle lies just below and to the outside of it.', { id: 'technique.tensor-fasciae-latae-ball.step.1' }),
        msg('Lie face down, turned a little onto the sore side, with a tennis ball under that spot.', { id: 'technique.tensor-fasciae-latae-ball.step.2' }),
        msg('Let your weight sink onto the ball and shift slowly until you find a tender spot.', { id: 'technique.tensor-fasciae-latae-ball.step.3' }),
        msg('Shift your body slowly so the ball rolls a few centimetres over the spot, then ease your weight off and go back: that is one stroke. Keep each stroke a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.tensor-fasciae-latae-ball.step.4' }),
        msg('Move a finger-width at a time and repeat, always staying to the outside of the bony point, never toward the groin.', { id: 'technique.tensor-fasciae-latae-ball.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tenderness at the front outer hip, sometimes an ache down the outer thigh that eases as you work the spot.', { id: 'technique.tensor-fasciae-latae-ball.feel' }),
      cautions: () => [
        msg('Keep the ball out of the groin crease, where you can feel a pulse.', { id: 'technique.tensor-fasciae-latae-ball.caution.1' }),
        msg('Move off if you feel tingling or burning over the outer thigh.', { id: 'technique.tensor-fasciae-latae-ball.caution.2' }),
      ],
      // Clinical review: 'lymphoedema' added. Firm pressure on a leg with (or at risk of)
      // lymphoedema, e.g. after groin or pelvic lymph-node surgery, is asked first, as it
      // already is for every pressure technique on the arm.
      askFirst: ['anticoagulants', 'osteoporosis', 'pregnancy', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain: Tensor Fasciae Latae' },
    },
  ],
};
