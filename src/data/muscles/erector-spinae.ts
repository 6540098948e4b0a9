import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Trunk muscles: chest, back and abdomen. Referral patterns and doses follow Travell & Simons'
 * Trigger Point Manual (vols. 1 and 2) and Davies' Trigger Point Therapy Workbook, written in
 * our own words. Trigger-point coordinates are in the body map's view space
 * (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'erector-spinae',
    area: 'trunk',
    name: () => msg('Erector spinae (iliocostalis and longissimus)', { id: 'muscle.erector-spinae.name' }),
    description: () => msg('The long columns of muscle on either side of your spine, from the pelvis to the ribs and neck; they hold you upright and bend you backward.', { id: 'muscle.erector-spinae.description' }),
    causes: () => [
      msg('Bending and lifting with a rounded back', { id: 'muscle.erector-spinae.cause.1' }),
      msg('Sitting slumped for hours, or sleeping on a sagging mattress', { id: 'muscle.erector-spinae.cause.2' }),
      msg('A sudden twist or fall', { id: 'muscle.erector-spinae.cause.3' }),
      msg('Getting chilled after exercise', { id: 'muscle.erector-spinae.cause.4' }),
    ],
    triggerPoints: [
      { region: 'mid-back-left', view: 'back', x: 80, y: 162 },
      { region: 'low-back-left', view: 'back', x: 76.6, y: 185.8 },
    ],
    referral: {
      primary: ['low-back-left', 'buttock-left', 'mid-back-left'],
      secondary: ['shoulder-blade-left', 'flank-left', 'upper-abdomen-left', 'lower-abdomen-left'],
    },
    symptoms: () => [
      msg('Stiff back, hard to bend or to straighten up', { id: 'muscle.erector-spinae.symptom.1' }),
      msg('Trouble getting up from a chair or climbing stairs', { id: 'muscle.erector-spinae.symptom.2' }),
    ],
    techniques: ['erector-spinae-ball-wall', 'erector-spinae-stretch'],
    cautions: () => [
      msg('Back pain with numbness around the groin, new trouble controlling the bladder or bowels, leg weakness or fever needs a doctor urgently.', { id: 'muscle.erector-spinae.caution.1' }),
      msg('Press beside the spine, never on the bony bumps of the spine itself.', { id: 'muscle.erector-spinae.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 48' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain' },
    ],
  },
  techniques: [
    {
      id: 'erector-spinae-ball-wall',
      muscle: 'erector-spinae',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Erector spinae: ball against a wall', { id: 'technique.erector-spinae-ball-wall.title' }),
      steps: () => [
        msg('Stand with your back to a wall and place a tennis or lacrosse ball between the wall and your back, a thumb-width or two to one side of the spine.', { id: 'technique.erector-spinae-ball-wall.step.1' }),
        msg('Bend your knees slightly and lean back into the ball.', { id: 'technique.erector-spinae-ball-wall.step.2' }),
        msg('Slowly roll up and down the column of muscle until you find a tender spot.', { id: 'technique.erector-spinae-ball-wall.step.3' }),
        msg('Hold at a "good hurt" of about 5 to 7 out of 10 and breathe out slowly.', { id: 'technique.erector-spinae-ball-wall.step.4' }),
        msg('Move the ball up or down a little and repeat, from the lowest ribs to the top of the pelvis.', { id: 'technique.erector-spinae-ball-wall.step.5' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Local tenderness, sometimes an ache spreading into the low back or buttock, that eases during the hold.', { id: 'technique.erector-spinae-ball-wall.feel' }),
      cautions: () => [
        msg('Keep the ball on the muscle beside the spine, never on the bony bumps of the spine.', { id: 'technique.erector-spinae-ball-wall.caution.1' }),
        msg('Stop if you feel pain shooting down a leg, or tingling or numbness in it.', { id: 'technique.erector-spinae-ball-wall.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Iliocostalis and Longissimus' },
    },
    {
      id: 'erector-spinae-stretch',
      muscle: 'erector-spinae',
      tool: 'stretch',
      position: 'lying-back',
      title: () => msg('Erector spinae: knees-to-chest stretch', { id: 'technique.erector-spinae-stretch.title' }),
      steps: () => [
        msg('Lie on your back on a firm surface with your knees bent and feet flat.', { id: 'technique.erector-spinae-stretch.step.1' }),
        msg('Bring one knee, then the other, up toward your chest.', { id: 'technique.erector-spinae-stretch.step.2' }),
        msg('Hold behind your thighs and gently draw both knees closer until you feel a stretch in the low back.', { id: 'technique.erector-spinae-stretch.step.3' }),
        msg('Breathe slowly and let your back sink into the floor.', { id: 'technique.erector-spinae-stretch.step.4' }),
        msg('Lower one foot at a time to the floor to finish.', { id: 'technique.erector-spinae-stretch.step.5' }),
      ],
      dose: { holdSeconds: 30, reps: 3, sides: 'none', timesPerDay: 2 },
      feel: () => msg('A gentle, even stretch across the low back.', { id: 'technique.erector-spinae-stretch.feel' }),
      cautions: () => [
        msg('Skip this stretch if bending forward sends pain, tingling or numbness down a leg.', { id: 'technique.erector-spinae-stretch.caution.1' }),
        msg('Hold behind the thighs rather than on the knees if your knees hurt.', { id: 'technique.erector-spinae-stretch.caution.2' }),
      ],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 48' },
    },
  ],
};
