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
    id: 'multifidus',
    area: 'trunk',
    name: () => msg('Multifidus', { id: 'muscle.multifidus.name' }),
    description: () => msg('Small, deep muscles packed in the groove right beside the spine; they steady each vertebra and help you twist and arch.', { id: 'muscle.multifidus.description' }),
    causes: () => [
      msg('Twisting while bending or lifting', { id: 'muscle.multifidus.cause.1' }),
      msg('Long hours sitting or standing still', { id: 'muscle.multifidus.cause.2' }),
      msg('A fall or a jolt to the back', { id: 'muscle.multifidus.cause.3' }),
    ],
    // T&S vol. 1, ch. 48: trigger points in the groove beside the lumbar spine (low back) and at
    // the S1 level, where the muscle lies on the back of the sacrum (sacrum: added; these refer
    // to the tailbone).
    triggerPoints: [
      { region: 'low-back-left', view: 'back', x: 83, y: 188 },
      { region: 'sacrum', view: 'back', x: 95, y: 200 },
    ],
    // Essential: next to the spine at the trigger point's level, and the tailbone (S1 level).
    // Spillover: the abdomen (lumbar levels) and the buttock (see the review notes).
    referral: {
      primary: ['low-back-left', 'sacrum'],
      secondary: ['buttock-left', 'lower-abdomen-left'],
    },
    symptoms: () => [
      msg('A deep, nagging ache next to the spine', { id: 'muscle.multifidus.symptom.1' }),
      msg('Tailbone pain', { id: 'muscle.multifidus.symptom.2' }),
    ],
    techniques: ['multifidus-fingers'],
    cautions: () => [
      msg('Never press on the spine itself; stay in the soft groove beside it.', { id: 'muscle.multifidus.caution.1' }),
      // Cauda equina: saddle numbness, not "around the groin"; an emergency (NHS "Cauda equina
      // syndrome"; NHS "Back pain").
      msg('Back pain with numbness in the saddle area (between the legs, the buttocks or the genitals), or new trouble controlling the bladder or bowels: get emergency care now.', { id: 'muscle.multifidus.caution.2' }),
      // Issue 8: cautions for osteoporosis and spinal surgery (pressure lands right beside the
      // vertebrae).
      msg('After spinal surgery, or with osteoporosis or a fragile spine, ask your doctor or physiotherapist before pressing here.', { id: 'muscle.multifidus.caution.3' }),
      // Infection, nerve compression or fracture (NICE CKS "Back pain - low (without radiculopathy)").
      msg('Back pain with a fever or feeling unwell, weakness in a leg, or after a fall or injury: see a doctor urgently.', { id: 'muscle.multifidus.caution.4' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 48, Thoracolumbar Paraspinal Muscles' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain: Multifidi and Rotatores' },
    ],
  },
  techniques: [
    // New id (was `multifidus-ball-floor`): a different method. Safety: lying on a small, firm
    // ball in the lumbar groove put body weight right beside the spine, and a ball that fits the
    // groove rolls onto the spinous processes (the spine itself: never). The thumb, with the
    // hand on the hip, reaches the lower lumbar groove where these trigger points are most
    // common and lets the reader grade the pressure. Standing or sitting, so no lying position.
    // The placement is our safety choice; Davies (ch. 8) is the source for the muscle and the
    // stroke method (ch. 3), not for this exact hand position.
    {
      id: 'multifidus-fingers',
      muscle: 'multifidus',
      tool: 'fingers',
      position: 'standing',
      title: () => msg('Multifidus: thumb pressure beside the spine', { id: 'technique.multifidus-fingers.title' }),
      steps: () => [
        msg('Stand, or sit on the front of a firm chair, and put the hand of the side you are working on your hip, thumb pointing back.', { id: 'technique.multifidus-fingers.step.1' }),
        msg('Slide the thumb tip in toward the middle of your low back until it sits in the soft groove right beside the bony bumps of the spine, just above the pelvis.', { id: 'technique.multifidus-fingers.step.2' }),
        msg('Press gently straight in until you find a deep, tender spot at a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.multifidus-fingers.step.3' }),
        msg('Make 10 short, slow strokes over the spot, moving the thumb a short way down the groove each time, then lift off and start again.', { id: 'technique.multifidus-fingers.step.4' }),
        msg('Move up the groove a thumb-width at a time, as far as the waist, and repeat.', { id: 'technique.multifidus-fingers.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Deep tenderness next to the spine, sometimes an ache toward the tailbone, that eases over the strokes.', { id: 'technique.multifidus-fingers.feel' }),
      cautions: () => [
        msg('Press only in the soft groove beside the spine, never on the bony bumps of the spine itself.', { id: 'technique.multifidus-fingers.caution.1' }),
        msg('Stop if you feel pain, tingling or numbness running down a leg.', { id: 'technique.multifidus-fingers.caution.2' }),
        msg('Never press over a surgical scar or a part of the spine that has been operated on.', { id: 'technique.multifidus-fingers.caution.3' }),
      ],
      // Pressure right beside the vertebrae (osteoporosis); spinal surgery (recent-surgery).
      askFirst: ['anticoagulants', 'osteoporosis', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain: Multifidi and Rotatores' },
    },
  ],
};
