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
    id: 'wrist-finger-flexors',
    area: 'shoulder-arm',
    name: () => msg('Wrist and finger flexors', { id: 'muscle.wrist-finger-flexors.name' }),
    description: () => msg('The group of muscles on the palm side of your forearm, from the inner elbow to the hand; they bend the wrist and curl the fingers to grip.', { id: 'muscle.wrist-finger-flexors.description' }),
    causes: () => [
      msg('Gripping hard for a long time, such as tools, handlebars, or a steering wheel', { id: 'muscle.wrist-finger-flexors.cause.1' }),
      msg('Climbing, rowing, or carrying heavy bags by the handles', { id: 'muscle.wrist-finger-flexors.cause.2' }),
      msg('Using scissors, shears, or a pen with a tight grip', { id: 'muscle.wrist-finger-flexors.cause.3' }),
    ],
    // In the fleshy upper half of the palm side of the forearm.
    triggerPoints: [
      { region: 'forearm-front-left', view: 'front', x: 160, y: 182 },
      { region: 'forearm-front-left', view: 'front', x: 164, y: 189 },
    ],
    // Travell & Simons, ch. 38: the wrist flexors refer to the palm side of the wrist, the finger
    // flexors into the fingers (out past the tips), with spillover into the palm; the long thumb
    // flexor refers along the thumb; spillover over the palm side of the forearm.
    referral: {
      primary: ['wrist-left', 'palm-left', 'fingers-left'],
      secondary: ['forearm-front-left', 'thumb-left'],
    },
    symptoms: () => [
      msg('Pain in the wrist and palm, easily taken for carpal tunnel trouble', { id: 'muscle.wrist-finger-flexors.symptom.1' }),
      msg('Trouble using scissors or gripping small things', { id: 'muscle.wrist-finger-flexors.symptom.2' }),
      msg('Fingers that ache or feel stiff', { id: 'muscle.wrist-finger-flexors.symptom.3' }),
    ],
    techniques: ['wrist-finger-flexors-fingers', 'wrist-finger-flexors-stretch'],
    cautions: () => [
      msg('Keep out of the crook of the elbow and off the pulse at the wrist, where arteries and nerves lie close under the skin.', { id: 'muscle.wrist-finger-flexors.caution.1' }),
      msg('Numbness in the hand at night can come from a pinched nerve; see a doctor if it persists.', { id: 'muscle.wrist-finger-flexors.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 38, Hand and Finger Flexors in the Forearm' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 6, Elbow, Forearm, and Hand Pain: Hand and Finger Flexors' },
    ],
  },
  techniques: [
    // Safety: the old steps pressed "below the inner elbow" and stroked "from the wrist up to the
    // elbow": through the crook of the elbow (brachial artery, median nerve) and over the pulse at
    // the wrist (radial and ulnar arteries, nerves in the carpal tunnel). The thumb now works only
    // the fleshy forearm, from three finger-widths below the elbow crease to a hand's width above
    // the wrist crease. Firm pressure on an arm at risk of lymphoedema: 'lymphoedema'.
    // Dose: Davies' short, slow strokes instead of "hold or stroke".
    {
      id: 'wrist-finger-flexors-fingers',
      muscle: 'wrist-finger-flexors',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Wrist and finger flexors: thumb pressure', { id: 'technique.wrist-finger-flexors-fingers.title' }),
      steps: () => [
        msg('Sit and rest the sore forearm on a table, palm up.', { id: 'technique.wrist-finger-flexors-fingers.step.1' }),
        msg('With the other thumb, press into the fleshy upper half of the forearm, starting three finger-widths below the elbow crease.', { id: 'technique.wrist-finger-flexors-fingers.step.2' }),
        msg('Curl your fingers gently to feel the muscle move, and search for tender spots.', { id: 'technique.wrist-finger-flexors-fingers.step.3' }),
        msg('Give each tender spot 10 short, slow strokes of about 2 cm toward the wrist, lifting your thumb between strokes, at a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.wrist-finger-flexors-fingers.step.4' }),
        msg('Stay a hand\'s width above the wrist crease, and move off any spot where you feel a pulse.', { id: 'technique.wrist-finger-flexors-fingers.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tenderness in the forearm, sometimes an ache in the wrist, palm, or fingers, that eases as you work.', { id: 'technique.wrist-finger-flexors-fingers.feel' }),
      cautions: () => [
        msg('Keep out of the crook of the elbow and off the pulse at the wrist; if you feel a pulse, move off it.', { id: 'technique.wrist-finger-flexors-fingers.caution.1' }),
        msg('Stop at any tingling or numbness in the hand.', { id: 'technique.wrist-finger-flexors-fingers.caution.2' }),
      ],
      askFirst: ['anticoagulants', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 6, Elbow, Forearm, and Hand Pain: Hand and Finger Flexors' },
    },
    // Travell & Simons describe this self-stretch (ch. 38); the hold (15–30 s, 2–3 times) is
    // general stretching guidance, not theirs.
    {
      id: 'wrist-finger-flexors-stretch',
      muscle: 'wrist-finger-flexors',
      tool: 'stretch',
      position: 'standing',
      title: () => msg('Wrist and finger flexors: palm-up stretch', { id: 'technique.wrist-finger-flexors-stretch.title' }),
      steps: () => [
        msg('Hold the sore arm straight out in front of you, palm up.', { id: 'technique.wrist-finger-flexors-stretch.step.1' }),
        msg('With the other hand, gently bend the wrist and fingers back toward the floor.', { id: 'technique.wrist-finger-flexors-stretch.step.2' }),
        msg('Stop when you feel a stretch along the inside of the forearm.', { id: 'technique.wrist-finger-flexors-stretch.step.3' }),
        msg('Hold and breathe slowly, then release.', { id: 'technique.wrist-finger-flexors-stretch.step.4' }),
      ],
      dose: { kind: 'stretch', holdSeconds: 20, reps: 3, sides: 'each', timesPerDay: 3 },
      feel: () => msg('A gentle pull along the palm side of the forearm.', { id: 'technique.wrist-finger-flexors-stretch.feel' }),
      cautions: () => [msg('Stretch gently without bouncing; stop at sharp pain or tingling in the fingers.', { id: 'technique.wrist-finger-flexors-stretch.caution.1' })],
      askFirst: ['recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 38, Hand and Finger Flexors in the Forearm' },
    },
  ],
};
