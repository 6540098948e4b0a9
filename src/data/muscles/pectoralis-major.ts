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
    id: 'pectoralis-major',
    area: 'trunk',
    name: () => msg('Pectoralis major', { id: 'muscle.pectoralis-major.name' }),
    description: () => msg('The large, fan-shaped muscle across the front of your chest; it pulls the arm forward and across the body.', { id: 'muscle.pectoralis-major.description' }),
    causes: () => [
      msg('Sitting with rounded shoulders at a desk or steering wheel', { id: 'muscle.pectoralis-major.cause.1' }),
      msg('Heavy lifting, push-ups or bench presses done to excess', { id: 'muscle.pectoralis-major.cause.2' }),
      msg('Sleeping curled up with the arms folded in front', { id: 'muscle.pectoralis-major.cause.3' }),
    ],
    triggerPoints: [
      { region: 'chest-left', view: 'front', x: 121, y: 116 },
    ],
    referral: {
      primary: ['chest-left', 'front-of-shoulder-left'],
      secondary: ['upper-chest-left', 'upper-arm-front-left', 'inner-elbow-left', 'forearm-front-left', 'fingers-left'],
    },
    symptoms: () => [
      msg('Rounded shoulders and trouble reaching back or overhead', { id: 'muscle.pectoralis-major.symptom.1' }),
      msg('Tender, oversensitive breast or nipple', { id: 'muscle.pectoralis-major.symptom.2' }),
      msg('A tight feeling across the chest', { id: 'muscle.pectoralis-major.symptom.3' }),
    ],
    techniques: ['pectoralis-major-ball-wall', 'pectoralis-major-stretch'],
    cautions: () => [
      msg('Chest pain with shortness of breath, sweating, nausea or pain spreading to the jaw or arm needs emergency care first, not self-massage.', { id: 'muscle.pectoralis-major.caution.1' }),
      msg('Work on the muscle, not on breast tissue; see a doctor about any new lump.', { id: 'muscle.pectoralis-major.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 42' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 7, Chest and Abdominal Pain' },
    ],
  },
  techniques: [
    {
      id: 'pectoralis-major-ball-wall',
      muscle: 'pectoralis-major',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Pectoralis major: ball against a wall', { id: 'technique.pectoralis-major-ball-wall.title' }),
      steps: () => [
        msg('Stand facing a wall or a door frame with a tennis or lacrosse ball in your hand.', { id: 'technique.pectoralis-major-ball-wall.step.1' }),
        msg('Place the ball on the front of your chest, just inside the front of the shoulder, below the collarbone.', { id: 'technique.pectoralis-major-ball-wall.step.2' }),
        msg('Lean into the wall until you find a tender spot, and hold at a "good hurt" of about 5 to 7 out of 10.', { id: 'technique.pectoralis-major-ball-wall.step.3' }),
        msg('Breathe out slowly while the tenderness fades.', { id: 'technique.pectoralis-major-ball-wall.step.4' }),
        msg('Move the ball a little toward the armpit fold or down the chest and repeat.', { id: 'technique.pectoralis-major-ball-wall.step.5' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Local tenderness, sometimes an ache at the front of the shoulder or down the inner arm, that eases during the hold.', { id: 'technique.pectoralis-major-ball-wall.feel' }),
      cautions: () => [
        msg('Press on muscle, not on breast tissue or a breast implant.', { id: 'technique.pectoralis-major-ball-wall.caution.1' }),
        msg('Stop if you feel tingling or numbness in the arm or hand.', { id: 'technique.pectoralis-major-ball-wall.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 7, Pectoralis Major' },
    },
    {
      id: 'pectoralis-major-stretch',
      muscle: 'pectoralis-major',
      tool: 'stretch',
      position: 'standing',
      title: () => msg('Pectoralis major: doorway stretch', { id: 'technique.pectoralis-major-stretch.title' }),
      steps: () => [
        msg('Stand in a doorway and rest your forearm on the door frame, elbow at shoulder height.', { id: 'technique.pectoralis-major-stretch.step.1' }),
        msg('Step through with the foot on the same side until you feel a gentle stretch across the chest.', { id: 'technique.pectoralis-major-stretch.step.2' }),
        msg('Keep your shoulder down and your back straight; breathe slowly.', { id: 'technique.pectoralis-major-stretch.step.3' }),
        msg('Slide the forearm a little higher or lower on the frame to stretch other parts of the muscle.', { id: 'technique.pectoralis-major-stretch.step.4' }),
      ],
      dose: { holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('An even pull across the front of the chest and shoulder, never a sharp pain.', { id: 'technique.pectoralis-major-stretch.feel' }),
      cautions: () => [
        msg('Do not force the stretch if your shoulder has ever dislocated or feels unstable.', { id: 'technique.pectoralis-major-stretch.caution.1' }),
        msg('Ease off if your hand tingles or goes numb.', { id: 'technique.pectoralis-major-stretch.caution.2' }),
      ],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1, ch. 42' },
    },
  ],
};
