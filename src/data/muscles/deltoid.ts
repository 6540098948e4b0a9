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
    id: 'deltoid',
    area: 'shoulder-arm',
    name: () => msg('Deltoid', { id: 'muscle.deltoid.name' }),
    description: () => msg('The rounded muscle that caps your shoulder, with front, side, and back parts; it lifts the arm forward, out to the side, and back.', { id: 'muscle.deltoid.description' }),
    causes: () => [
      msg('Lifting or holding things at shoulder height for a long time', { id: 'muscle.deltoid.cause.1' }),
      msg('A blow to the shoulder or a fall', { id: 'muscle.deltoid.cause.2' }),
      msg('Sudden overload, such as a heavy lift or a hard serve', { id: 'muscle.deltoid.cause.3' }),
    ],
    // Travell & Simons find trigger points in each of the three parts: front, middle (added:
    // the outer shoulder) and back.
    triggerPoints: [
      { region: 'front-of-shoulder-left', view: 'front', x: 139.4, y: 102.7 },
      { region: 'outer-shoulder-left', view: 'front', x: 152, y: 105.8 },
      { region: 'back-of-shoulder-left', view: 'back', x: 60.6, y: 102.7 },
    ],
    // Travell & Simons: each part refers locally over itself (front, side, back of the shoulder),
    // with spillover a little way down the front and back of the arm.
    referral: {
      primary: ['front-of-shoulder-left', 'outer-shoulder-left', 'back-of-shoulder-left'],
      secondary: ['upper-arm-front-left', 'upper-arm-back-left'],
    },
    symptoms: () => [msg('Pain when lifting the arm and weakness holding it up', { id: 'muscle.deltoid.symptom.1' })],
    techniques: ['deltoid-ball-wall', 'deltoid-fingers'],
    cautions: () => [
      msg('Shoulder pain after a fall, or with swelling and a deformed shape, needs a doctor first.', { id: 'muscle.deltoid.caution.1' }),
      // A hot, swollen joint can be an infected joint (NHS red flag: same day).
      msg('A hot, red, swollen shoulder, especially with a fever, needs a doctor the same day.', { id: 'muscle.deltoid.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 28, Deltoid' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Deltoid' },
    ],
  },
  techniques: [
    // Safety: the old step rolled the ball over the front of the shoulder too. Just below the
    // collarbone and toward the armpit run the nerves and vessels of the arm (brachial plexus,
    // axillary vessels, and the cephalic vein in the groove beside the chest muscle): no ball or
    // tool there. The ball now stays on the side and back of the shoulder cap; the front part is
    // worked with the fingers (deltoid-fingers). Body weight on a ball over the upper-arm bone:
    // 'osteoporosis'; firm pressure on an arm at risk of lymphoedema: 'lymphoedema'.
    // Dose: Davies' short, slow strokes instead of the old 60 s static hold.
    {
      id: 'deltoid-ball-wall',
      muscle: 'deltoid',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Deltoid: ball against a wall', { id: 'technique.deltoid-ball-wall.title' }),
      steps: () => [
        msg('Stand side-on to a wall and place a tennis ball between the wall and the outer side of your shoulder, a few finger-widths below the bony tip.', { id: 'technique.deltoid-ball-wall.step.1' }),
        msg('Lean into the ball and let your arm hang relaxed.', { id: 'technique.deltoid-ball-wall.step.2' }),
        msg('Turn your body a little to move the ball over the side and back of the shoulder cap until you find a tender spot; leave the front of the shoulder to your fingers.', { id: 'technique.deltoid-ball-wall.step.3' }),
        msg('Bend and straighten your knees a little so the ball makes short, slow strokes of about 2 cm over the spot, leaning in as you bend and easing off as you straighten.', { id: 'technique.deltoid-ball-wall.step.4' }),
        msg('Give each tender spot 10 strokes at a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.deltoid-ball-wall.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tenderness in the shoulder cap, with the local ache easing as you work.', { id: 'technique.deltoid-ball-wall.feel' }),
      cautions: () => [
        msg('Keep the ball on the side and back of the shoulder cap: off the bony point of the shoulder, away from the front of the shoulder below the collarbone, and out of the armpit.', { id: 'technique.deltoid-ball-wall.caution.1' }),
        msg('Stop if you feel tingling or numbness in the arm.', { id: 'technique.deltoid-ball-wall.caution.2' }),
      ],
      askFirst: ['anticoagulants', 'osteoporosis', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Deltoid' },
    },
    // Safety: fingers stay on the rounded muscle of the shoulder cap, outside the hollow just
    // below the collarbone (brachial plexus, axillary vessels) and out of the armpit.
    // Firm pressure on an arm at risk of lymphoedema: 'lymphoedema'.
    // Dose: Davies' short, slow strokes instead of "hold or stroke".
    {
      id: 'deltoid-fingers',
      muscle: 'deltoid',
      tool: 'fingers',
      position: 'seated',
      title: () => msg('Deltoid: fingertip pressure', { id: 'technique.deltoid-fingers.title' }),
      steps: () => [
        msg('Sit and rest the sore arm on your lap or a table.', { id: 'technique.deltoid-fingers.step.1' }),
        msg('With the other hand, press your fingertips into the rounded muscle at the front of the shoulder cap, staying outside the hollow just below the collarbone.', { id: 'technique.deltoid-fingers.step.2' }),
        msg('Search slowly over the front, side, and back of the shoulder for tender spots.', { id: 'technique.deltoid-fingers.step.3' }),
        msg('Give each tender spot 10 short, slow strokes of about 2 cm along the fibers, from the top of the shoulder downward, at a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.deltoid-fingers.step.4' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tender spots in the shoulder cap, with the local ache easing as you work.', { id: 'technique.deltoid-fingers.feel' }),
      cautions: () => [
        msg('Stay on the rounded muscle of the shoulder cap: keep out of the hollow just below the collarbone and the hollow of the armpit, and stop if you feel tingling in the arm.', { id: 'technique.deltoid-fingers.caution.1' }),
      ],
      askFirst: ['anticoagulants', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Deltoid' },
    },
  ],
};
