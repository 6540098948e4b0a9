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
    id: 'rectus-abdominis',
    area: 'trunk',
    name: () => msg('Rectus abdominis', { id: 'muscle.rectus-abdominis.name' }),
    description: () => msg('The long strap of muscle down the front of your belly, from the breastbone to the pubic bone; it curls the trunk forward.', { id: 'muscle.rectus-abdominis.description' }),
    causes: () => [
      msg('Sit-ups and crunches overdone', { id: 'muscle.rectus-abdominis.cause.1' }),
      msg('Slumped sitting that keeps the belly shortened', { id: 'muscle.rectus-abdominis.cause.2' }),
      msg('Long coughing fits, or stress held in the belly', { id: 'muscle.rectus-abdominis.cause.3' }),
    ],
    // T&S vol. 1, ch. 49: upper trigger points above the navel and lower ones below it.
    triggerPoints: [
      { region: 'upper-abdomen-left', view: 'front', x: 108, y: 141 },
      { region: 'lower-abdomen-left', view: 'front', x: 108, y: 190 },
    ],
    // Essential: a band across the back, mid back (upper trigger points) and low back and
    // sacrum (lower ones). Spillover: the belly itself (fullness, heartburn, cramps).
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
      // Clinical review: sudden, severe belly pain or bleeding from the gut is an emergency
      // (NHS "Stomach ache"), not just "a doctor".
      msg('Sudden, severe belly pain, vomiting blood, or black or bloody poo: call emergency services now. Belly pain with a fever or vomiting needs a doctor, not massage.', { id: 'muscle.rectus-abdominis.caution.1' }),
      msg('Do not press on the abdomen if you are pregnant, have a hernia, or have had abdominal surgery recently.', { id: 'muscle.rectus-abdominis.caution.2' }),
      // Upper belly pain and "heartburn" can be the heart (NHS "Heart attack").
      msg('Upper belly pain with breathlessness, sweating, or pain spreading to the chest, arm or jaw may be the heart: call emergency services.', { id: 'muscle.rectus-abdominis.caution.3' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 49, Abdominal Muscles' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 7, Chest, Abdominal, and Genital Pain: Rectus Abdominis' },
    ],
  },
  techniques: [
    // Safety: gentle only. The muscle is a thin layer over the gut and, deep to the midline, the
    // aorta: lifting the head tightens it so the reader feels how deep the muscle is and stays
    // in the belly wall. Start a thumb-width or two from the midline and below the rib edge,
    // never on the tip of the breastbone (xiphoid).
    // Dose: Davies' short, slow strokes (ch. 3), not a static hold.
    {
      id: 'rectus-abdominis-fingers',
      muscle: 'rectus-abdominis',
      tool: 'fingers',
      position: 'lying-back',
      title: () => msg('Rectus abdominis: finger pressure', { id: 'technique.rectus-abdominis-fingers.title' }),
      steps: () => [
        msg('Lie on your back with your knees bent and feet flat, so the belly relaxes.', { id: 'technique.rectus-abdominis-fingers.step.1' }),
        msg('Place your fingertips on the strap of muscle a thumb-width or two to one side of the midline, just below the edge of the ribs; keep off the tip of the breastbone.', { id: 'technique.rectus-abdominis-fingers.step.2' }),
        msg('Lift your head a little to feel the muscle tighten under your fingers, then relax: work only at that depth, in the belly wall, never deep into the belly.', { id: 'technique.rectus-abdominis-fingers.step.3' }),
        msg('Over a tender spot, make 10 short, slow strokes down the muscle with gentle pressure, no more than 5 out of 10, breathing slowly.', { id: 'technique.rectus-abdominis-fingers.step.4' }),
        msg('Work down the muscle a finger-width at a time toward the pubic bone, then repeat on the other side.', { id: 'technique.rectus-abdominis-fingers.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Surface tenderness in the belly wall, sometimes an ache across the back, that eases over the strokes.', { id: 'technique.rectus-abdominis-fingers.feel' }),
      cautions: () => [
        msg('Not in pregnancy, with a hernia or a bulge at the belly button or groin, or after recent abdominal surgery.', { id: 'technique.rectus-abdominis-fingers.caution.1' }),
        msg('Press gently, on the muscle only, never deep and never on the tip of the breastbone; if you feel a pulse under your fingers, move off it.', { id: 'technique.rectus-abdominis-fingers.caution.2' }),
        msg('Stop and see a doctor if the belly is swollen, hard or very painful.', { id: 'technique.rectus-abdominis-fingers.caution.3' }),
      ],
      // Abdominal work (pregnancy). Not over the ribs or spine, no body weight: no osteoporosis.
      askFirst: ['anticoagulants', 'pregnancy', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 7, Chest, Abdominal, and Genital Pain: Rectus Abdominis' },
    },
  ],
};
