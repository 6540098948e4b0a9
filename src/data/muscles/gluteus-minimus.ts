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
    id: 'gluteus-minimus',
    area: 'hip-leg',
    name: () => msg('Gluteus minimus', { id: 'muscle.gluteus-minimus.name' }),
    description: () => msg('The smallest, deepest of the three buttock muscles, under the side of the hip; it steadies the pelvis when you walk and helps turn the thigh inward.', { id: 'muscle.gluteus-minimus.description' }),
    causes: () => [
      msg('Standing still for a long time or limping', { id: 'muscle.gluteus-minimus.cause.1' }),
      msg('Sitting for hours without moving, or with a wallet in the back pocket', { id: 'muscle.gluteus-minimus.cause.2' }),
      msg('Overuse from running or long walks', { id: 'muscle.gluteus-minimus.cause.3' }),
      msg('A fall or an injection into the side of the hip', { id: 'muscle.gluteus-minimus.cause.4' }),
    ],
    // Travell & Simons draw two separate groups: anterior trigger points at the front of the side
    // of the hip (under tensor fasciae latae) and posterior ones in the upper outer buttock
    // (under gluteus medius); the side-of-hip site from behind is kept between them.
    triggerPoints: [
      { region: 'hip-side-left', view: 'back', x: 63.4, y: 221.8 },
      { region: 'hip-side-left', view: 'front', x: 135.5, y: 212 },
      { region: 'buttock-left', view: 'back', x: 70, y: 214 },
    ],
    // Issue 8, section 5: the side of the thigh, knee and leg down to the ankle is the anterior
    // trigger points' essential zone (Travell & Simons vol. 2, ch. 9), not spillover. The calf
    // stays spillover of the posterior pattern.
    referral: {
      primary: ['buttock-left', 'hip-side-left', 'outer-thigh-left', 'back-of-thigh-left', 'outer-knee-left', 'outer-lower-leg-left', 'ankle-left'],
      secondary: ['calf-left', 'back-of-knee-left'],
    },
    symptoms: () => [
      msg('Pain down the side or back of the leg that can feel like sciatica', { id: 'muscle.gluteus-minimus.symptom.1' }),
      msg('Pain when you get up from a chair or lie on the sore side', { id: 'muscle.gluteus-minimus.symptom.2' }),
      msg('Limping', { id: 'muscle.gluteus-minimus.symptom.3' }),
    ],
    techniques: ['gluteus-minimus-ball'],
    cautions: () => [
      msg('Move off if you feel burning, shooting or electric pain, tingling or numbness down the leg: that is a nerve, not a trigger point.', { id: 'muscle.gluteus-minimus.caution.1' }),
      // Its pattern mimics sciatica: real nerve signs need a clinician before self-care.
      msg('Leg pain with numbness, or a weak foot or ankle, needs a clinician\'s check before you treat it yourself.', { id: 'muscle.gluteus-minimus.caution.2' }),
      // Red flag for sciatica-like pain (NHS "Sciatica", "Cauda equina syndrome").
      msg('Back or buttock pain with numbness in the saddle area (between the legs, the buttocks or the genitals), or with new bladder or bowel problems, is an emergency: call your emergency number now.', { id: 'muscle.gluteus-minimus.caution.3' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 9, Gluteus Minimus' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain: Gluteus Minimus' },
    ],
  },
  techniques: [
    // Davies' short, slow strokes in one direction (ch. 3) replace the old static 60 s × 3 hold.
    // Body weight leans on a ball over the side of the hip: osteoporosis is an ask-first.
    {
      id: 'gluteus-minimus-ball',
      muscle: 'gluteus-minimus',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Gluteus minimus: ball against a wall', { id: 'technique.gluteus-minimus-ball.title' }),
      // Clinical review: step 2 put the ball "a hand's width below the rim of the pelvis", which
      // in a small adult is on the bony knob of the thigh bone (greater trochanter, bursa) that
      // caution 2 forbids. The muscle lies between the two: the ball now goes halfway.
      steps: () => [
        msg('Stand with the side of your hip against a wall.', { id: 'technique.gluteus-minimus-ball.step.1' }),
        msg('Place a tennis ball between the wall and the side of the hip, halfway between the rim of the pelvis and the bony knob at the top of the thigh, a little toward the front or the back.', { id: 'technique.gluteus-minimus-ball.step.2' }),
        msg('Lean your weight into the ball and move slowly until you find a tender spot.', { id: 'technique.gluteus-minimus-ball.step.3' }),
        msg('Bend your knees slowly so the ball rolls a few centimetres over the spot, then ease off as you come back up: that is one stroke. Keep each stroke a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.gluteus-minimus-ball.step.4' }),
        msg('Move a finger-width at a time and repeat.', { id: 'technique.gluteus-minimus-ball.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Deep tenderness at the side of the hip, sometimes an ache down the side or back of the leg that eases as you work the spot.', { id: 'technique.gluteus-minimus-ball.feel' }),
      cautions: () => [
        msg('Move the ball off if you feel burning, shooting or electric pain, tingling or numbness down the leg.', { id: 'technique.gluteus-minimus-ball.caution.1' }),
        msg('Keep the ball off the bony knob at the top of the thigh.', { id: 'technique.gluteus-minimus-ball.caution.2' }),
      ],
      askFirst: ['anticoagulants', 'osteoporosis', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain: Gluteus Minimus' },
    },
  ],
};
