import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Shoulder and arm muscles. Referral patterns follow Travell & Simons' Trigger Point Manual
 * (vol. 1, 2nd ed.); self-treatment and stroke doses follow Davies' Trigger Point Therapy
 * Workbook (3rd ed.), written in our own words. Trigger-point coordinates are in the body
 * map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'wrist-finger-extensors',
    area: 'shoulder-arm',
    name: () => msg('Wrist and finger extensors', { id: 'muscle.wrist-finger-extensors.name' }),
    description: () => msg('The group of muscles on the back of your forearm, from the outer elbow to the hand; they lift the wrist and straighten the fingers.', { id: 'muscle.wrist-finger-extensors.description' }),
    causes: () => [
      msg('Long hours of typing or using a mouse with the wrist bent up', { id: 'muscle.wrist-finger-extensors.cause.1' }),
      msg('Gripping hard, as with tools, rackets, or gardening shears', { id: 'muscle.wrist-finger-extensors.cause.2' }),
      msg('Playing the piano or another instrument for long periods', { id: 'muscle.wrist-finger-extensors.cause.3' }),
    ],
    // In the upper third of the back of the forearm, a few finger-widths below the outer elbow.
    triggerPoints: [
      { region: 'forearm-back-left', view: 'back', x: 40, y: 181 },
      { region: 'forearm-back-left', view: 'back', x: 37.8, y: 185.3 },
    ],
    // Travell & Simons, ch. 34 (wrist extensors) and ch. 35 (finger extensors): the outer elbow
    // (long radial wrist extensor, finger extensors), the back of the wrist and hand (radial and
    // ulnar wrist extensors), and the fingers (the finger extensors refer into the finger they
    // move: issue 8 asked for the fingers as part of the essential pattern); spillover over the
    // back of the forearm.
    referral: {
      primary: ['outer-elbow-left', 'wrist-left', 'back-of-hand-left', 'fingers-left'],
      secondary: ['forearm-back-left'],
    },
    symptoms: () => [
      msg('Pain at the outer elbow, like tennis elbow', { id: 'muscle.wrist-finger-extensors.symptom.1' }),
      msg('Weak grip and dropping things', { id: 'muscle.wrist-finger-extensors.symptom.2' }),
      msg('Stiff, achy fingers', { id: 'muscle.wrist-finger-extensors.symptom.3' }),
    ],
    techniques: ['wrist-finger-extensors-fingers', 'wrist-finger-extensors-stretch'],
    cautions: () => [
      msg('Stop if you feel tingling or numbness in the hand.', { id: 'muscle.wrist-finger-extensors.caution.1' }),
      // Progressive weakness (here a wrist or fingers that cannot be lifted: radial nerve) is an
      // urgent red flag, not a muscle knot.
      msg('Weakness that keeps getting worse, such as a wrist or fingers you cannot lift, needs a doctor the same day.', { id: 'muscle.wrist-finger-extensors.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 34, Hand Extensors and Brachioradialis' },
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 35, Extensor Digitorum' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 6, Elbow, Forearm, and Hand Pain: Hand and Finger Extensors' },
    ],
  },
  techniques: [
    // Safety: nothing on the bony point of the outer elbow; a nerve runs deep in the muscle a few
    // finger-widths below it (radial nerve): stop at tingling. The old "stroke from the wrist up
    // to the elbow" ran onto the elbow; strokes now stay on the muscle and run toward the wrist.
    // Firm pressure on an arm at risk of lymphoedema: 'lymphoedema'.
    // Dose: Davies' short, slow strokes instead of "hold or stroke".
    {
      id: 'wrist-finger-extensors-fingers',
      muscle: 'wrist-finger-extensors',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Wrist and finger extensors: thumb pressure', { id: 'technique.wrist-finger-extensors-fingers.title' }),
      steps: () => [
        msg('Sit and rest the sore forearm on a table, palm down.', { id: 'technique.wrist-finger-extensors-fingers.step.1' }),
        msg('With the other thumb, press into the back of the forearm two to three finger-widths below the outer elbow.', { id: 'technique.wrist-finger-extensors-fingers.step.2' }),
        msg('Lift your fingers one at a time to feel which part of the muscle works, and search there for tender spots.', { id: 'technique.wrist-finger-extensors-fingers.step.3' }),
        msg('Give each tender spot 10 short, slow strokes of about 2 cm toward the wrist, lifting your thumb between strokes, at a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.wrist-finger-extensors-fingers.step.4' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tenderness on the back of the forearm, sometimes an ache at the outer elbow, wrist, or back of the hand, that eases as you work.', { id: 'technique.wrist-finger-extensors-fingers.feel' }),
      cautions: () => [
        msg('Stop at any tingling or numbness in the hand.', { id: 'technique.wrist-finger-extensors-fingers.caution.1' }),
        msg('Do not press on the bony point of the outer elbow.', { id: 'technique.wrist-finger-extensors-fingers.caution.2' }),
      ],
      askFirst: ['anticoagulants', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 6, Elbow, Forearm, and Hand Pain: Hand and Finger Extensors' },
    },
    // Travell & Simons describe this self-stretch (ch. 34); the hold (15–30 s, 2–3 times) is
    // general stretching guidance, not theirs.
    {
      id: 'wrist-finger-extensors-stretch',
      muscle: 'wrist-finger-extensors',
      tool: 'stretch',
      position: 'standing',
      title: () => msg('Wrist and finger extensors: wrist-down stretch', { id: 'technique.wrist-finger-extensors-stretch.title' }),
      steps: () => [
        msg('Hold the sore arm straight out in front of you, palm down.', { id: 'technique.wrist-finger-extensors-stretch.step.1' }),
        msg('Curl the fingers into a loose fist.', { id: 'technique.wrist-finger-extensors-stretch.step.2' }),
        msg('With the other hand, gently bend the wrist down until you feel a stretch on the back of the forearm.', { id: 'technique.wrist-finger-extensors-stretch.step.3' }),
        msg('Hold and breathe slowly, then release.', { id: 'technique.wrist-finger-extensors-stretch.step.4' }),
      ],
      dose: { kind: 'stretch', holdSeconds: 20, reps: 3, sides: 'each', timesPerDay: 3 },
      feel: () => msg('A gentle pull along the back of the forearm toward the outer elbow.', { id: 'technique.wrist-finger-extensors-stretch.feel' }),
      cautions: () => [msg('Stretch gently without bouncing; stop at sharp pain or tingling in the hand.', { id: 'technique.wrist-finger-extensors-stretch.caution.1' })],
      askFirst: ['recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 34, Hand Extensors and Brachioradialis' },
    },
  ],
};
