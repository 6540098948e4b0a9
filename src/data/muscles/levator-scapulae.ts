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
    id: 'levator-scapulae',
    prevalence: 2,
    area: 'head-neck',
    name: () => msg('Levator scapulae', { id: 'muscle.levator-scapulae.name' }),
    description: () => msg('A strap of muscle from the side of your upper neck down to the top inner corner of the shoulder blade; it lifts the shoulder blade and helps turn the neck.', { id: 'muscle.levator-scapulae.description' }),
    causes: () => [
      msg('Holding a phone between ear and shoulder', { id: 'muscle.levator-scapulae.cause.1' }),
      msg('Sleeping with the neck tilted or in a draft', { id: 'muscle.levator-scapulae.cause.2' }),
      msg('Turning the head to one side for long periods, such as a screen set off to the side', { id: 'muscle.levator-scapulae.cause.3' }),
      msg('Emotional stress that keeps the shoulders raised', { id: 'muscle.levator-scapulae.cause.4' }),
    ],
    // T&S: an upper trigger point at the angle of the neck, where the muscle comes out from under
    // the upper trapezius, and a lower one just above the top inner corner of the shoulder blade.
    triggerPoints: [
      { region: 'side-of-neck-left', view: 'back', x: 88.8, y: 76 },
      { region: 'upper-back-left', view: 'back', x: 82, y: 95 },
    ],
    // T&S vol. 1 ch. 19: essential zone at the angle of the neck; spillover along the inner edge
    // of the shoulder blade and to the back of the shoulder. Unchanged.
    referral: {
      primary: ['side-of-neck-left', 'back-of-neck-left'],
      secondary: ['shoulder-blade-left', 'back-of-shoulder-left', 'top-of-shoulder-left', 'between-shoulder-blades-left'],
    },
    symptoms: () => [
      msg('Stiff neck: turning the head is painful or limited', { id: 'muscle.levator-scapulae.symptom.1' }),
      msg('You may have to turn your whole body to look over your shoulder', { id: 'muscle.levator-scapulae.symptom.2' }),
    ],
    techniques: ['levator-scapulae-ball-wall', 'levator-scapulae-stretch'],
    cautions: () => [
      msg('Work on the back of the neck and the upper shoulder blade only; never press into the front of the neck.', { id: 'muscle.levator-scapulae.caution.1' }),
      msg('Stop if you feel tingling, numbness or weakness in the arm or hand, and see a doctor if it does not pass.', { id: 'muscle.levator-scapulae.caution.2' }),
      msg('Sudden, severe neck pain or headache, or neck pain with dizziness, double vision, slurred speech or weakness: call emergency services.', { id: 'muscle.levator-scapulae.caution.3' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 19, Levator Scapulae' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Levator Scapulae' },
    ],
  },
  techniques: [
    // Davies: short, slow strokes instead of a static hold. Against a wall the ball presses
    // straight into the back of the neck-shoulder angle, so the position works. Step 5 used to
    // send the ball "higher toward the neck": it now stays at the base of the neck, off the
    // spine and off the side of the neck (nerves to the arm).
    {
      id: 'levator-scapulae-ball-wall',
      muscle: 'levator-scapulae',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Levator scapulae: ball against a wall', { id: 'technique.levator-scapulae-ball-wall.title' }),
      steps: () => [
        msg('Stand with your back to a wall and place a tennis ball just above the top inner corner of your shoulder blade, where neck meets shoulder.', { id: 'technique.levator-scapulae-ball-wall.step.1' }),
        msg('Bend your knees a little and lean back so the ball presses into the muscle.', { id: 'technique.levator-scapulae-ball-wall.step.2' }),
        msg('Move slowly until you find a tender spot.', { id: 'technique.levator-scapulae-ball-wall.step.3' }),
        msg('Make short, slow strokes: bend your knees a little so the ball rolls a few centimetres over the spot, then ease off the wall and come back up. Keep it a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.levator-scapulae-ball-wall.step.4' }),
        msg('Then try a spot a little higher or lower, keeping the ball at the base of the neck, off the spine and off the side of the neck.', { id: 'technique.levator-scapulae-ball-wall.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 12, holdSeconds: 60, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('A deep, tender spot at the base of the neck, sometimes an ache along the shoulder blade, that eases over the strokes.', { id: 'technique.levator-scapulae-ball-wall.feel' }),
      cautions: () => [
        msg('Keep the ball behind the neck and shoulder; never let it roll onto the side or front of the neck.', { id: 'technique.levator-scapulae-ball-wall.caution.1' }),
        msg('Stop if you feel tingling or numbness in the arm.', { id: 'technique.levator-scapulae-ball-wall.caution.2' }),
      ],
      // A ball over the upper ribs (osteoporosis); neck work (carotid, lymph nodes).
      askFirst: ['anticoagulants', 'osteoporosis', 'recent-injury', 'recent-surgery', 'lymphoedema', 'carotid', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Levator Scapulae' },
    },
    // The levator self-stretch as Travell & Simons (ch. 19) describe it: turn and bend forward,
    // never back (no extension with rotation). The hold time (about 15–30 s) is general
    // stretching guidance, not from the book.
    {
      id: 'levator-scapulae-stretch',
      muscle: 'levator-scapulae',
      tool: 'stretch',
      position: 'seated',
      title: () => msg('Levator scapulae: nose-to-armpit stretch', { id: 'technique.levator-scapulae-stretch.title' }),
      steps: () => [
        msg('Sit tall and hold the edge of the seat with the hand on the sore side to keep that shoulder down.', { id: 'technique.levator-scapulae-stretch.step.1' }),
        msg('Turn your head about halfway toward the other side, then tip your nose down toward that armpit.', { id: 'technique.levator-scapulae-stretch.step.2' }),
        msg('Rest your free hand lightly on the back of your head to add a little weight, without pulling.', { id: 'technique.levator-scapulae-stretch.step.3' }),
        msg('Breathe out slowly and hold the gentle stretch.', { id: 'technique.levator-scapulae-stretch.step.4' }),
        msg('Lift your head slowly back to center.', { id: 'technique.levator-scapulae-stretch.step.5' }),
      ],
      dose: { kind: 'stretch', holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull from the back of the neck down to the top of the shoulder blade.', { id: 'technique.levator-scapulae-stretch.feel' }),
      cautions: () => [msg('Move slowly and never force the neck; stop if you feel dizzy, sharp pain, or tingling in the arm.', { id: 'technique.levator-scapulae-stretch.caution.1' })],
      // A neck stretch with rotation (carotid disease or a previous stroke). No pressure.
      askFirst: ['osteoporosis', 'recent-injury', 'recent-surgery', 'carotid', 'cancer', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 19, Levator Scapulae' },
    },
  ],
};
