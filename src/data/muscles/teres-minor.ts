import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Shoulder and arm muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
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
    triggerPoints: [
      { region: 'back-of-shoulder-left', view: 'back', x: 63, y: 109 },
    ],
    referral: {
      primary: ['back-of-shoulder-left'],
      secondary: [],
    },
    symptoms: () => [msg('A deep, sharp ache at the back of the shoulder, like bursitis', { id: 'muscle.teres-minor.symptom.1' })],
    techniques: ['teres-minor-ball-wall'],
    cautions: () => [msg('Stay on the back of the shoulder blade; keep off the hollow of the armpit.', { id: 'muscle.teres-minor.caution.1' })],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 23' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Teres Minor' },
    ],
  },
  techniques: [
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
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe slowly.', { id: 'technique.teres-minor-ball-wall.step.4' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A tender spot on the edge of the shoulder blade, sometimes a deep ache at the back of the shoulder that fades as you hold.', { id: 'technique.teres-minor-ball-wall.feel' }),
      cautions: () => [
        msg('Keep the ball on the back of the shoulder blade, out of the hollow of the armpit.', { id: 'technique.teres-minor-ball-wall.caution.1' }),
        msg('Stop if you feel tingling in the arm or hand.', { id: 'technique.teres-minor-ball-wall.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Teres Minor' },
    },
  ],
};
