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
    id: 'brachioradialis',
    area: 'shoulder-arm',
    name: () => msg('Brachioradialis', { id: 'muscle.brachioradialis.name' }),
    description: () => msg('The muscle on the thumb side of your forearm, just below the elbow; it bends the elbow, especially with the thumb pointing up.', { id: 'muscle.brachioradialis.description' }),
    causes: () => [
      msg('Gripping hard for a long time, such as with tools, a racket, or a steering wheel', { id: 'muscle.brachioradialis.cause.1' }),
      msg('Lifting with the thumb up, such as carrying a heavy jug or a child', { id: 'muscle.brachioradialis.cause.2' }),
      msg('Repeated hand shaking, stirring, or using a mouse all day', { id: 'muscle.brachioradialis.cause.3' }),
    ],
    // In the fleshy upper part of the muscle, on the thumb side of the forearm below the elbow.
    triggerPoints: [
      { region: 'forearm-back-left', view: 'back', x: 34, y: 181 },
    ],
    // Travell & Simons (ch. 34): pain to the wrist and the base of the thumb, in the web between
    // thumb and index finger on the back of the hand (issue 8: the thumb web was missing), and to
    // the outer elbow; spillover along the thumb side of the forearm.
    referral: {
      primary: ['back-of-hand-left', 'thumb-left', 'wrist-left', 'outer-elbow-left'],
      secondary: ['forearm-back-left'],
    },
    symptoms: () => [msg('Pain in the web between thumb and index finger', { id: 'muscle.brachioradialis.symptom.1' }), msg('Weak grip', { id: 'muscle.brachioradialis.symptom.2' })],
    techniques: ['brachioradialis-pincer'],
    cautions: () => [
      msg('Stop if you feel tingling or an electric feeling toward the thumb: a nerve runs under this muscle.', { id: 'muscle.brachioradialis.caution.1' }),
      // Pain at the base of the thumb after a fall on the hand can be a broken wrist bone
      // (scaphoid), which is easily missed.
      msg('Pain at the base of the thumb after a fall on your hand needs an X-ray first: a small wrist bone can break without much swelling.', { id: 'muscle.brachioradialis.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 34, Hand Extensors and Brachioradialis' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 6, Elbow, Forearm, and Hand Pain: Brachioradialis' },
    ],
  },
  techniques: [
    // Safety: the old grip started "just below the elbow", where fingers wrap into the crook of
    // the elbow (brachial artery, median nerve). It now starts two finger-widths below the elbow
    // crease, stays on the thumb side, and glides toward the wrist, away from the crook. A nerve
    // runs under this muscle near the elbow (radial nerve): stop at tingling toward the thumb.
    // Firm pressure on an arm at risk of lymphoedema: 'lymphoedema'.
    // Dose: Davies' short, slow strokes instead of a static squeeze.
    {
      id: 'brachioradialis-pincer',
      muscle: 'brachioradialis',
      tool: 'pincer',
      position: 'seated',
      title: () => msg('Brachioradialis: pincer squeeze', { id: 'technique.brachioradialis-pincer.title' }),
      steps: () => [
        msg('Sit and rest the sore forearm on a table, thumb side up.', { id: 'technique.brachioradialis-pincer.step.1' }),
        msg('With the other hand, grasp the fleshy ridge on the thumb side of the forearm between thumb and fingers, two finger-widths below the elbow crease; keep your fingers out of the crook of the elbow.', { id: 'technique.brachioradialis-pincer.step.2' }),
        msg('Squeeze and work slowly along it, feeling for a tender spot.', { id: 'technique.brachioradialis-pincer.step.3' }),
        msg('Squeeze gently and glide your grip about 2 cm toward the wrist, then let go and start again: 10 short, slow strokes per tender spot, at a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.brachioradialis-pincer.step.4' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('A tender spot below the elbow, sometimes an ache in the web of the thumb or the outer elbow, that eases as you work.', { id: 'technique.brachioradialis-pincer.feel' }),
      cautions: () => [
        msg('Stop at any tingling or numbness toward the thumb and move your grip.', { id: 'technique.brachioradialis-pincer.caution.1' }),
        msg('Keep out of the crook of the elbow, where an artery and a nerve lie close under the skin.', { id: 'technique.brachioradialis-pincer.caution.2' }),
      ],
      askFirst: ['anticoagulants', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 6, Elbow, Forearm, and Hand Pain: Brachioradialis' },
    },
  ],
};
