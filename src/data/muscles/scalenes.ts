import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Head and neck muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 1) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'scalenes',
    area: 'head-neck',
    name: () => msg('Scalenes', { id: 'muscle.scalenes.name' }),
    description: () => msg('Three slender muscles on the side of your neck, from the neck bones down to the top ribs; they bend the neck sideways and lift the ribs when you breathe hard.', { id: 'muscle.scalenes.description' }),
    causes: () => [
      msg('Breathing high in the chest, from stress, coughing, or asthma', { id: 'muscle.scalenes.cause.1' }),
      msg('Carrying or pulling heavy loads', { id: 'muscle.scalenes.cause.2' }),
      msg('Sleeping with the head low or the neck bent sideways', { id: 'muscle.scalenes.cause.3' }),
      msg('A whiplash injury or a fall', { id: 'muscle.scalenes.cause.4' }),
    ],
    triggerPoints: [
      { region: 'side-of-neck-left', view: 'front', x: 112, y: 76 },
    ],
    referral: {
      primary: ['chest-left', 'upper-arm-front-left', 'upper-arm-back-left', 'between-shoulder-blades-left'],
      secondary: ['forearm-front-left', 'forearm-back-left', 'thumb-left', 'fingers-left'],
    },
    symptoms: () => [
      msg('Numbness or tingling in the hand', { id: 'muscle.scalenes.symptom.1' }),
      msg('Dropping things without meaning to', { id: 'muscle.scalenes.symptom.2' }),
      msg('Restless sleep because the arm and shoulder ache', { id: 'muscle.scalenes.symptom.3' }),
    ],
    techniques: ['scalenes-fingers', 'scalenes-stretch'],
    cautions: () => [
      msg('Use light pressure only; move off anything that pulses and stop at any tingling.', { id: 'muscle.scalenes.caution.1' }),
      msg('Chest and arm pain can come from the heart; get urgent help if it comes with shortness of breath, sweating, or nausea.', { id: 'muscle.scalenes.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 20' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Scalenes' },
    ],
  },
  techniques: [
    {
      id: 'scalenes-fingers',
      muscle: 'scalenes',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Scalenes: light fingertip pressure', { id: 'technique.scalenes-fingers.title' }),
      steps: () => [
        msg('Sit and tip your head slightly toward the sore side to relax the neck.', { id: 'technique.scalenes-fingers.step.1' }),
        msg('Find the rope-like sternocleidomastoid on the side of your neck and slide your fingertips just behind it, above the collarbone.', { id: 'technique.scalenes-fingers.step.2' }),
        msg('Press very lightly toward the neck bones and feel for small tender bands.', { id: 'technique.scalenes-fingers.step.3' }),
        msg('Hold each tender spot with light pressure, no more than 5 out of 10, and breathe slowly into your belly.', { id: 'technique.scalenes-fingers.step.4' }),
      ],
      dose: { holdSeconds: 30, reps: 2, sides: 'each', timesPerDay: 1 },
      feel: () => msg('Mild tenderness on the side of the neck, sometimes an ache in the chest, upper arm, or shoulder blade that eases as you hold.', { id: 'technique.scalenes-fingers.feel' }),
      cautions: () => [
        msg('Light pressure only: if you feel a pulse, move off it at once.', { id: 'technique.scalenes-fingers.caution.1' }),
        msg('Nerves to the arm run between these muscles: stop at any tingling, numbness, or electric feeling in the arm or hand.', { id: 'technique.scalenes-fingers.caution.2' }),
        msg('Stop if you feel dizzy or faint.', { id: 'technique.scalenes-fingers.caution.3' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Scalenes' },
    },
    {
      id: 'scalenes-stretch',
      muscle: 'scalenes',
      tool: 'stretch',
      position: 'seated',
      title: () => msg('Scalenes: side-neck stretch', { id: 'technique.scalenes-stretch.title' }),
      steps: () => [
        msg('Sit tall and hold the edge of the seat with the hand on the sore side to keep that shoulder down.', { id: 'technique.scalenes-stretch.step.1' }),
        msg('Tilt your ear slowly toward the other shoulder.', { id: 'technique.scalenes-stretch.step.2' }),
        msg('Turn your face a little up toward the ceiling to stretch the front part, or a little down to stretch the back part.', { id: 'technique.scalenes-stretch.step.3' }),
        msg('Breathe slowly and hold the gentle stretch, then bring your head back to center.', { id: 'technique.scalenes-stretch.step.4' }),
      ],
      dose: { holdSeconds: 20, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull along the side of the neck down to the collarbone.', { id: 'technique.scalenes-stretch.feel' }),
      cautions: () => [
        msg('Move slowly and never tip the head far back; stop if you feel dizzy.', { id: 'technique.scalenes-stretch.caution.1' }),
        msg('Stop at any tingling or numbness in the arm or hand.', { id: 'technique.scalenes-stretch.caution.2' }),
      ],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 20' },
    },
  ],
};
