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
    id: 'rectus-abdominis',
    area: 'trunk',
    name: () => msg('Rectus abdominis', { id: 'muscle.rectus-abdominis.name' }),
    description: () => msg('The long strap of muscle down the front of your belly, from the breastbone to the pubic bone; it curls the trunk forward.', { id: 'muscle.rectus-abdominis.description' }),
    causes: () => [
      msg('Sit-ups and crunches overdone', { id: 'muscle.rectus-abdominis.cause.1' }),
      msg('Slumped sitting that keeps the belly shortened', { id: 'muscle.rectus-abdominis.cause.2' }),
      msg('Long coughing fits, or stress held in the belly', { id: 'muscle.rectus-abdominis.cause.3' }),
    ],
    triggerPoints: [
      { region: 'upper-abdomen-left', view: 'front', x: 108, y: 141 },
      { region: 'lower-abdomen-left', view: 'front', x: 108, y: 190 },
    ],
    referral: {
      primary: ['mid-back-left', 'low-back-left', 'sacrum'],
      secondary: ['upper-abdomen-left', 'lower-abdomen-left'],
    },
    symptoms: () => [
      msg('Bloating, a full feeling, or heartburn-like discomfort', { id: 'muscle.rectus-abdominis.symptom.1' }),
      msg('Nausea', { id: 'muscle.rectus-abdominis.symptom.2' }),
      msg('More painful periods', { id: 'muscle.rectus-abdominis.symptom.3' }),
    ],
    techniques: ['rectus-abdominis-fingers'],
    cautions: () => [
      msg('Belly pain that is sudden, severe or comes with fever, vomiting or blood needs a doctor, not massage.', { id: 'muscle.rectus-abdominis.caution.1' }),
      msg('Do not press on the abdomen if you are pregnant, have a hernia, or have had abdominal surgery recently.', { id: 'muscle.rectus-abdominis.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 49' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 7, Chest and Abdominal Pain' },
    ],
  },
  techniques: [
    {
      id: 'rectus-abdominis-fingers',
      muscle: 'rectus-abdominis',
      tool: 'fingers',
      position: 'lying-back',
      title: () => msg('Rectus abdominis: finger pressure', { id: 'technique.rectus-abdominis-fingers.title' }),
      steps: () => [
        msg('Lie on your back with your knees bent and feet flat, so the belly relaxes.', { id: 'technique.rectus-abdominis-fingers.step.1' }),
        msg('Place your fingertips on the strap of muscle a little to one side of the midline, just below the ribs.', { id: 'technique.rectus-abdominis-fingers.step.2' }),
        msg('Press gently into the muscle and search for a tender spot.', { id: 'technique.rectus-abdominis-fingers.step.3' }),
        msg('Hold at about 5 out of 10 and breathe slowly into your belly.', { id: 'technique.rectus-abdominis-fingers.step.4' }),
        msg('Work down the muscle a finger-width at a time toward the pubic bone, then repeat on the other side.', { id: 'technique.rectus-abdominis-fingers.step.5' }),
      ],
      dose: { holdSeconds: 30, reps: 2, sides: 'each', timesPerDay: 1 },
      feel: () => msg('Surface tenderness in the belly wall, sometimes an ache across the back, that eases as you hold.', { id: 'technique.rectus-abdominis-fingers.feel' }),
      cautions: () => [
        msg('Not in pregnancy, with a hernia or a bulge at the belly button or groin, or after recent abdominal surgery.', { id: 'technique.rectus-abdominis-fingers.caution.1' }),
        msg('Press on the muscle only, gently; if you feel a pulse under your fingers, move off it.', { id: 'technique.rectus-abdominis-fingers.caution.2' }),
        msg('Stop and see a doctor if the belly is swollen, hard or very painful.', { id: 'technique.rectus-abdominis-fingers.caution.3' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 7, Rectus Abdominis' },
    },
  ],
};
