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
    id: 'vastus-medialis',
    area: 'hip-leg',
    name: () => msg('Vastus medialis', { id: 'muscle.vastus-medialis.name' }),
    description: () => msg('The teardrop-shaped muscle on the inner front of the thigh just above the knee; it straightens the knee and keeps the kneecap on track.', { id: 'muscle.vastus-medialis.description' }),
    causes: () => [
      msg('Kneeling or squatting for long periods', { id: 'muscle.vastus-medialis.cause.1' }),
      msg('Running, jogging or skiing', { id: 'muscle.vastus-medialis.cause.2' }),
      msg('A fall on the knee or a twisted knee', { id: 'muscle.vastus-medialis.cause.3' }),
      msg('Flat, rolling-in feet', { id: 'muscle.vastus-medialis.cause.4' }),
    ],
    // Travell & Simons draw two trigger points: a distal one just above the inner knee and a
    // proximal one higher on the inner thigh (added here as a separate area).
    triggerPoints: [
      { region: 'inner-knee-left', view: 'front', x: 106.2, y: 316 },
      { region: 'inner-thigh-left', view: 'front', x: 108, y: 285 },
    ],
    referral: {
      primary: ['knee-front-left', 'inner-knee-left'],
      secondary: ['inner-thigh-left'],
    },
    symptoms: () => [
      msg('A knee that suddenly gives way when you walk', { id: 'muscle.vastus-medialis.symptom.1' }),
      msg('Knee ache that can wake you at night', { id: 'muscle.vastus-medialis.symptom.2' }),
    ],
    techniques: ['vastus-medialis-fingers'],
    cautions: () => [
      msg('Press the muscle above the knee, not the kneecap or the joint itself.', { id: 'muscle.vastus-medialis.caution.1' }),
      // Clinical review: a hot, swollen joint is a same-day red flag (safety.md; NHS "Septic
      // arthritis"); a locking knee is not, so the two are now told apart.
      msg('A hot, swollen knee needs a doctor the same day; a knee that locks should also be checked by a doctor.', { id: 'muscle.vastus-medialis.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 14, Quadriceps Femoris' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain: Quadriceps' },
    ],
  },
  techniques: [
    // Safety (issue 8, section 3): step 5 used to send the thumbs "up the inner thigh", which
    // follows the femoral vessels in the adductor canal. The work now stays on the bulge within a
    // hand's width above the kneecap. Varicose veins are common on the inner knee and thigh
    // (caution 3). Davies' short, slow strokes in one direction (ch. 3) replace the old static
    // 45 s × 3 hold. Thigh work: clot risk and varicose veins are ask-firsts.
    {
      id: 'vastus-medialis-fingers',
      muscle: 'vastus-medialis',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Vastus medialis: thumb pressure', { id: 'technique.vastus-medialis-fingers.title' }),
      steps: () => [
        msg('Sit with the sore leg straight out in front and the muscles relaxed.', { id: 'technique.vastus-medialis-fingers.step.1' }),
        msg('Find the soft bulge on the inner front of the thigh, just above the knee.', { id: 'technique.vastus-medialis-fingers.step.2' }),
        msg('Press into it with both thumbs, one on top of the other, and search for a tender spot.', { id: 'technique.vastus-medialis-fingers.step.3' }),
        msg('Glide your thumbs slowly a few centimetres over the spot, then lift off and start again: that is one stroke, always in the same direction. Keep each stroke a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.vastus-medialis-fingers.step.4' }),
        msg('Move a finger-width at a time over the bulge, up to a hand\'s width above the kneecap; do not work higher up the inner thigh, where large blood vessels run.', { id: 'technique.vastus-medialis-fingers.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tenderness above the inner knee, sometimes an ache at the front of the knee that eases as you work the spot.', { id: 'technique.vastus-medialis-fingers.feel' }),
      cautions: () => [
        msg('Press the muscle only, not the kneecap or the joint line.', { id: 'technique.vastus-medialis-fingers.caution.1' }),
        // Clinical review: same-day urgency for a hot, swollen knee (safety.md).
        msg('Stop if the knee becomes hot or swollen, and see a doctor the same day.', { id: 'technique.vastus-medialis-fingers.caution.2' }),
        msg('Do not press on varicose veins, which are common on the inner knee and thigh.', { id: 'technique.vastus-medialis-fingers.caution.3' }),
      ],
      // Clinical review: 'lymphoedema' added. Firm pressure on a leg with (or at risk of)
      // lymphoedema, e.g. after groin or pelvic lymph-node surgery, is asked first, as it
      // already is for every pressure technique on the arm.
      askFirst: ['anticoagulants', 'clot-risk', 'varicose-veins', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain: Quadriceps' },
    },
  ],
};
