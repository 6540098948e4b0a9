import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Hip and leg muscles. Referral patterns and doses follow Travell & Simons' Trigger Point
 * Manual (vol. 2) and Davies' Trigger Point Therapy Workbook, written in our own words.
 * Trigger-point coordinates are in the body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'gluteus-medius',
    prevalence: 2,
    area: 'hip-leg',
    name: () => msg('Gluteus medius', { id: 'muscle.gluteus-medius.name' }),
    description: () => msg('A fan-shaped muscle on the upper outer buttock, just below the rim of the pelvis; it keeps your pelvis level each time you stand on one leg.', { id: 'muscle.gluteus-medius.description' }),
    causes: () => [
      msg('Standing with your weight on one leg', { id: 'muscle.gluteus-medius.cause.1' }),
      msg('Walking or running a lot, especially on sloping or soft ground', { id: 'muscle.gluteus-medius.cause.2' }),
      msg('A fall or a sudden twist of the hip', { id: 'muscle.gluteus-medius.cause.3' }),
      msg('A leg-length difference or flat, rolling-in feet', { id: 'muscle.gluteus-medius.cause.4' }),
    ],
    triggerPoints: [
      { region: 'buttock-left', view: 'back', x: 78, y: 222 },
    ],
    referral: {
      primary: ['low-back-left', 'sacrum', 'buttock-left'],
      secondary: ['hip-side-left', 'outer-thigh-left'],
    },
    symptoms: () => [
      msg('Pain when lying on the sore side or on your back', { id: 'muscle.gluteus-medius.symptom.1' }),
      msg('Tired, aching hip and a limp when you walk far', { id: 'muscle.gluteus-medius.symptom.2' }),
    ],
    techniques: ['gluteus-medius-ball', 'gluteus-medius-stretch'],
    cautions: () => [
      msg('Move off if you feel burning, shooting or electric pain, tingling or numbness down the leg: that is a nerve, not a trigger point.', { id: 'muscle.gluteus-medius.caution.1' }),
      msg('Low back pain with fever, loss of bladder or bowel control, or numbness around the groin needs a doctor the same day.', { id: 'muscle.gluteus-medius.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 8' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain, Gluteus Medius' },
    ],
  },
  techniques: [
    {
      id: 'gluteus-medius-ball',
      muscle: 'gluteus-medius',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Gluteus medius: ball against a wall', { id: 'technique.gluteus-medius-ball.title' }),
      steps: () => [
        msg('Stand side-on to a wall, then turn your back a little toward it.', { id: 'technique.gluteus-medius-ball.step.1' }),
        msg('Place a tennis ball between the wall and the upper outer buttock, just below the rim of the pelvis.', { id: 'technique.gluteus-medius-ball.step.2' }),
        msg('Lean into the ball and move slowly along under the rim until you find a tender spot.', { id: 'technique.gluteus-medius-ball.step.3' }),
        msg('Hold steady pressure at a "good hurt" of about 5 to 7 out of 10 and breathe out slowly.', { id: 'technique.gluteus-medius-ball.step.4' }),
        msg('Work along the whole rim, one spot at a time.', { id: 'technique.gluteus-medius-ball.step.5' }),
      ],
      dose: { holdSeconds: 60, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('Tenderness under the rim of the pelvis, sometimes an ache in the low back, buttock or side of the hip that fades as you hold.', { id: 'technique.gluteus-medius-ball.feel' }),
      cautions: () => [
        msg('Move the ball off if you feel burning, shooting or electric pain, tingling or numbness down the leg.', { id: 'technique.gluteus-medius-ball.caution.1' }),
        msg('Keep the ball off the spine and the bony rim of the pelvis itself.', { id: 'technique.gluteus-medius-ball.caution.2' }),
      ],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain, Gluteus Medius' },
    },
    {
      id: 'gluteus-medius-stretch',
      muscle: 'gluteus-medius',
      tool: 'stretch',
      position: 'standing',
      title: () => msg('Gluteus medius: standing side stretch', { id: 'technique.gluteus-medius-stretch.title' }),
      steps: () => [
        msg('Stand next to a wall or chair with the sore side away from it, holding on for balance.', { id: 'technique.gluteus-medius-stretch.step.1' }),
        msg('Cross the leg on the sore side behind the other leg.', { id: 'technique.gluteus-medius-stretch.step.2' }),
        msg('Let your sore-side hip drift out sideways, away from the wall, until you feel a gentle stretch on the outside of the hip.', { id: 'technique.gluteus-medius-stretch.step.3' }),
        msg('Hold the stretch and breathe slowly; do not bounce.', { id: 'technique.gluteus-medius-stretch.step.4' }),
        msg('Come back up slowly and rest before you repeat.', { id: 'technique.gluteus-medius-stretch.step.5' }),
      ],
      dose: { holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull over the side of the hip and upper outer buttock, never a sharp pain.', { id: 'technique.gluteus-medius-stretch.feel' }),
      cautions: () => [
        msg('Stretch gently; stop if you feel tingling, numbness or shooting pain down the leg.', { id: 'technique.gluteus-medius-stretch.caution.1' }),
        msg('Hold on to something steady so you do not lose your balance.', { id: 'technique.gluteus-medius-stretch.caution.2' }),
      ],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2, ch. 8' },
    },
  ],
};
