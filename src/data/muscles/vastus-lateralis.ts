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
    id: 'vastus-lateralis',
    area: 'hip-leg',
    name: () => msg('Vastus lateralis', { id: 'muscle.vastus-lateralis.name' }),
    description: () => msg('The large muscle along the outside of the thigh; it straightens the knee when you stand up, climb or land.', { id: 'muscle.vastus-lateralis.description' }),
    causes: () => [
      msg('Running, squatting or climbing a lot', { id: 'muscle.vastus-lateralis.cause.1' }),
      msg('Sitting with the knee straight and locked for long periods', { id: 'muscle.vastus-lateralis.cause.2' }),
      msg('A fall or a blow to the side of the thigh', { id: 'muscle.vastus-lateralis.cause.3' }),
      msg('Lying on that side on a hard surface', { id: 'muscle.vastus-lateralis.cause.4' }),
    ],
    // Travell & Simons draw trigger points all along the outer thigh: mid-thigh (front view),
    // low above the outer knee, and at the back edge of the outer thigh (back view).
    triggerPoints: [
      { region: 'outer-thigh-left', view: 'front', x: 132, y: 255 },
      { region: 'outer-thigh-left', view: 'front', x: 130, y: 290 },
      { region: 'outer-thigh-left', view: 'back', x: 67, y: 275 },
    ],
    referral: {
      primary: ['outer-thigh-left', 'outer-knee-left'],
      secondary: ['hip-side-left', 'knee-front-left', 'back-of-knee-left'],
    },
    symptoms: () => [
      msg('A stiff, "stuck" kneecap that makes bending the knee hard', { id: 'muscle.vastus-lateralis.symptom.1' }),
      msg('Pain when lying on the sore side', { id: 'muscle.vastus-lateralis.symptom.2' }),
    ],
    techniques: ['vastus-lateralis-foam-roller'],
    cautions: () => [
      msg('Roll the muscle, not the bony knob at the top of the thigh or the side of the knee.', { id: 'muscle.vastus-lateralis.caution.1' }),
      // Clinical review: a hot, swollen joint is a same-day red flag (safety.md; NHS "Septic
      // arthritis"); "a doctor's check" gave no urgency.
      msg('A hot, swollen knee needs a doctor the same day, not massage.', { id: 'muscle.vastus-lateralis.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 14, Quadriceps Femoris' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain: Quadriceps' },
    ],
  },
  techniques: [
    // Davies' short, slow strokes in one direction (ch. 3) replace the old static 45 s × 3 hold.
    // The outer thigh has no endangerment site; the roller stops above the side of the knee,
    // where the nerve to the shin runs round the top of the fibula. Body weight on a roller:
    // osteoporosis; thigh work: clot risk and varicose veins.
    {
      id: 'vastus-lateralis-foam-roller',
      muscle: 'vastus-lateralis',
      tool: 'foam-roller',
      position: 'lying-side',
      title: () => msg('Vastus lateralis: foam roller', { id: 'technique.vastus-lateralis-foam-roller.title' }),
      // Clinical review: step 1 said "the outer thigh of the lower leg"; "lower leg" means the
      // shin to most readers. It now names the leg you lie on.
      steps: () => [
        msg('Lie on your side with a foam roller under the outer thigh of the leg you are lying on.', { id: 'technique.vastus-lateralis-foam-roller.step.1' }),
        msg('Prop yourself on your forearm and put the other foot on the floor in front to control the pressure.', { id: 'technique.vastus-lateralis-foam-roller.step.2' }),
        msg('Roll slowly, a few centimetres at a time, from below the hip toward the knee.', { id: 'technique.vastus-lateralis-foam-roller.step.3' }),
        msg('When you find a tender spot, roll slowly a few centimetres over it toward the knee, then take weight onto your top foot and roll back: that is one stroke. Keep each stroke a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.vastus-lateralis-foam-roller.step.4' }),
        msg('Roll on and repeat along the whole outer thigh.', { id: 'technique.vastus-lateralis-foam-roller.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tenderness along the outer thigh, sometimes an ache at the outside of the knee that eases as you work the spot.', { id: 'technique.vastus-lateralis-foam-roller.feel' }),
      cautions: () => [
        msg('Roll the muscle, not the bony knob at the top of the thigh or the side of the knee.', { id: 'technique.vastus-lateralis-foam-roller.caution.1' }),
        msg('Ease off with the top foot if the pressure is more than a "good hurt".', { id: 'technique.vastus-lateralis-foam-roller.caution.2' }),
      ],
      // Clinical review: 'lymphoedema' added. Firm pressure on a leg with (or at risk of)
      // lymphoedema, e.g. after groin or pelvic lymph-node surgery, is asked first, as it
      // already is for every pressure technique on the arm.
      askFirst: ['anticoagulants', 'osteoporosis', 'clot-risk', 'varicose-veins', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain: Quadriceps' },
    },
  ],
};
