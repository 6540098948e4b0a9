import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Shoulder and arm muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
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
    triggerPoints: [
      { region: 'shoulder-blade-left', view: 'back', x: 74.8, y: 118.5 },
      { region: 'shoulder-blade-left', view: 'back', x: 72, y: 112 },
    ],
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
    cautions: () => [msg('Press the flat of the shoulder blade; keep off the bony ridge at its top and the spine.', { id: 'muscle.infraspinatus.caution.1' })],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 22' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Infraspinatus' },
    ],
  },
  techniques: [
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
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe slowly.', { id: 'technique.infraspinatus-ball-wall.step.4' }),
        msg('Search the whole blade: spots are often near the middle and the top.', { id: 'technique.infraspinatus-ball-wall.step.5' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Sharp tenderness on the shoulder blade, often with a deep ache felt in the front of the shoulder that fades as you hold.', { id: 'technique.infraspinatus-ball-wall.feel' }),
      cautions: () => [msg('Keep the ball on the flat of the shoulder blade, off the spine and the bony ridge.', { id: 'technique.infraspinatus-ball-wall.caution.1' })],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Infraspinatus' },
    },
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
      dose: { holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull at the back of the shoulder and over the shoulder blade.', { id: 'technique.infraspinatus-stretch.feel' }),
      cautions: () => [msg('Stretch gently and stop if you feel a sharp or catching pain in the shoulder joint.', { id: 'technique.infraspinatus-stretch.caution.1' })],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 22' },
    },
  ],
};
