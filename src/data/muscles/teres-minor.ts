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
    id: 'teres-minor',
    area: 'shoulder-arm',
    name: () => msg('Teres minor', { id: 'muscle.teres-minor.name' }),
    description: () => msg('A small rotator cuff muscle along the outer edge of your shoulder blade, below the armpit at the back; it turns the arm outward.', { id: 'muscle.teres-minor.description' }),
    causes: () => [
      msg('Reaching up and back repeatedly, as in throwing or tennis', { id: 'muscle.teres-minor.cause.1' }),
      msg('Working with the arm raised for long periods', { id: 'muscle.teres-minor.cause.2' }),
      msg('A fall onto the shoulder or an outstretched arm', { id: 'muscle.teres-minor.cause.3' }),
    ],
    // On the outer edge of the shoulder blade, at the back of the armpit.
    triggerPoints: [
      { region: 'back-of-shoulder-left', view: 'back', x: 63, y: 109 },
    ],
    // Travell & Simons: a deep, localized ache in the back of the deltoid, no wider spillover.
    referral: {
      primary: ['back-of-shoulder-left'],
      secondary: [],
    },
    symptoms: () => [msg('A deep, sharp ache at the back of the shoulder, like bursitis', { id: 'muscle.teres-minor.symptom.1' })],
    techniques: ['teres-minor-ball-wall'],
    cautions: () => [
      msg('Stay on the back of the shoulder blade; keep off the hollow of the armpit.', { id: 'muscle.teres-minor.caution.1' }),
      // Travell & Simons note ring- and little-finger tingling with this muscle; the same symptom
      // comes from the ulnar nerve or a C8 root, which a clinician should rule out.
      msg('Tingling in the ring and little fingers can come from this muscle, but also from a trapped nerve in the neck or at the elbow; see a doctor if it persists.', { id: 'muscle.teres-minor.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 23, Teres Minor' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Teres Minor' },
    ],
  },
  techniques: [
    // Safety: the ball stays on the outer edge of the shoulder blade, behind the armpit, never in
    // its hollow (brachial plexus, axillary vessels, lymph nodes); just above the muscle a nerve
    // passes to the deltoid (axillary nerve), hence the tingling caution. Near the armpit:
    // 'lymphoedema'; body weight on a ball over the ribs: 'osteoporosis'.
    // Dose: Davies' short, slow strokes in one direction instead of the old 60 s static hold.
    {
      id: 'teres-minor-ball-wall',
      muscle: 'teres-minor',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Teres minor: ball against a wall', { id: 'technique.teres-minor-ball-wall.title' }),
      steps: () => [
        msg('Stand sideways-on to a wall, turned slightly so your back faces it.', { id: 'technique.teres-minor-ball-wall.step.1' }),
        msg('Place a tennis ball on the outer edge of your shoulder blade, just behind and below the armpit.', { id: 'technique.teres-minor-ball-wall.step.2' }),
        msg('Lean into the ball and roll it slowly along the edge of the shoulder blade until you find a tender spot.', { id: 'technique.teres-minor-ball-wall.step.3' }),
        msg('Bend and straighten your knees a little so the ball makes short, slow strokes of about 2 cm over the spot, leaning in as you bend and easing off as you straighten.', { id: 'technique.teres-minor-ball-wall.step.4' }),
        msg('Give each tender spot 10 strokes at a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.teres-minor-ball-wall.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('A tender spot on the edge of the shoulder blade, sometimes a deep ache at the back of the shoulder, that eases as you work.', { id: 'technique.teres-minor-ball-wall.feel' }),
      cautions: () => [
        msg('Keep the ball on the back of the shoulder blade, out of the hollow of the armpit.', { id: 'technique.teres-minor-ball-wall.caution.1' }),
        msg('Stop if you feel tingling in the arm or hand.', { id: 'technique.teres-minor-ball-wall.caution.2' }),
      ],
      askFirst: ['anticoagulants', 'osteoporosis', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Teres Minor' },
    },
  ],
};
