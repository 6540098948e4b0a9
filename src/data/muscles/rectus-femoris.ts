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
    id: 'rectus-femoris',
    area: 'hip-leg',
    name: () => msg('Rectus femoris', { id: 'muscle.rectus-femoris.name' }),
    description: () => msg('The long muscle down the middle of the front of your thigh, from the front of the pelvis to the kneecap; it straightens the knee and lifts the thigh.', { id: 'muscle.rectus-femoris.description' }),
    causes: () => [
      msg('Sitting for long periods with the hips bent', { id: 'muscle.rectus-femoris.cause.1' }),
      msg('Running, jumping or kicking', { id: 'muscle.rectus-femoris.cause.2' }),
      msg('Squatting or going down stairs a lot', { id: 'muscle.rectus-femoris.cause.3' }),
      msg('A fall on a bent knee', { id: 'muscle.rectus-femoris.cause.4' }),
    ],
    // Travell & Simons: the trigger point lies high, just below the front of the pelvis.
    triggerPoints: [
      { region: 'front-of-thigh-left', view: 'front', x: 120, y: 242 },
    ],
    referral: {
      primary: ['knee-front-left'],
      secondary: ['front-of-thigh-left'],
    },
    symptoms: () => [
      msg('Deep knee ache that can wake you at night', { id: 'muscle.rectus-femoris.symptom.1' }),
      msg('Weak knee going down stairs', { id: 'muscle.rectus-femoris.symptom.2' }),
    ],
    techniques: ['rectus-femoris-foam-roller'],
    cautions: () => [
      // The femoral triangle reaches about a hand's length below the groin crease.
      msg('Do not press into the groin crease or the hand\'s length of thigh just below it: the large blood vessels and nerve of the leg lie close under the skin there.', { id: 'muscle.rectus-femoris.caution.1' }),
      // Clinical review: a hot, swollen joint is a same-day red flag (safety.md; NHS "Septic
      // arthritis"); "a doctor's check" gave no urgency.
      msg('A hot, swollen knee needs a doctor the same day, not massage.', { id: 'muscle.rectus-femoris.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 14, Quadriceps Femoris' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain: Quadriceps' },
    ],
  },
  techniques: [
    // Safety (issue 8, section 3): the roller used to start "just below the hip" and look for a
    // spot "high in the thigh", i.e. in the femoral triangle (femoral artery, vein and nerve),
    // where no roller or ball goes. It now starts a hand's length below the groin crease and
    // stops a hand's width above the kneecap. The high trigger point itself is therefore not
    // reached by this technique (see the review notes). Davies' short, slow strokes in one
    // direction (ch. 3) replace the old static 45 s × 3 hold. Lying on the front with body weight
    // on a roller: pregnancy and osteoporosis; thigh work: clot risk and varicose veins.
    {
      id: 'rectus-femoris-foam-roller',
      muscle: 'rectus-femoris',
      tool: 'foam-roller',
      position: 'lying-front',
      title: () => msg('Rectus femoris: foam roller', { id: 'technique.rectus-femoris-foam-roller.title' }),
      steps: () => [
        msg('Lie face down with a foam roller under the front of the thigh on the sore side, a hand\'s length below the groin crease, never higher.', { id: 'technique.rectus-femoris-foam-roller.step.1' }),
        msg('Take some weight on your forearms so you can control the pressure.', { id: 'technique.rectus-femoris-foam-roller.step.2' }),
        msg('Roll slowly down a few centimetres at a time until you find a tender spot.', { id: 'technique.rectus-femoris-foam-roller.step.3' }),
        msg('Roll slowly a few centimetres over the spot toward the knee, then take your weight onto your forearms and roll back: that is one stroke. Keep each stroke a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.rectus-femoris-foam-roller.step.4' }),
        msg('Move on and repeat down the middle of the thigh, stopping a hand\'s width above the kneecap.', { id: 'technique.rectus-femoris-foam-roller.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tenderness in the front of the thigh, sometimes an ache around the kneecap that eases as you work the spot.', { id: 'technique.rectus-femoris-foam-roller.feel' }),
      cautions: () => [
        msg('Keep the roller at least a hand\'s length below the groin crease: above that, the large blood vessels and nerve of the leg lie close under the skin.', { id: 'technique.rectus-femoris-foam-roller.caution.1' }),
        msg('Do not roll over the kneecap.', { id: 'technique.rectus-femoris-foam-roller.caution.2' }),
      ],
      // Clinical review: 'lymphoedema' added. Firm pressure on a leg with (or at risk of)
      // lymphoedema, e.g. after groin or pelvic lymph-node surgery, is asked first, as it
      // already is for every pressure technique on the arm.
      askFirst: ['anticoagulants', 'osteoporosis', 'pregnancy', 'clot-risk', 'varicose-veins', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 9, Hip, Thigh, and Knee Pain: Quadriceps' },
    },
  ],
};
