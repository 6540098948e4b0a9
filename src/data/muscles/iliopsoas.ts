import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Trunk muscles: chest, back and abdomen. Referral patterns and doses follow Travell & Simons'
 * Trigger Point Manual (vols. 1 and 2) and Davies' Trigger Point Therapy Workbook, written in
 * our own words. Trigger-point coordinates are in the body map's view space
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
    triggerPoints: [
      { region: 'lower-abdomen-left', view: 'front', x: 117, y: 187 },
      { region: 'groin-left', view: 'front', x: 120.5, y: 217.8 },
    ],
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
      msg('The main artery of the belly (the aorta) and the arteries to the legs run nearby: if you feel a pulse under your fingers, move off it.', { id: 'muscle.iliopsoas.caution.1' }),
      msg('Do not press on the abdomen if you are pregnant, have a hernia, or have had abdominal surgery recently.', { id: 'muscle.iliopsoas.caution.2' }),
      msg('Belly or groin pain with fever, vomiting or a lump needs a doctor, not massage.', { id: 'muscle.iliopsoas.caution.3' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 5' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain' },
    ],
  },
  techniques: [
    {
      id: 'iliopsoas-fingers',
      muscle: 'iliopsoas',
      tool: 'fingers',
      position: 'lying-back',
      title: () => msg('Iliopsoas: finger pressure', { id: 'technique.iliopsoas-fingers.title' }),
      steps: () => [
        msg('Lie on your back with your knees bent and feet flat; empty your bladder first.', { id: 'technique.iliopsoas-fingers.step.1' }),
        msg('Find the bony point at the front of your hip, then place your fingertips a few finger-widths inward and up, toward the belly button, at the outer edge of the belly\'s strap muscle.', { id: 'technique.iliopsoas-fingers.step.2' }),
        msg('As you breathe out, let your fingers sink slowly down and slightly inward toward the spine; never push hard.', { id: 'technique.iliopsoas-fingers.step.3' }),
        msg('Lift the knee a little: you should feel the muscle tighten under your fingers.', { id: 'technique.iliopsoas-fingers.step.4' }),
        msg('Hold on a tender spot at about 5 out of 10 and breathe slowly, then release gently.', { id: 'technique.iliopsoas-fingers.step.5' }),
      ],
      dose: { holdSeconds: 30, reps: 2, sides: 'each', timesPerDay: 1 },
      feel: () => msg('Deep tenderness in the belly, sometimes an ache in the low back, groin or front of the thigh, that eases as you hold.', { id: 'technique.iliopsoas-fingers.feel' }),
      cautions: () => [
        msg('If you feel a pulse under your fingers (the aorta or a leg artery), move off it at once.', { id: 'technique.iliopsoas-fingers.caution.1' }),
        msg('Not in pregnancy, with a hernia, or after recent abdominal surgery.', { id: 'technique.iliopsoas-fingers.caution.2' }),
        msg('Stop if you feel sharp pain, nausea, or tingling down the front of the thigh.', { id: 'technique.iliopsoas-fingers.caution.3' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Iliopsoas' },
    },
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
      dose: { holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A stretch deep in the front of the hip and groin, without pinching in the low back.', { id: 'technique.iliopsoas-stretch.feel' }),
      cautions: () => [
        msg('Do not arch your low back to go further; stop if the back pinches.', { id: 'technique.iliopsoas-stretch.caution.1' }),
        msg('Pad the kneeling knee, or stand in a lunge instead if kneeling hurts.', { id: 'technique.iliopsoas-stretch.caution.2' }),
        msg('After recent abdominal or hip surgery, or late in pregnancy, ask your doctor before doing this stretch.', { id: 'technique.iliopsoas-stretch.caution.3' }),
      ],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 5' },
    },
  ],
};
