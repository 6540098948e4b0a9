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
    id: 'middle-trapezius',
    area: 'head-neck',
    name: () => msg('Middle trapezius', { id: 'muscle.middle-trapezius.name' }),
    description: () => msg('The flat band of muscle between your spine and your shoulder blade; it pulls the shoulder blades back toward each other.', { id: 'muscle.middle-trapezius.description' }),
    causes: () => [
      msg('Rounded shoulders from long hours at a desk or steering wheel', { id: 'muscle.middle-trapezius.cause.1' }),
      msg('Reaching forward for a long time, such as typing on a keyboard that is too far away', { id: 'muscle.middle-trapezius.cause.2' }),
      msg('Carrying a backpack or shoulder bag for hours', { id: 'muscle.middle-trapezius.cause.3' }),
    ],
    // T&S TrP5: near the inner edge of the shoulder blade at the level of its spine (moved up
    // from mid-scapula, y 124 → 110); TrP6: at the outer end, near the bony tip of the shoulder
    // (moved out from the neck end of the shoulder, x 76 → 68).
    triggerPoints: [
      { region: 'between-shoulder-blades-left', view: 'back', x: 90, y: 110 },
      { region: 'top-of-shoulder-left', view: 'back', x: 68, y: 86 },
    ],
    // T&S vol. 1 ch. 6: TrP5 refers a superficial burning pain inward toward the spine at the
    // level of the lowest neck and upper chest vertebrae (essential: between the shoulder
    // blades, spilling up toward the base of the neck = upper back); TrP6 an ache on top of the
    // shoulder near its bony tip.
    referral: {
      primary: ['between-shoulder-blades-left', 'top-of-shoulder-left'],
      secondary: ['upper-back-left'],
    },
    symptoms: () => [
      msg('A burning ache between the shoulder blade and the spine', { id: 'muscle.middle-trapezius.symptom.1' }),
      // T&S TrP7: goose flesh on the outer (lateral) side of the upper arm.
      msg('Goose bumps on the outer side of the upper arm', { id: 'muscle.middle-trapezius.symptom.2' }),
    ],
    techniques: ['middle-trapezius-ball-wall', 'middle-trapezius-stretch'],
    cautions: () => [
      msg('Press beside the spine, never on the bony bumps of the spine itself.', { id: 'muscle.middle-trapezius.caution.1' }),
      // Red flags for pain between the shoulder blades: heart attack, aortic dissection.
      msg('Sudden, severe pain between the shoulder blades, or pain with chest tightness, breathlessness or sweating: call emergency services.', { id: 'muscle.middle-trapezius.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 6, Trapezius' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Trapezius' },
    ],
  },
  techniques: [
    // Davies: short, slow strokes instead of a static hold. Against a wall the ball presses
    // straight into the back, so the position works; it stays beside the spine, on muscle.
    {
      id: 'middle-trapezius-ball-wall',
      muscle: 'middle-trapezius',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Middle trapezius: ball against a wall', { id: 'technique.middle-trapezius-ball-wall.title' }),
      steps: () => [
        msg('Stand with your back to a wall and place a tennis ball between your spine and your shoulder blade.', { id: 'technique.middle-trapezius-ball-wall.step.1' }),
        msg('Cross your arm over your chest to move the shoulder blade out of the way.', { id: 'technique.middle-trapezius-ball-wall.step.2' }),
        msg('Lean into the ball and search slowly until you find a tender spot.', { id: 'technique.middle-trapezius-ball-wall.step.3' }),
        msg('Make short, slow strokes: bend your knees a little so the ball rolls a few centimetres over the spot, then ease off the wall and come back up. Keep it a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.middle-trapezius-ball-wall.step.4' }),
        msg('Move the ball a little higher or lower and repeat.', { id: 'technique.middle-trapezius-ball-wall.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 12, holdSeconds: 60, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('A tender spot between the spine and shoulder blade, sometimes a burning ache toward the spine, that eases over the strokes.', { id: 'technique.middle-trapezius-ball-wall.feel' }),
      cautions: () => [msg('Keep the ball beside the spine, never on the bony bumps of the spine itself.', { id: 'technique.middle-trapezius-ball-wall.caution.1' })],
      // A ball over the ribs (osteoporosis).
      askFirst: ['anticoagulants', 'osteoporosis', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Trapezius' },
    },
    // A self-stretch for the middle trapezius as Travell & Simons (ch. 6) describe it; the hold
    // time (about 15–30 s) is general stretching guidance, not from the book.
    {
      id: 'middle-trapezius-stretch',
      muscle: 'middle-trapezius',
      tool: 'stretch',
      position: 'seated',
      title: () => msg('Middle trapezius: hug stretch', { id: 'technique.middle-trapezius-stretch.title' }),
      steps: () => [
        msg('Sit tall with your feet flat on the floor.', { id: 'technique.middle-trapezius-stretch.step.1' }),
        msg('Cross your arms and hug yourself, reaching your hands around to your shoulder blades.', { id: 'technique.middle-trapezius-stretch.step.2' }),
        msg('Round your upper back slightly and let your head drop forward.', { id: 'technique.middle-trapezius-stretch.step.3' }),
        msg('Breathe into your upper back and hold the gentle stretch.', { id: 'technique.middle-trapezius-stretch.step.4' }),
        msg('Relax, switch which arm is on top, and repeat.', { id: 'technique.middle-trapezius-stretch.step.5' }),
      ],
      dose: { kind: 'stretch', holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull between the shoulder blades, never a sharp pain.', { id: 'technique.middle-trapezius-stretch.feel' }),
      cautions: () => [msg('Stretch gently without bouncing; stop if the stretch causes neck pain or arm tingling.', { id: 'technique.middle-trapezius-stretch.caution.1' })],
      // Rounding the spine forward loads fragile vertebrae (osteoporosis). No pressure, so no
      // anticoagulants.
      askFirst: ['osteoporosis', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 6, Trapezius' },
    },
  ],
};
