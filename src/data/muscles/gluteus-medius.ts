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
    // Travell & Simons draw three trigger points along the rim of the pelvis: the back two in the
    // upper buttock, the front one at the side of the hip (a separate area, added here).
    triggerPoints: [
      { region: 'buttock-left', view: 'back', x: 78, y: 222 },
      { region: 'hip-side-left', view: 'back', x: 64, y: 208 },
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
      // Cauda equina is an emergency, not a same-day matter (NHS "Cauda equina syndrome"); the
      // warning sign is saddle numbness, not "numbness around the groin" (issue 8, section 2).
      msg('Back or buttock pain with numbness in the saddle area (between the legs, the buttocks or the genitals), or with new bladder or bowel problems, is an emergency: call your emergency number now.', { id: 'muscle.gluteus-medius.caution.2' }),
      // Fever with back pain may be an infection of the spine (NHS "Back pain").
      msg('Back or buttock pain with a fever, or if you feel very unwell, needs a doctor the same day.', { id: 'muscle.gluteus-medius.caution.3' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 8, Gluteus Medius' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain: Gluteus Medius' },
    ],
  },
  techniques: [
    // Davies' short, slow strokes in one direction (ch. 3) replace the old static 60 s × 3 hold.
    // Body weight leans on a ball next to the rim of the pelvis: osteoporosis is an ask-first.
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
        msg('Bend your knees slowly so the ball rolls a few centimetres over the spot, then ease off as you come back up: that is one stroke. Keep each stroke a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.gluteus-medius-ball.step.4' }),
        msg('Work along the whole rim, one spot at a time.', { id: 'technique.gluteus-medius-ball.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tenderness under the rim of the pelvis, sometimes an ache in the low back, buttock or side of the hip that eases as you work the spot.', { id: 'technique.gluteus-medius-ball.feel' }),
      cautions: () => [
        msg('Move the ball off if you feel burning, shooting or electric pain, tingling or numbness down the leg.', { id: 'technique.gluteus-medius-ball.caution.1' }),
        msg('Keep the ball off the spine and the bony rim of the pelvis itself.', { id: 'technique.gluteus-medius-ball.caution.2' }),
      ],
      askFirst: ['anticoagulants', 'osteoporosis', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain: Gluteus Medius' },
    },
    // A stretch: the 30 s hold is general stretching guidance (15–30 s), not a number from
    // Travell & Simons, who are cited for stretching this muscle. Crossing the leg behind the
    // other brings the hip across the midline, which people are told to avoid for a while after
    // some hip replacements: hence caution 3 and the recent-surgery ask-first.
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
      dose: { kind: 'stretch', holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull over the side of the hip and upper outer buttock, never a sharp pain.', { id: 'technique.gluteus-medius-stretch.feel' }),
      cautions: () => [
        msg('Stretch gently; stop if you feel tingling, numbness or shooting pain down the leg.', { id: 'technique.gluteus-medius-stretch.caution.1' }),
        msg('Hold on to something steady so you do not lose your balance.', { id: 'technique.gluteus-medius-stretch.caution.2' }),
        msg('After a hip replacement, ask your surgeon or physiotherapist before you cross your legs like this.', { id: 'technique.gluteus-medius-stretch.caution.3' }),
      ],
      askFirst: ['recent-injury', 'recent-surgery', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 8, Gluteus Medius' },
    },
  ],
};
