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
    id: 'suboccipitals',
    area: 'head-neck',
    name: () => msg('Suboccipitals', { id: 'muscle.suboccipitals.name' }),
    description: () => msg('Small, deep muscles just under the base of your skull; they nod and turn the head in tiny movements and keep the eyes level.', { id: 'muscle.suboccipitals.description' }),
    causes: () => [
      msg('Head jutting forward or tipped back to look through the lower part of glasses', { id: 'muscle.suboccipitals.cause.1' }),
      msg('Long hours at a screen placed too high', { id: 'muscle.suboccipitals.cause.2' }),
      msg('Sleeping on a pillow that is too high or too flat', { id: 'muscle.suboccipitals.cause.3' }),
      msg('Cold air on the back of the neck', { id: 'muscle.suboccipitals.cause.4' }),
    ],
    // The muscles lie between the skull and the top two neck bones, just under the edge of the
    // skull: moved from the middle of the back of the head (91, 43) to the top of the back of
    // the neck.
    triggerPoints: [
      { region: 'back-of-neck-left', view: 'back', x: 96, y: 66.5 },
    ],
    // T&S vol. 1 ch. 17: a band of pain from the back of the head forward to the eye
    // (essential), spilling over the side of the head and the forehead. Unchanged.
    referral: {
      primary: ['back-of-head-left', 'eye-left'],
      secondary: ['temple-left', 'forehead'],
    },
    symptoms: () => [
      msg('A deep headache that seems to run from the back of the head through to the eye', { id: 'muscle.suboccipitals.symptom.1' }),
      msg('The back of the head feels sore on the pillow', { id: 'muscle.suboccipitals.symptom.2' }),
    ],
    techniques: ['suboccipitals-ball', 'suboccipitals-fingers'],
    cautions: () => [
      msg('Press the muscle under the edge of the skull, never the spine itself.', { id: 'muscle.suboccipitals.caution.1' }),
      msg('Stop if you feel dizzy or your vision changes.', { id: 'muscle.suboccipitals.caution.2' }),
      msg('Sudden, severe neck pain or headache, or neck pain with dizziness, double vision, slurred speech or weakness: call emergency services.', { id: 'muscle.suboccipitals.caution.3' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 17, Suboccipital Muscles' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Suboccipitals' },
    ],
  },
  techniques: [
    // The vertebral artery runs deep under these muscles: step 5 no longer turns the head while
    // it rests on the balls, and the chin stays level or tucked, never tipped back. Davies: short,
    // slow strokes, here small chin tucks that roll the balls along under the skull. Both sides
    // at once (two balls), so not sided.
    {
      id: 'suboccipitals-ball',
      muscle: 'suboccipitals',
      tool: 'ball',
      position: 'lying-back',
      title: () => msg('Suboccipitals: balls under the skull', { id: 'technique.suboccipitals-ball.title' }),
      steps: () => [
        msg('Put two tennis balls in a sock and tie the end, so they sit side by side.', { id: 'technique.suboccipitals-ball.step.1' }),
        msg('Lie on your back with your knees bent.', { id: 'technique.suboccipitals-ball.step.2' }),
        msg('Rest the base of your skull on the balls, one on each side of the spine, so the spine sits in the gap between them.', { id: 'technique.suboccipitals-ball.step.3' }),
        msg('Let the weight of your head rest on the balls at a "good hurt" of about 5 out of 10, never sharp, and breathe slowly.', { id: 'technique.suboccipitals-ball.step.4' }),
        msg('Make short, slow strokes: tuck your chin a little so the balls roll a short way along under the skull, then relax. Keep your chin level or tucked, never tipped back, and do not turn your head.', { id: 'technique.suboccipitals-ball.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'none', timesPerDay: 3 },
      feel: () => msg('A deep ache under the skull, sometimes a headache toward the eye, that eases over the strokes.', { id: 'technique.suboccipitals-ball.feel' }),
      cautions: () => [
        msg('The balls must sit on either side of the spine; no pressure on the spine itself.', { id: 'technique.suboccipitals-ball.caution.1' }),
        msg('Stop if you feel dizzy, sick, or your vision changes.', { id: 'technique.suboccipitals-ball.caution.2' }),
      ],
      // Lying on the back (later pregnancy); neck work (carotid and vertebral arteries, lymph
      // nodes). Only the head's weight rests on the skull, not on the spine: no osteoporosis.
      askFirst: ['anticoagulants', 'pregnancy', 'recent-injury', 'recent-surgery', 'lymphoedema', 'carotid', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Suboccipitals' },
    },
    // Step 3 used to tip the head back onto the fingertips (extension with pressure over the
    // vertebral artery): the head now stays level and the fingers press up under the skull.
    // Davies: short, slow strokes outward along the edge of the skull. Both hands, both sides
    // at once, so not sided.
    {
      id: 'suboccipitals-fingers',
      muscle: 'suboccipitals',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Suboccipitals: fingertip pressure', { id: 'technique.suboccipitals-fingers.title' }),
      steps: () => [
        msg('Sit tall with your elbows on a table and your chin level.', { id: 'technique.suboccipitals-fingers.step.1' }),
        msg('Place your fingertips in the soft hollow just under the edge of the skull, a thumb-width out from the middle on each side.', { id: 'technique.suboccipitals-fingers.step.2' }),
        msg('Press gently up and in under the edge of the skull, keeping your head level: do not tip it back onto your fingers.', { id: 'technique.suboccipitals-fingers.step.3' }),
        msg('Make short, slow strokes outward along the edge of the skull at a "good hurt" of about 5 out of 10, never sharp, lifting off between strokes.', { id: 'technique.suboccipitals-fingers.step.4' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'none', timesPerDay: 3 },
      feel: () => msg('Deep tenderness under the skull, sometimes the familiar headache behind the eye, that eases over the strokes.', { id: 'technique.suboccipitals-fingers.feel' }),
      cautions: () => [
        msg('No pressure on the spine itself or the midline of the neck.', { id: 'technique.suboccipitals-fingers.caution.1' }),
        msg('Stop if you feel dizzy or your vision changes.', { id: 'technique.suboccipitals-fingers.caution.2' }),
      ],
      // Neck work (carotid and vertebral arteries, lymph nodes).
      askFirst: ['anticoagulants', 'recent-injury', 'recent-surgery', 'lymphoedema', 'carotid', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Suboccipitals' },
    },
  ],
};
