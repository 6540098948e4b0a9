import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Head and neck muscles. Referral patterns follow Travell & Simons' Trigger Point Manual
 * (vol. 1, 2nd ed.); pressure techniques and their stroke doses follow Davies' Trigger Point
 * Therapy Workbook (3rd ed.), written in our own words. Trigger-point coordinates are in the
 * body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'scalenes',
    area: 'head-neck',
    name: () => msg('Scalenes', { id: 'muscle.scalenes.name' }),
    description: () => msg('Three slender muscles on the side of your neck, from the neck bones down to the top ribs; they bend the neck sideways and lift the ribs when you breathe hard.', { id: 'muscle.scalenes.description' }),
    causes: () => [
      msg('Breathing high in the chest, from stress, coughing, or asthma', { id: 'muscle.scalenes.cause.1' }),
      msg('Carrying or pulling heavy loads', { id: 'muscle.scalenes.cause.2' }),
      msg('Sleeping with the head low or the neck bent sideways', { id: 'muscle.scalenes.cause.3' }),
      msg('A whiplash injury or a fall', { id: 'muscle.scalenes.cause.4' }),
    ],
    // Low on the side of the neck, behind the sternocleidomastoid, above the collarbone.
    triggerPoints: [
      { region: 'side-of-neck-left', view: 'front', x: 112, y: 76 },
    ],
    // T&S vol. 1 ch. 20: the front of the chest, the front and back of the upper arm and the
    // inner edge of the shoulder blade, then down the thumb side of the forearm to the thumb
    // and index finger. Essential/spillover split kept as it was (see the review notes).
    referral: {
      primary: ['chest-left', 'upper-arm-front-left', 'upper-arm-back-left', 'between-shoulder-blades-left'],
      secondary: ['forearm-front-left', 'forearm-back-left', 'thumb-left', 'fingers-left', 'upper-chest-left'],
    },
    symptoms: () => [
      msg('Numbness or tingling in the hand', { id: 'muscle.scalenes.symptom.1' }),
      msg('Dropping things without meaning to', { id: 'muscle.scalenes.symptom.2' }),
      msg('Restless sleep because the arm and shoulder ache', { id: 'muscle.scalenes.symptom.3' }),
    ],
    techniques: ['scalenes-fingers', 'scalenes-stretch'],
    cautions: () => [
      msg('Use light pressure only; move off anything that pulses and stop at any tingling.', { id: 'muscle.scalenes.caution.1' }),
      // Heart pain spreading to the arm: an emergency (NHS "Heart attack").
      msg('Chest and arm pain can come from the heart: call emergency services if it feels heavy or tight, or comes with breathlessness, sweating or nausea.', { id: 'muscle.scalenes.caution.2' }),
      // The hand symptoms above can also be a trapped nerve in the neck (NICE CKS "Neck pain - cervical radiculopathy").
      msg('Numbness, tingling or weakness in the hand can also come from a trapped nerve in the neck: see a doctor if it lasts or gets worse.', { id: 'muscle.scalenes.caution.3' }),
      msg('Sudden, severe neck pain or headache, or neck pain with dizziness, double vision, slurred speech or weakness: call emergency services.', { id: 'muscle.scalenes.caution.4' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 20, Scalene Muscles' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Scalenes' },
    ],
  },
  techniques: [
    // Side of the neck above the collarbone (posterior triangle: nerves and vessels to the
    // arm): light fingertips only, stop at tingling, off any pulse. Davies: short, slow strokes;
    // few and light (6, the low end of his range) because the nerves run between these muscles.
    {
      id: 'scalenes-fingers',
      muscle: 'scalenes',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Scalenes: light fingertip pressure', { id: 'technique.scalenes-fingers.title' }),
      steps: () => [
        msg('Sit and tip your head slightly toward the sore side to relax the neck.', { id: 'technique.scalenes-fingers.step.1' }),
        msg('Find the rope-like sternocleidomastoid on the side of your neck and slide your fingertips just behind it, above the collarbone.', { id: 'technique.scalenes-fingers.step.2' }),
        msg('Press very lightly toward the neck bones and feel for small tender bands.', { id: 'technique.scalenes-fingers.step.3' }),
        msg('Make a few short, slow, light strokes down along each tender band, no more than 5 out of 10, and breathe slowly into your belly.', { id: 'technique.scalenes-fingers.step.4' }),
      ],
      dose: { kind: 'strokes', strokes: 6, holdSeconds: 30, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Mild tenderness on the side of the neck, sometimes an ache in the chest, upper arm, or shoulder blade, that eases over the strokes.', { id: 'technique.scalenes-fingers.feel' }),
      cautions: () => [
        msg('Light pressure only: if you feel a pulse, move off it at once.', { id: 'technique.scalenes-fingers.caution.1' }),
        msg('Nerves to the arm run between these muscles: stop at any tingling, numbness, or electric feeling in the arm or hand.', { id: 'technique.scalenes-fingers.caution.2' }),
        msg('Stop if you feel dizzy or faint.', { id: 'technique.scalenes-fingers.caution.3' }),
      ],
      // Neck work (carotid, lymph nodes above the collarbone).
      askFirst: ['anticoagulants', 'recent-injury', 'recent-surgery', 'lymphoedema', 'carotid', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Scalenes' },
    },
    // Step 3 used to turn the face up toward the ceiling: tipping the head back while it is
    // turned and tilted strains the vertebral artery (issue 8, section 3). The face now stays
    // forward with the chin level; a plain side tilt stretches the scalenes well enough. The
    // stretch follows Travell & Simons (ch. 20); the hold time (about 15–30 s) is general
    // stretching guidance, not from the book.
    {
      id: 'scalenes-stretch',
      muscle: 'scalenes',
      tool: 'stretch',
      position: 'seated',
      title: () => msg('Scalenes: side-neck stretch', { id: 'technique.scalenes-stretch.title' }),
      steps: () => [
        msg('Sit tall and hold the edge of the seat with the hand on the sore side to keep that shoulder down.', { id: 'technique.scalenes-stretch.step.1' }),
        msg('Tilt your ear slowly toward the other shoulder.', { id: 'technique.scalenes-stretch.step.2' }),
        msg('Keep your face looking forward and your chin level: do not tip your head back or turn your face up.', { id: 'technique.scalenes-stretch.step.3' }),
        msg('Breathe slowly and hold the gentle stretch, then bring your head back to center.', { id: 'technique.scalenes-stretch.step.4' }),
      ],
      dose: { kind: 'stretch', holdSeconds: 20, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull along the side of the neck down to the collarbone.', { id: 'technique.scalenes-stretch.feel' }),
      cautions: () => [
        msg('Move slowly and never tip your head back; stop if you feel dizzy or sick.', { id: 'technique.scalenes-stretch.caution.1' }),
        msg('Stop at any tingling or numbness in the arm or hand.', { id: 'technique.scalenes-stretch.caution.2' }),
      ],
      // A neck stretch (carotid disease or a previous stroke). No pressure.
      askFirst: ['recent-injury', 'recent-surgery', 'carotid', 'cancer', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 20, Scalene Muscles' },
    },
  ],
};
