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
    id: 'temporalis',
    area: 'head-neck',
    name: () => msg('Temporalis', { id: 'muscle.temporalis.name' }),
    description: () => msg('A fan-shaped muscle on the side of your head above the ear; it closes the jaw.', { id: 'muscle.temporalis.description' }),
    causes: () => [
      msg('Clenching or grinding the teeth, often during sleep or stress', { id: 'muscle.temporalis.cause.1' }),
      msg('Chewing gum or tough food a lot', { id: 'muscle.temporalis.cause.2' }),
      msg('Holding the mouth open for a long dental visit', { id: 'muscle.temporalis.cause.3' }),
    ],
    triggerPoints: [
      { region: 'temple-left', view: 'front', x: 117.2, y: 24.4 },
      { region: 'temple-left', view: 'front', x: 117, y: 30 },
    ],
    // T&S vol. 1 ch. 9: over the temple and the eyebrow (essential), spilling into the upper
    // teeth (cheek); the back fibres refer up and back over the ear, which is still the side of
    // the head (temple region). The ear itself is not in the drawn pattern (removed).
    referral: {
      primary: ['temple-left', 'eye-left'],
      secondary: ['cheek-left', 'jaw-left'],
    },
    symptoms: () => [
      msg('Headache at the temple and above the eye', { id: 'muscle.temporalis.symptom.1' }),
      msg('Upper teeth that ache or feel sensitive to hot and cold', { id: 'muscle.temporalis.symptom.2' }),
    ],
    techniques: ['temporalis-fingers'],
    cautions: () => [
      msg('Use gentle pressure and stop if the jaw clicks, locks, or the pain grows.', { id: 'muscle.temporalis.caution.1' }),
      // Giant cell arteritis (NICE CKS "Giant cell arteritis"): same-day red flag at the temple.
      // Clinical review: with a change in vision it is an emergency, not same-day (NHS "Giant
      // cell arteritis"; as the red flag in src/data/safety.ts says).
      msg('Over 50 with a new headache at the temple, a tender scalp or jaw pain when chewing: see a doctor the same day. If your sight changes too, get emergency care.', { id: 'muscle.temporalis.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 9, Temporalis' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Temporalis' },
    ],
  },
  techniques: [
    // Davies: short, slow strokes (upward, along the fibres) instead of a hold; fingers off the
    // pulse at the temple.
    {
      id: 'temporalis-fingers',
      muscle: 'temporalis',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Temporalis: fingertip pressure', { id: 'technique.temporalis-fingers.title' }),
      steps: () => [
        msg('Sit with your elbows on a table and let your jaw hang slightly open and relaxed.', { id: 'technique.temporalis-fingers.step.1' }),
        msg('Place your fingertips on the side of your head above the ear and clench briefly to feel the muscle tighten, then relax.', { id: 'technique.temporalis-fingers.step.2' }),
        msg('Press gently and search for tender spots from the temple back to above the ear.', { id: 'technique.temporalis-fingers.step.3' }),
        msg('On each tender spot, make short, slow strokes upward at a "good hurt" of about 5 out of 10, never sharp, lifting off between strokes.', { id: 'technique.temporalis-fingers.step.4' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tenderness at the temple, sometimes an ache above the eye or in the upper teeth, that eases over the strokes.', { id: 'technique.temporalis-fingers.feel' }),
      cautions: () => [
        msg('Keep the pressure gentle; stop if the jaw clicks, locks, or hurts more.', { id: 'technique.temporalis-fingers.caution.1' }),
        msg('If you feel a pulse at the temple, move your fingers slightly off it.', { id: 'technique.temporalis-fingers.caution.2' }),
      ],
      // Head, not neck: no carotid or lymph-node item.
      askFirst: ['anticoagulants', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Temporalis' },
    },
  ],
};
