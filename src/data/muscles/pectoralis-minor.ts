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
    id: 'pectoralis-minor',
    area: 'trunk',
    name: () => msg('Pectoralis minor', { id: 'muscle.pectoralis-minor.name' }),
    description: () => msg('A thin muscle under the pectoralis major, running from the upper ribs to the front of the shoulder blade; it pulls the shoulder forward and down.', { id: 'muscle.pectoralis-minor.description' }),
    causes: () => [
      msg('Slumped, round-shouldered posture', { id: 'muscle.pectoralis-minor.cause.1' }),
      msg('Shallow breathing high in the chest', { id: 'muscle.pectoralis-minor.cause.2' }),
      msg('Crutches, or straps that press into the front of the shoulder', { id: 'muscle.pectoralis-minor.cause.3' }),
    ],
    // T&S vol. 1, ch. 44 draw two trigger points: an upper one near the insertion below the
    // front of the shoulder (upper chest; moved a little outward, toward the muscle) and a lower
    // one near the attachment on the 4th rib (chest).
    triggerPoints: [
      { region: 'upper-chest-left', view: 'front', x: 121, y: 98 },
      { region: 'chest-left', view: 'front', x: 120, y: 108 },
    ],
    // Essential: over the front of the shoulder. Spillover: under the collarbone and over the
    // chest, and down the inner arm, elbow and forearm to the palm side of the last fingers.
    referral: {
      primary: ['front-of-shoulder-left'],
      secondary: ['upper-chest-left', 'chest-left', 'upper-arm-front-left', 'inner-elbow-left', 'forearm-front-left', 'palm-left', 'fingers-left'],
    },
    symptoms: () => [
      msg('Shoulder held forward and hard to draw back', { id: 'muscle.pectoralis-minor.symptom.1' }),
      msg('Numbness or tingling in the inner forearm and last fingers', { id: 'muscle.pectoralis-minor.symptom.2' }),
    ],
    techniques: ['pectoralis-minor-fingers'],
    cautions: () => [
      msg('Nerves and blood vessels to the arm pass under this muscle near the front of the shoulder: no pressure just below the outer end of the collarbone or in the armpit, and no ball or tool.', { id: 'muscle.pectoralis-minor.caution.1' }),
      msg('New or unexplained chest pain or pressure, or chest pain with breathlessness or sweating: call emergency services first, not self-massage.', { id: 'muscle.pectoralis-minor.caution.2' }),
    ],
    sources: [
      // Was "ch. 43" (Sternalis): pectoralis minor is ch. 44.
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 44, Pectoralis Minor' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 7, Chest, Abdominal, and Genital Pain: Pectoralis Minor' },
    ],
  },
  techniques: [
    // Safety: the old step pressed "in and slightly up", two finger-widths from the bony knob
    // below the outer collarbone (the coracoid): that is where the brachial plexus and the
    // axillary artery and vein pass under this muscle. Fingers now start about three
    // finger-widths down and in from the knob, where the muscle lies on the ribs, and stroke
    // down and in, away from the shoulder. Gentle (at most 5 of 10): the muscle is reached
    // through the pectoralis major, over the ribs.
    // Dose: Davies' short, slow strokes (ch. 3), not a static hold.
    {
      id: 'pectoralis-minor-fingers',
      muscle: 'pectoralis-minor',
      tool: 'fingers',
      position: 'lying-back',
      title: () => msg('Pectoralis minor: finger pressure', { id: 'technique.pectoralis-minor-fingers.title' }),
      steps: () => [
        msg('Lie on your back and rest the arm of the sore side on your belly to slacken the chest.', { id: 'technique.pectoralis-minor-fingers.step.1' }),
        msg('Find the bony knob at the front of the shoulder, just below the outer end of the collarbone: nerves and blood vessels to the arm pass under the muscle there, so do not press on or around it.', { id: 'technique.pectoralis-minor-fingers.step.2' }),
        msg('Move the fingertips of the other hand about three finger-widths down and in from that knob, onto the upper ribs, and sink gently through the big chest muscle until you feel a deeper, tender band.', { id: 'technique.pectoralis-minor-fingers.step.3' }),
        msg('Make 10 short, slow strokes along the band, down and in toward the breastbone, at a "good hurt" of no more than 5 out of 10; lift off between strokes.', { id: 'technique.pectoralis-minor-fingers.step.4' }),
        msg('Move a finger-width down along the ribs and repeat.', { id: 'technique.pectoralis-minor-fingers.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Deep tenderness under the chest muscle, sometimes an ache at the front of the shoulder, that fades over the strokes.', { id: 'technique.pectoralis-minor-fingers.feel' }),
      cautions: () => [
        msg('Stay on the front of the ribs; do not dig into the armpit, where the arm\'s nerves and blood vessels run.', { id: 'technique.pectoralis-minor-fingers.caution.1' }),
        msg('If you feel a pulse under your fingers, or tingling, numbness or coldness in the arm or hand, stop and move off.', { id: 'technique.pectoralis-minor-fingers.caution.2' }),
        msg('Keep away from a pacemaker, an implanted port or a breast implant.', { id: 'technique.pectoralis-minor-fingers.caution.3' }),
      ],
      // Pressure over the ribs (osteoporosis); near the armpit (lymphoedema). Clinical review:
      // 'pregnancy' added, lying flat on the back (types.ts; every other lying-back technique).
      askFirst: ['anticoagulants', 'osteoporosis', 'pregnancy', 'lymphoedema', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 7, Chest, Abdominal, and Genital Pain: Pectoralis Minor' },
    },
  ],
};
