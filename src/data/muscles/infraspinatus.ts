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
    id: 'infraspinatus',
    area: 'shoulder-arm',
    name: () => msg('Infraspinatus', { id: 'muscle.infraspinatus.name' }),
    description: () => msg('A rotator cuff muscle covering most of the back of your shoulder blade; it turns the arm outward and steadies the shoulder joint.', { id: 'muscle.infraspinatus.description' }),
    causes: () => [
      msg('Reaching back or up again and again, as in tennis, swimming, or reaching into the back seat', { id: 'muscle.infraspinatus.cause.1' }),
      msg('Holding a mouse or steering wheel for hours', { id: 'muscle.infraspinatus.cause.2' }),
      msg('A fall onto an outstretched arm', { id: 'muscle.infraspinatus.cause.3' }),
    ],
    // Trigger points below the shoulder-blade ridge, in the body of the shoulder blade.
    triggerPoints: [
      { region: 'shoulder-blade-left', view: 'back', x: 74.8, y: 118.5 },
      { region: 'shoulder-blade-left', view: 'back', x: 72, y: 112 },
    ],
    // Travell & Simons: essential zone deep in the front of the shoulder joint; spillover down the
    // front and outer side of the arm and forearm, to the back of the neck, and (from the rarer
    // trigger point near the inner edge of the blade) along the inner edge of the shoulder blade.
    referral: {
      primary: ['front-of-shoulder-left'],
      secondary: ['upper-arm-front-left', 'outer-shoulder-left', 'forearm-front-left', 'back-of-neck-left', 'between-shoulder-blades-left'],
    },
    symptoms: () => [
      msg('Deep pain in the front of the shoulder, often mistaken for a joint problem', { id: 'muscle.infraspinatus.symptom.1' }),
      msg('Trouble reaching behind your back, for example to a back pocket or a bra strap', { id: 'muscle.infraspinatus.symptom.2' }),
      msg('Cannot sleep on either side because the shoulder aches', { id: 'muscle.infraspinatus.symptom.3' }),
    ],
    techniques: ['infraspinatus-ball-wall', 'infraspinatus-stretch'],
    cautions: () => [
      msg('Press the flat of the shoulder blade; keep off the bony ridge at its top and the spine.', { id: 'muscle.infraspinatus.caution.1' }),
      // Deep front-of-shoulder and arm pain is also where heart pain (angina, heart attack) is felt.
      msg('Shoulder or arm pain that comes with chest pressure, breathlessness or sweating can be your heart: call emergency services.', { id: 'muscle.infraspinatus.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 22, Infraspinatus' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Infraspinatus' },
    ],
  },
  techniques: [
    // The ball stays on the flat of the shoulder blade, off the spine: no endangerment site.
    // Body weight leans on a ball over the shoulder blade and ribs, hence 'osteoporosis'.
    // Dose: Davies' short, slow strokes in one direction instead of the old 60 s static hold.
    {
      id: 'infraspinatus-ball-wall',
      muscle: 'infraspinatus',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Infraspinatus: ball against a wall', { id: 'technique.infraspinatus-ball-wall.title' }),
      steps: () => [
        msg('Stand with your back to a wall and place a tennis ball on the flat of your shoulder blade, below its bony ridge.', { id: 'technique.infraspinatus-ball-wall.step.1' }),
        msg('Lean into the ball and let your arm hang relaxed.', { id: 'technique.infraspinatus-ball-wall.step.2' }),
        msg('Move slowly in small steps across the shoulder blade until you find a tender spot.', { id: 'technique.infraspinatus-ball-wall.step.3' }),
        msg('Bend and straighten your knees a little so the ball makes short, slow strokes of about 2 cm over the spot, leaning in as you bend and easing off as you straighten.', { id: 'technique.infraspinatus-ball-wall.step.4' }),
        msg('Give each tender spot 10 strokes at a "good hurt" of about 5 to 7 out of 10, never sharp, then search the rest of the blade: spots are often near the middle and the top.', { id: 'technique.infraspinatus-ball-wall.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tenderness on the shoulder blade, often with a deep ache in the front of the shoulder, that eases as you work.', { id: 'technique.infraspinatus-ball-wall.feel' }),
      cautions: () => [
        msg('Keep the ball on the flat of the shoulder blade, off the spine and the bony ridge.', { id: 'technique.infraspinatus-ball-wall.caution.1' }),
        msg('Stop if you feel tingling or numbness in the arm.', { id: 'technique.infraspinatus-ball-wall.caution.2' }),
      ],
      askFirst: ['anticoagulants', 'osteoporosis', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Infraspinatus' },
    },
    // Travell & Simons describe this self-stretch; the hold (15–30 s, 2–3 times) is general
    // stretching guidance, not theirs.
    {
      id: 'infraspinatus-stretch',
      muscle: 'infraspinatus',
      tool: 'stretch',
      position: 'standing',
      title: () => msg('Infraspinatus: hand-behind-back stretch', { id: 'technique.infraspinatus-stretch.title' }),
      steps: () => [
        msg('Stand tall and place the back of the hand on the sore side against your lower back.', { id: 'technique.infraspinatus-stretch.step.1' }),
        msg('With the other hand, hold that wrist or elbow.', { id: 'technique.infraspinatus-stretch.step.2' }),
        msg('Gently ease the sore elbow forward until you feel a stretch at the back of the shoulder.', { id: 'technique.infraspinatus-stretch.step.3' }),
        msg('Hold and breathe slowly, then relax.', { id: 'technique.infraspinatus-stretch.step.4' }),
      ],
      dose: { kind: 'stretch', holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull at the back of the shoulder and over the shoulder blade.', { id: 'technique.infraspinatus-stretch.feel' }),
      cautions: () => [msg('Stretch gently and stop if you feel a sharp or catching pain in the shoulder joint.', { id: 'technique.infraspinatus-stretch.caution.1' })],
      askFirst: ['recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 22, Infraspinatus' },
    },
  ],
};
