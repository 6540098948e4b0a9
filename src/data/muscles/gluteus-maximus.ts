import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Hip and leg muscles. Referral patterns follow Travell & Simons' Trigger Point Manual (vol. 2,
 * 1st ed.); each technique's dose follows its own source (see `Dose` in types.ts). Written in
 * our own words. Trigger-point coordinates are in the body map's view space
 * (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'gluteus-maximus',
    area: 'hip-leg',
    name: () => msg('Gluteus maximus', { id: 'muscle.gluteus-maximus.name' }),
    description: () => msg('The big, thick muscle that forms the shape of your buttock; it straightens the hip when you stand up, climb or run.', { id: 'muscle.gluteus-maximus.description' }),
    causes: () => [
      msg('Sitting for long periods, especially on a wallet or a hard seat', { id: 'muscle.gluteus-maximus.cause.1' }),
      msg('Climbing stairs or hills, or lifting while bent forward', { id: 'muscle.gluteus-maximus.cause.2' }),
      msg('Sleeping curled up with the hips bent for hours', { id: 'muscle.gluteus-maximus.cause.3' }),
      msg('A fall onto the buttocks', { id: 'muscle.gluteus-maximus.cause.4' }),
    ],
    // Travell & Simons draw three trigger points, all in the buttock: beside the sacrum, above
    // the sitting bone (this site) and low near the tailbone.
    triggerPoints: [
      { region: 'buttock-left', view: 'back', x: 85, y: 233 },
    ],
    referral: {
      primary: ['buttock-left', 'sacrum'],
      secondary: [],
    },
    symptoms: () => [
      msg('Restlessness and discomfort when sitting for long', { id: 'muscle.gluteus-maximus.symptom.1' }),
      msg('Pain walking uphill or bending forward', { id: 'muscle.gluteus-maximus.symptom.2' }),
    ],
    techniques: ['gluteus-maximus-ball'],
    cautions: () => [
      msg('Ease off at once if you feel burning, shooting or electric pain, tingling or numbness down the leg: that is a nerve, not a trigger point.', { id: 'muscle.gluteus-maximus.caution.1' }),
      msg('Do not press on the tailbone or on the bony point you sit on.', { id: 'muscle.gluteus-maximus.caution.2' }),
      // Red flag for the area (cauda equina): NHS "Cauda equina syndrome", "Sciatica".
      msg('Back or buttock pain with numbness in the saddle area (between the legs, the buttocks or the genitals), or with new bladder or bowel problems, is an emergency: call your emergency number now.', { id: 'muscle.gluteus-maximus.caution.3' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 7, Gluteus Maximus' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain: Gluteus Maximus' },
    ],
  },
  techniques: [
    // Davies' short, slow strokes in one direction (ch. 3) replace the old static 60 s × 3 hold:
    // the ball presses as the knees bend and eases off on the way back up. Body weight leans on
    // a ball near the sacrum and tailbone, so osteoporosis is an ask-first.
    {
      id: 'gluteus-maximus-ball',
      muscle: 'gluteus-maximus',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Gluteus maximus: ball against a wall', { id: 'technique.gluteus-maximus-ball.title' }),
      steps: () => [
        msg('Stand with your back to a wall and place a tennis ball between the wall and the lower, inner part of your buttock on the sore side.', { id: 'technique.gluteus-maximus-ball.step.1' }),
        msg('Bend your knees a little and lean back so the ball presses into the muscle.', { id: 'technique.gluteus-maximus-ball.step.2' }),
        msg('Move slowly up, down and sideways until you find a tender spot.', { id: 'technique.gluteus-maximus-ball.step.3' }),
        msg('Bend your knees slowly so the ball rolls a few centimetres over the spot, then ease off as you come back up: that is one stroke. Keep each stroke a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.gluteus-maximus-ball.step.4' }),
        msg('Move a little to the next tender spot and repeat.', { id: 'technique.gluteus-maximus-ball.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tenderness in the buttock, sometimes an ache spreading across the buttock or toward the tailbone, that eases as you work the spot.', { id: 'technique.gluteus-maximus-ball.feel' }),
      cautions: () => [
        msg('Move the ball off if you feel burning, shooting or electric pain, tingling or numbness down the leg.', { id: 'technique.gluteus-maximus-ball.caution.1' }),
        msg('Keep the ball off the tailbone and the bony point you sit on.', { id: 'technique.gluteus-maximus-ball.caution.2' }),
      ],
      askFirst: ['anticoagulants', 'osteoporosis', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain: Gluteus Maximus' },
    },
  ],
};
