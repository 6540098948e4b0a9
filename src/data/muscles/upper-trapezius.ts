import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Head and neck muscles. Referral patterns follow Travell & Simons' Trigger Point Manual
 * (vol. 1, 2nd ed.); techniques and their stroke doses follow Davies' Trigger Point Therapy
 * Workbook (3rd ed.), written in our own words. Trigger-point coordinates are in the body
 * map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'upper-trapezius',
    prevalence: 3,
    area: 'head-neck',
    name: () => msg('Upper trapezius', { id: 'muscle.upper-trapezius.name' }),
    description: () => msg('The sloping muscle between your neck and the tip of your shoulder; it lifts the shoulder and steadies the head.', { id: 'muscle.upper-trapezius.description' }),
    causes: () => [
      msg('Hunching at a desk or over a phone', { id: 'muscle.upper-trapezius.cause.1' }),
      msg('A heavy bag on one shoulder', { id: 'muscle.upper-trapezius.cause.2' }),
      msg('Stress that keeps the shoulders raised', { id: 'muscle.upper-trapezius.cause.3' }),
    ],
    // TrP1 and TrP2 (T&S) both lie in the free upper border on top of the shoulder.
    triggerPoints: [
      { region: 'top-of-shoulder-left', view: 'back', x: 82.3, y: 81 },
    ],
    // T&S vol. 1 ch. 6, TrP1/TrP2: essential zone up the posterolateral neck to the mastoid
    // (back of the head) and the temple; spillover to the angle of the jaw and behind the eye
    // ("back of the orbit"). The ear is not part of the drawn pattern (removed).
    referral: {
      primary: ['side-of-neck-left', 'back-of-neck-left', 'temple-left', 'back-of-head-left'],
      secondary: ['jaw-left', 'eye-left'],
    },
    symptoms: () => [msg('Tension headache at the temple', { id: 'muscle.upper-trapezius.symptom.1' }), msg('Stiff neck', { id: 'muscle.upper-trapezius.symptom.2' })],
    techniques: ['upper-trapezius-pincer', 'upper-trapezius-ball-floor'],
    cautions: () => [
      msg('Work only the muscle on top of the shoulder; do not press into the front of the neck or the hollow above the collarbone, where the nerves and blood vessels to the arm run.', { id: 'muscle.upper-trapezius.caution.1' }),
      msg('Stop if you feel tingling, numbness or weakness in the arm or hand, and see a doctor if it does not pass.', { id: 'muscle.upper-trapezius.caution.2' }),
      msg('Sudden, severe neck pain or headache, or neck pain with dizziness, double vision, slurred speech or weakness: call emergency services.', { id: 'muscle.upper-trapezius.caution.3' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 6, Trapezius' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Trapezius' },
    ],
  },
  techniques: [
    // Davies: short, slow strokes, not a static hold. With a pincer grip the stroke is a
    // squeeze that lets the band slide out between the fingers (away from the throat).
    {
      id: 'upper-trapezius-pincer',
      muscle: 'upper-trapezius',
      tool: 'pincer',
      position: 'seated',
      title: () => msg('Upper trapezius: pincer squeeze', { id: 'technique.upper-trapezius-pincer.title' }),
      steps: () => [
        msg('Sit tall and let the shoulder on the sore side drop.', { id: 'technique.upper-trapezius-pincer.step.1' }),
        msg('With the opposite hand, pick up the ridge of muscle between neck and shoulder between thumb and fingers.', { id: 'technique.upper-trapezius-pincer.step.2' }),
        msg('Roll it slowly between your fingers until you find a tender, ropy band.', { id: 'technique.upper-trapezius-pincer.step.3' }),
        msg('Squeeze it to a "good hurt" of about 5 to 7 out of 10, never sharp, and let it slide slowly out between your fingers: that is one stroke.', { id: 'technique.upper-trapezius-pincer.step.4' }),
        msg('Take hold again and repeat the slow strokes, always in the same direction, then move a finger-width along the band.', { id: 'technique.upper-trapezius-pincer.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Local tenderness, sometimes an ache up the side of the neck to the temple, that eases over the strokes.', { id: 'technique.upper-trapezius-pincer.feel' }),
      cautions: () => [
        msg('Squeeze the muscle only; never press into the front or side of the throat.', { id: 'technique.upper-trapezius-pincer.caution.1' }),
        msg('Stop if you feel tingling or numbness in the arm.', { id: 'technique.upper-trapezius-pincer.caution.2' }),
      ],
      // Neck work: carotid and lymph nodes of the neck nearby.
      askFirst: ['anticoagulants', 'recent-injury', 'recent-surgery', 'lymphoedema', 'carotid', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Trapezius' },
    },
    // Replaces 'upper-trapezius-ball-wall' (issue 8, section 3): standing against a wall, a ball
    // on top of the shoulder cannot press down on the muscle, and people then push it toward
    // the side of the neck. Lying on the back, the weight of the shoulder presses the ball into
    // the muscle from behind, away from the throat and the hollow above the collarbone.
    // A genuinely different method, so a new id.
    {
      id: 'upper-trapezius-ball-floor',
      muscle: 'upper-trapezius',
      tool: 'ball',
      position: 'lying-back',
      title: () => msg('Upper trapezius: lying on a ball', { id: 'technique.upper-trapezius-ball-floor.title' }),
      steps: () => [
        msg('Lie on your back on the floor or a firm bed with your knees bent, and place a tennis ball under the top of the shoulder, halfway between neck and shoulder tip, just above the shoulder blade.', { id: 'technique.upper-trapezius-ball-floor.step.1' }),
        msg('Let the weight of your shoulder settle onto the ball until it is a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.upper-trapezius-ball-floor.step.2' }),
        msg('Make short, slow strokes: shift your body a little so the ball rolls a few centimetres over the tender spot, always in the same direction.', { id: 'technique.upper-trapezius-ball-floor.step.3' }),
        msg('Lift the shoulder slightly to ease off, move back to the start, and repeat.', { id: 'technique.upper-trapezius-ball-floor.step.4' }),
        msg('Then move the ball a little nearer the neck or the shoulder tip, keeping it on the muscle.', { id: 'technique.upper-trapezius-ball-floor.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('A tender, aching spot on top of the shoulder, sometimes with an ache up the neck toward the temple, that eases over the strokes.', { id: 'technique.upper-trapezius-ball-floor.feel' }),
      cautions: () => [
        msg('Keep the ball on the muscle at the back of the shoulder; never let it roll onto the spine or the side of the neck.', { id: 'technique.upper-trapezius-ball-floor.caution.1' }),
        msg('Stop if you feel tingling or numbness in the arm.', { id: 'technique.upper-trapezius-ball-floor.caution.2' }),
      ],
      // Body weight on a ball (osteoporosis); lying on the back (later pregnancy); neck work.
      askFirst: ['anticoagulants', 'osteoporosis', 'pregnancy', 'recent-injury', 'recent-surgery', 'lymphoedema', 'carotid', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Trapezius' },
    },
  ],
};
