import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Shoulder and arm muscles. Referral patterns follow Travell & Simons' Trigger Point Manual
 * (vol. 1, 2nd ed.); self-treatment and stroke doses follow Davies' Trigger Point Therapy
 * Workbook (3rd ed.), written in our own words. Trigger-point coordinates are in the body
 * map's view space (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'supraspinatus',
    area: 'shoulder-arm',
    name: () => msg('Supraspinatus', { id: 'muscle.supraspinatus.name' }),
    description: () => msg('A rotator cuff muscle in the hollow above the ridge of your shoulder blade, under the trapezius; it starts lifting the arm out to the side and holds the ball of the shoulder in its socket.', { id: 'muscle.supraspinatus.description' }),
    causes: () => [
      msg('Carrying heavy bags, suitcases, or a dog on a leash with the arm hanging', { id: 'muscle.supraspinatus.cause.1' }),
      msg('Lifting or reaching above shoulder height again and again', { id: 'muscle.supraspinatus.cause.2' }),
      msg('Holding the arm out for long periods, such as using a mouse far from the body', { id: 'muscle.supraspinatus.cause.3' }),
    ],
    // The trigger points lie in the hollow above the shoulder-blade ridge (supraspinous fossa),
    // under the trapezius: on the map that is the upper back, just above the shoulder-blade shape.
    triggerPoints: [
      { region: 'upper-back-left', view: 'back', x: 81, y: 94 },
    ],
    // Travell & Simons: a deep ache in the middle of the deltoid (outer shoulder), often focused
    // at the outer elbow; spillover down the outer arm and forearm.
    referral: {
      primary: ['outer-shoulder-left', 'outer-elbow-left'],
      secondary: ['upper-arm-back-left', 'forearm-back-left'],
    },
    symptoms: () => [
      msg('A dull ache in the shoulder, worse at night', { id: 'muscle.supraspinatus.symptom.1' }),
      msg('Trouble raising the arm out to the side or overhead', { id: 'muscle.supraspinatus.symptom.2' }),
      msg('Clicking or catching in the shoulder joint', { id: 'muscle.supraspinatus.symptom.3' }),
    ],
    techniques: ['supraspinatus-cane'],
    cautions: () => [
      msg('Sudden weakness after a fall or a strain can mean a torn tendon; see a doctor.', { id: 'muscle.supraspinatus.caution.1' }),
      // Outer-shoulder pain spreading down the arm is also how a trapped nerve in the neck (C5/C6) presents.
      msg('Shoulder pain with numbness, tingling or weakness spreading down the arm can come from a trapped nerve in the neck; see a doctor.', { id: 'muscle.supraspinatus.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 21, Supraspinatus' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Supraspinatus' },
    ],
  },
  techniques: [
    // Safety: the cane tip works only on the back, in the hollow above the shoulder-blade ridge.
    // Slipping forward it would reach the hollow above the collarbone (brachial plexus,
    // subclavian vessels), where no tool may press: the caution now names that place.
    // Mechanics: the old steps had the sore arm pull the cane (step 3) and also hang relaxed
    // (step 5); now the other hand works the cane alone and the sore arm stays relaxed.
    // Dose: Davies' short, slow strokes in one direction, not a static hold.
    {
      id: 'supraspinatus-cane',
      muscle: 'supraspinatus',
      tool: 'cane',
      position: 'standing',
      title: () => msg('Supraspinatus: hooked cane', { id: 'technique.supraspinatus-cane.title' }),
      steps: () => [
        msg('Sit or stand tall. Hold the straight end of a hooked massage cane in the hand opposite the sore shoulder, and hook the curved end over that shoulder so the tip rests on your back.', { id: 'technique.supraspinatus-cane.step.1' }),
        msg('Set the tip in the hollow just above the bony ridge of the shoulder blade, about halfway between your spine and the tip of your shoulder.', { id: 'technique.supraspinatus-cane.step.2' }),
        msg('Let the sore arm hang relaxed, and pull the handle down gently so the tip sinks into the hollow.', { id: 'technique.supraspinatus-cane.step.3' }),
        msg('Give each tender spot 10 short, slow strokes of about 2 cm, always toward the tip of the shoulder, at a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.supraspinatus-cane.step.4' }),
        msg('Ease off, move the tip a finger-width along the hollow, and repeat on the next tender spot.', { id: 'technique.supraspinatus-cane.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('A deep, tender spot above the shoulder blade, sometimes an ache in the outer shoulder or elbow, that eases as you work.', { id: 'technique.supraspinatus-cane.feel' }),
      cautions: () => [
        msg('Keep the tip on your back, in the hollow above the shoulder-blade ridge; never let it slip forward into the hollow above the collarbone, where the nerves and blood vessels of the arm run.', { id: 'technique.supraspinatus-cane.caution.1' }),
        msg('Stop if you feel tingling or numbness in the arm.', { id: 'technique.supraspinatus-cane.caution.2' }),
      ],
      askFirst: ['anticoagulants', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Supraspinatus' },
    },
  ],
};
