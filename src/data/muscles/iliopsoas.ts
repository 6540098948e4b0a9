import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Trunk muscles: chest, back and abdomen. Referral patterns follow Travell & Simons' Trigger
 * Point Manual (vol. 1, 2nd ed.; vol. 2, 1st ed.); each technique's dose follows its own source
 * (see `Dose` in types.ts; stretch holds are general guidance, not these books). Written in our
 * own words. Trigger-point coordinates are in the body map's view space
 * (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'iliopsoas',
    area: 'trunk',
    name: () => msg('Iliopsoas', { id: 'muscle.iliopsoas.name' }),
    description: () => msg('A deep muscle pair running from the low spine and the inside of the pelvis, through the groin, to the top of the thigh bone; it lifts the knee and bends you forward at the hip.', { id: 'muscle.iliopsoas.description' }),
    causes: () => [
      msg('Long hours sitting with the hips bent', { id: 'muscle.iliopsoas.cause.1' }),
      msg('Sleeping curled up with the knees drawn to the chest', { id: 'muscle.iliopsoas.cause.2' }),
      msg('Sit-ups with the feet held down, or lots of running and kicking', { id: 'muscle.iliopsoas.cause.3' }),
    ],
    // T&S vol. 2, ch. 5: the psoas and iliacus inside the pelvis and belly (lower abdomen) and
    // the common tendon just below the groin crease (groin). A map marker is not a place to
    // press: the groin site lies in the femoral triangle and is never worked.
    triggerPoints: [
      { region: 'lower-abdomen-left', view: 'front', x: 117, y: 187 },
      { region: 'groin-left', view: 'front', x: 120.5, y: 217.8 },
    ],
    // Essential: a vertical band beside the lumbar spine, and the groin and front of the thigh.
    // Spillover: down to the sacroiliac region and the upper buttock.
    referral: {
      primary: ['low-back-left', 'groin-left', 'front-of-thigh-left'],
      secondary: ['sacrum', 'buttock-left'],
    },
    symptoms: () => [
      msg('Low back pain that is worse when you stand up and eases lying down', { id: 'muscle.iliopsoas.symptom.1' }),
      msg('Trouble standing fully upright or getting up from a deep chair', { id: 'muscle.iliopsoas.symptom.2' }),
    ],
    techniques: ['iliopsoas-fingers', 'iliopsoas-stretch'],
    cautions: () => [
      msg('The main artery of the belly (the aorta) and the arteries to the legs run next to this muscle: press gently, never deep or for long, and move off any pulse.', { id: 'muscle.iliopsoas.caution.1' }),
      msg('Do not press on the abdomen if you are pregnant, have a hernia, or have had abdominal surgery recently.', { id: 'muscle.iliopsoas.caution.2' }),
      // A leaking or swollen aorta (aneurysm) can feel like deep belly or back pain: emergency
      // (NHS "Abdominal aortic aneurysm").
      msg('Belly or groin pain with fever, vomiting or a lump needs a doctor; sudden severe belly or back pain, or a throbbing lump in the belly, needs emergency care.', { id: 'muscle.iliopsoas.caution.3' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 5, Iliopsoas' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain: Iliopsoas' },
    ],
  },
  techniques: [
    // Safety: the old steps sank the fingers "down and slightly inward toward the spine" beside
    // the navel and held them there: deep, sustained abdominal pressure next to the aorta and
    // the iliac arteries, which our rules forbid (gentle, never deep or sustained). The psoas
    // cannot be reached without that depth, so self-care now works the iliacus, the part of this
    // muscle that lines the inside of the hip bone: fingertips curled over the rim just behind
    // the front hip point, pressing outward against the bone, away from the midline and the
    // vessels, in short strokes rather than a hold. Never in the groin crease or the femoral
    // triangle below it. Id kept: the same muscle, tool and position.
    // Dose: Davies' short, slow strokes (ch. 3), not a static hold.
    {
      id: 'iliopsoas-fingers',
      muscle: 'iliopsoas',
      tool: 'fingers',
      position: 'lying-back',
      title: () => msg('Iliopsoas: finger pressure inside the hip bone', { id: 'technique.iliopsoas-fingers.title' }),
      steps: () => [
        msg('Lie on your back with your knees bent and feet flat; empty your bladder first.', { id: 'technique.iliopsoas-fingers.step.1' }),
        msg('Find the bony point at the front of your hip. Just above and behind it, curl your fingertips over the rim of the hip bone so they rest on its inner side.', { id: 'technique.iliopsoas-fingers.step.2' }),
        msg('Press gently outward against the inside of the bone, toward your side, not down into the belly or toward the belly button; the muscle lies on the bone there.', { id: 'technique.iliopsoas-fingers.step.3' }),
        msg('Lift the knee a little: you should feel the muscle tighten under your fingers.', { id: 'technique.iliopsoas-fingers.step.4' }),
        msg('Make 10 short, slow strokes along the inside of the rim at a gentle "good hurt", no more than 5 out of 10, then let go; do not hold the pressure.', { id: 'technique.iliopsoas-fingers.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tenderness just inside the hip bone, sometimes an ache in the low back, groin or front of the thigh, that eases over the strokes.', { id: 'technique.iliopsoas-fingers.feel' }),
      cautions: () => [
        msg('If you feel a pulse under your fingers (the aorta or a leg artery), move off it at once.', { id: 'technique.iliopsoas-fingers.caution.1' }),
        // Clinical review: a transplanted kidney sits in the lower belly right over this muscle
        // (caution 2, and 'kidney' below). The nerve that passes just inside the front hip point
        // (lateral femoral cutaneous) supplies the OUTER thigh, so caution 3 names both.
        msg('Not in pregnancy, with a hernia, after recent abdominal surgery, or over a transplanted kidney.', { id: 'technique.iliopsoas-fingers.caution.2' }),
        msg('Stop if you feel sharp pain, nausea, or tingling or burning over the front or outer thigh.', { id: 'technique.iliopsoas-fingers.caution.3' }),
        msg('Never press in the groin crease or the hand\'s length below it, where the artery, vein and nerve to the leg run.', { id: 'technique.iliopsoas-fingers.caution.4' }),
      ],
      // Abdominal and groin-side work (pregnancy, lymphoedema of the leg or after pelvic or
      // groin lymph-node surgery). Clinical review: 'kidney' added, a transplanted kidney lies
      // in the lower belly over the iliacus.
      askFirst: ['anticoagulants', 'pregnancy', 'lymphoedema', 'kidney', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain: Iliopsoas' },
    },
    // Kneeling lunge: T&S vol. 2, ch. 5 stretch this muscle in hip extension; the hold is
    // general stretching guidance, not theirs. Pelvis tucked so the low back does not arch.
    {
      id: 'iliopsoas-stretch',
      muscle: 'iliopsoas',
      tool: 'stretch',
      position: 'kneeling',
      title: () => msg('Iliopsoas: kneeling lunge stretch', { id: 'technique.iliopsoas-stretch.title' }),
      steps: () => [
        msg('Kneel on the knee of the sore side on a cushion, with the other foot flat in front of you.', { id: 'technique.iliopsoas-stretch.step.1' }),
        msg('Tuck your tailbone under and tighten your buttocks, keeping your trunk upright.', { id: 'technique.iliopsoas-stretch.step.2' }),
        msg('Shift your hips slowly forward until you feel a stretch at the front of the hip and groin.', { id: 'technique.iliopsoas-stretch.step.3' }),
        msg('Hold a chair or wall for balance and breathe slowly.', { id: 'technique.iliopsoas-stretch.step.4' }),
      ],
      dose: { kind: 'stretch', holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A stretch deep in the front of the hip and groin, without pinching in the low back.', { id: 'technique.iliopsoas-stretch.feel' }),
      cautions: () => [
        msg('Do not arch your low back to go further; stop if the back pinches.', { id: 'technique.iliopsoas-stretch.caution.1' }),
        msg('Pad the kneeling knee, or stand in a lunge instead if kneeling hurts.', { id: 'technique.iliopsoas-stretch.caution.2' }),
        msg('After recent abdominal or hip surgery, or late in pregnancy, ask your doctor before doing this stretch.', { id: 'technique.iliopsoas-stretch.caution.3' }),
      ],
      // A strong stretch across the front of the trunk and hip (pregnancy).
      askFirst: ['pregnancy', 'recent-injury', 'recent-surgery', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 5, Iliopsoas' },
    },
  ],
};
