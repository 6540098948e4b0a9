import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Head and neck muscles. Referral patterns follow Travell & Simons' Trigger Point Manual
 * (vol. 1, 2nd ed.); pressure techniques and their stroke doses follow Davies' Trigger Point
 * Therapy Workbook (3rd ed.), written in our own words. Trigger-point coordinates are in the
 * body map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'lower-trapezius',
    area: 'head-neck',
    name: () => msg('Lower trapezius', { id: 'muscle.lower-trapezius.name' }),
    description: () => msg('The lowest part of the trapezius, running from the middle of your back up to the shoulder blade; it pulls the shoulder blade down and steadies it when you lift your arm.', { id: 'muscle.lower-trapezius.description' }),
    causes: () => [
      msg('Slumping forward when sitting', { id: 'muscle.lower-trapezius.cause.1' }),
      msg('Leaning on your elbows at a desk that is too low', { id: 'muscle.lower-trapezius.cause.2' }),
      msg('Long periods of reaching forward or overhead', { id: 'muscle.lower-trapezius.cause.3' }),
    ],
    // T&S TrP3: in the lower fibres near the lower inner corner of the shoulder blade (mid
    // back); TrP4 (added): just below the spine of the shoulder blade, near its inner edge.
    triggerPoints: [
      { region: 'mid-back-left', view: 'back', x: 84, y: 153 },
      { region: 'shoulder-blade-left', view: 'back', x: 84, y: 110 },
    ],
    // T&S vol. 1 ch. 6: TrP3 refers to the upper back of the neck (essential), the mastoid at
    // the back of the head, the tip of the shoulder and the area above the shoulder blade
    // (spillover); TrP4 a burning pain along the inner edge of the shoulder blade (essential),
    // which on the map is the border of the shoulder-blade and between-the-shoulder-blades
    // regions. Upper back moved from essential to spillover (referred tenderness above the
    // shoulder blade).
    referral: {
      primary: ['back-of-neck-left', 'shoulder-blade-left'],
      secondary: ['back-of-head-left', 'top-of-shoulder-left', 'upper-back-left', 'between-shoulder-blades-left'],
    },
    symptoms: () => [msg('Ache at the top of the neck and along the inner edge of the shoulder blade', { id: 'muscle.lower-trapezius.symptom.1' })],
    techniques: ['lower-trapezius-ball-wall'],
    cautions: () => [
      msg('Press the muscle beside the spine and below the shoulder blade, never the spine itself.', { id: 'muscle.lower-trapezius.caution.1' }),
      // Red flags for pain between the shoulder blades: heart attack, aortic dissection.
      msg('Sudden, severe pain between the shoulder blades, or pain with chest tightness, breathlessness or sweating: call emergency services.', { id: 'muscle.lower-trapezius.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 6, Trapezius' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Trapezius' },
    ],
  },
  techniques: [
    // Davies: short, slow strokes instead of a static hold. The ball stays high, along the
    // inner edge of the shoulder blade, well above the kidneys, and beside the spine.
    {
      id: 'lower-trapezius-ball-wall',
      muscle: 'lower-trapezius',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Lower trapezius: ball against a wall', { id: 'technique.lower-trapezius-ball-wall.title' }),
      steps: () => [
        msg('Stand with your back to a wall and place a tennis ball beside your spine, level with the lower tip of your shoulder blade.', { id: 'technique.lower-trapezius-ball-wall.step.1' }),
        msg('Cross your arm over your chest so the shoulder blade slides outward.', { id: 'technique.lower-trapezius-ball-wall.step.2' }),
        msg('Lean into the ball and move slowly until you find a tender spot along the inner edge of the shoulder blade.', { id: 'technique.lower-trapezius-ball-wall.step.3' }),
        msg('Make short, slow strokes: bend your knees a little so the ball rolls a few centimetres over the spot, then ease off the wall and come back up. Keep it a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.lower-trapezius-ball-wall.step.4' }),
      ],
      dose: { kind: 'strokes', strokes: 12, holdSeconds: 60, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Local tenderness, sometimes an ache felt at the top of the neck or the top of the shoulder, that eases over the strokes.', { id: 'technique.lower-trapezius-ball-wall.feel' }),
      cautions: () => [msg('Keep the ball on muscle beside the spine, never on the spine itself.', { id: 'technique.lower-trapezius-ball-wall.caution.1' })],
      // A ball over the ribs (osteoporosis).
      askFirst: ['anticoagulants', 'osteoporosis', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Trapezius' },
    },
  ],
};
