import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Head and neck muscles. Referral patterns follow Travell & Simons' Trigger Point Manual
 * (vol. 1, 2nd ed.); techniques and their stroke doses follow Davies' Trigger Point Therapy
 * Workbook (3rd ed.), written in our own words. Trigger-point coordinates are in the body
 * map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'splenius-capitis',
    area: 'head-neck',
    name: () => msg('Splenius capitis', { id: 'muscle.splenius-capitis.name' }),
    description: () => msg('A flat muscle on the back of your neck, from the upper spine to the bony bump behind the ear; it tilts the head back and turns it to the same side.', { id: 'muscle.splenius-capitis.description' }),
    causes: () => [
      msg('Holding the head turned or tipped back for a long time', { id: 'muscle.splenius-capitis.cause.1' }),
      msg('A whiplash injury or a fall', { id: 'muscle.splenius-capitis.cause.2' }),
      msg('Head-forward posture at a screen', { id: 'muscle.splenius-capitis.cause.3' }),
    ],
    // T&S: high on the back and side of the neck, below the bony bump behind the ear, between
    // the sternocleidomastoid and the upper trapezius.
    triggerPoints: [
      { region: 'side-of-neck-left', view: 'back', x: 89.5, y: 68 },
    ],
    // T&S vol. 1 ch. 15: pain on the top of the head on the same side. Unchanged.
    referral: {
      primary: ['top-of-head'],
      secondary: ['back-of-neck-left'],
    },
    symptoms: () => [msg('Headache on the top of the head', { id: 'muscle.splenius-capitis.symptom.1' }), msg('Stiff neck', { id: 'muscle.splenius-capitis.symptom.2' })],
    techniques: ['splenius-capitis-fingers'],
    cautions: () => [
      msg('Stay on the back of the neck; do not press the spine or the side of the throat.', { id: 'muscle.splenius-capitis.caution.1' }),
      msg('Sudden, severe neck pain or headache, or neck pain with dizziness, double vision, slurred speech or weakness: call emergency services.', { id: 'muscle.splenius-capitis.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 15, Splenius Capitis and Cervicis' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Splenius Capitis and Splenius Cervicis' },
    ],
  },
  techniques: [
    // Step 1 used to tip the head back; this muscle also turns the head, so a tipped-back,
    // turned head is the extension-plus-rotation that strains the vertebral artery. The head
    // now stays level. The spot lies near the top of the side of the neck (nerves): gentle
    // pressure toward the spine, away from the throat, and stop at tingling. Davies: short,
    // slow strokes.
    {
      id: 'splenius-capitis-fingers',
      muscle: 'splenius-capitis',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Splenius capitis: fingertip pressure', { id: 'technique.splenius-capitis-fingers.title' }),
      steps: () => [
        msg('Sit with your elbow on a table, your head level and your shoulders relaxed.', { id: 'technique.splenius-capitis-fingers.step.1' }),
        msg('Find the bony bump behind your ear, then slide your fingertips down and back about two finger-widths into the muscle on the back of the neck.', { id: 'technique.splenius-capitis-fingers.step.2' }),
        msg('Press in gently, toward the spine rather than the throat, and feel for a tender spot.', { id: 'technique.splenius-capitis-fingers.step.3' }),
        msg('Make short, slow strokes downward over the spot at a "good hurt" of about 5 out of 10, never sharp, lifting off between strokes.', { id: 'technique.splenius-capitis-fingers.step.4' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('A tender spot high on the back of the neck, sometimes an ache on the top of the head, that eases over the strokes.', { id: 'technique.splenius-capitis-fingers.feel' }),
      cautions: () => [
        msg('Press the back of the neck only; stay off the spine and the side and front of the throat.', { id: 'technique.splenius-capitis-fingers.caution.1' }),
        msg('Stop if you feel dizzy, or feel tingling in your scalp, arm or hand.', { id: 'technique.splenius-capitis-fingers.caution.2' }),
      ],
      // Neck work (carotid and vertebral arteries, lymph nodes).
      askFirst: ['anticoagulants', 'recent-injury', 'recent-surgery', 'lymphoedema', 'carotid', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Splenius Capitis and Splenius Cervicis' },
    },
  ],
};
