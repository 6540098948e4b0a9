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
    id: 'masseter',
    area: 'head-neck',
    name: () => msg('Masseter', { id: 'muscle.masseter.name' }),
    description: () => msg('The thick chewing muscle on the side of your face between the cheekbone and the angle of the jaw; it closes the jaw with force.', { id: 'muscle.masseter.description' }),
    causes: () => [
      msg('Clenching or grinding the teeth', { id: 'muscle.masseter.cause.1' }),
      msg('Chewing gum, ice, or tough food', { id: 'muscle.masseter.cause.2' }),
      msg('Head-forward posture, which pulls the jaw out of balance', { id: 'muscle.masseter.cause.3' }),
    ],
    // Upper belly under the cheekbone and lower belly near the angle of the jaw (T&S). The
    // upper point moved up slightly (y 50 → 47) to sit well inside the cheek region.
    triggerPoints: [
      { region: 'cheek-left', view: 'front', x: 114.5, y: 47 },
      { region: 'jaw-left', view: 'front', x: 112, y: 57 },
    ],
    // T&S vol. 1 ch. 8: superficial layer to the upper and lower back teeth, the cheek and the
    // jaw, with an arc over the eyebrow; deep layer deep into the ear. Unchanged.
    referral: {
      primary: ['cheek-left', 'jaw-left', 'ear-left'],
      secondary: ['eye-left'],
    },
    symptoms: () => [
      msg('Jaw that will not open fully', { id: 'muscle.masseter.symptom.1' }),
      msg('Toothache in the back teeth', { id: 'muscle.masseter.symptom.2' }),
      msg('Ringing in the ear on the same side', { id: 'muscle.masseter.symptom.3' }),
    ],
    techniques: ['masseter-fingers'],
    cautions: () => [
      msg('Keep the pressure gentle and stop if the jaw clicks or locks.', { id: 'muscle.masseter.caution.1' }),
      // Jaw pain can be heart pain (NHS "Heart attack").
      msg('Jaw pain with chest pain or pressure, breathlessness or sweating can be a heart attack: call emergency services.', { id: 'muscle.masseter.caution.2' }),
      // Giant cell arteritis: jaw pain when chewing (NICE CKS "Giant cell arteritis").
      // Clinical review: with a change in vision it is an emergency, not same-day (NHS "Giant
      // cell arteritis"; as the red flag in src/data/safety.ts says).
      msg('Over 50 with a new headache at the temple, a tender scalp or jaw pain when chewing: see a doctor the same day. If your sight changes too, get emergency care.', { id: 'muscle.masseter.caution.3' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 8, Masseter' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Masseter' },
    ],
  },
  techniques: [
    // Davies: short, slow strokes downward (along the fibres) instead of a hold.
    {
      id: 'masseter-fingers',
      muscle: 'masseter',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Masseter: fingertip pressure', { id: 'technique.masseter-fingers.title' }),
      steps: () => [
        msg('Sit with your elbows on a table and let your jaw hang slightly open.', { id: 'technique.masseter-fingers.step.1' }),
        msg('Clench briefly to feel the thick muscle bulge between the cheekbone and the angle of the jaw, then relax.', { id: 'technique.masseter-fingers.step.2' }),
        msg('Press into the muscle with your fingertips and search slowly from the cheekbone down to the jaw.', { id: 'technique.masseter-fingers.step.3' }),
        msg('On each tender spot, make short, slow strokes downward at a "good hurt" of about 5 out of 10, never sharp, lifting off between strokes.', { id: 'technique.masseter-fingers.step.4' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tenderness in the cheek, sometimes an ache in the back teeth, jaw, or ear, that eases over the strokes.', { id: 'technique.masseter-fingers.feel' }),
      cautions: () => [msg('Keep the pressure gentle; stop if the jaw clicks, locks, or hurts more.', { id: 'technique.masseter-fingers.caution.1' })],
      // Face, not neck: no carotid or lymph-node item. Recent surgery includes dental surgery.
      askFirst: ['anticoagulants', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Masseter' },
    },
  ],
};
