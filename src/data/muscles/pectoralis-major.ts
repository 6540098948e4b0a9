import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Trunk muscles: chest, back and abdomen. Referral patterns follow Travell & Simons' Trigger
 * Point Manual (vol. 1, 2nd ed.; vol. 2, 1st ed.); each technique's dose follows its own source
 * (see `Dose` in types.ts; stretch holds are general guidance, not these books). Written in our
 * own words. Trigger-point coordinates are in the body map's view space
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
    // T&S vol. 1, ch. 42 draw separate trigger-point areas: the clavicular section, just below
    // the inner half of the collarbone (upper chest), and the sternal and costal sections over
    // the chest wall (chest).
    triggerPoints: [
      { region: 'upper-chest-left', view: 'front', x: 112, y: 94 },
      { region: 'chest-left', view: 'front', x: 121, y: 116 },
    ],
    // Essential: the front of the chest (sternal section) and the front of the shoulder
    // (clavicular section). Spillover: locally under the collarbone, and down the inner arm to
    // the inner elbow, forearm and last fingers (intermediate sternal section).
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
      // Chest pain is the one symptom here that can be the heart: it must stay first, with the
      // urgency in words (NHS "Chest pain"). A new pressure or tightness alone is enough.
      msg('New or unexplained chest pain or pressure, or chest pain with breathlessness, sweating, nausea or pain spreading to the arm, jaw, neck or back: call emergency services first, not self-massage.', { id: 'muscle.pectoralis-major.caution.1' }),
      msg('Work on the muscle, not on breast tissue; see a doctor about any new lump.', { id: 'muscle.pectoralis-major.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 42, Pectoralis Major' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 7, Chest, Abdominal, and Genital Pain: Pectoralis Major' },
    ],
  },
  techniques: [
    // Safety: the ball used to go "just inside the front of the shoulder, below the collarbone",
    // the infraclavicular area where the brachial plexus and the axillary vessels run (no ball
    // or tool there). It now stays on the muscle belly over the upper ribs, below the INNER half
    // of the collarbone, and strokes run toward the breastbone, away from that area. The thick
    // edge at the front of the armpit is worked by a pincer grip (fingers on the muscle only).
    // Lacrosse ball dropped: a tennis ball is kinder over the ribs. A pacemaker or port usually
    // sits just below the collarbone: named in the cautions.
    // Dose: Davies' short, slow strokes (ch. 3), not a static hold.
    {
      id: 'pectoralis-major-ball-wall',
      muscle: 'pectoralis-major',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Pectoralis major: ball against a wall', { id: 'technique.pectoralis-major-ball-wall.title' }),
      steps: () => [
        msg('Stand facing a wall or the edge of a door frame with a tennis ball in your hand.', { id: 'technique.pectoralis-major-ball-wall.step.1' }),
        msg('Place the ball on the chest muscle over the upper ribs, a few finger-widths below the inner half of the collarbone and above the breast; never in the hollow below the outer end of the collarbone.', { id: 'technique.pectoralis-major-ball-wall.step.2' }),
        msg('Lean gently into the wall until you find a tender spot at a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.pectoralis-major-ball-wall.step.3' }),
        msg('Make 10 short, slow strokes over the spot: shift your body a little so the ball rolls a short way toward the breastbone, then ease off and start again.', { id: 'technique.pectoralis-major-ball-wall.step.4' }),
        msg('Move to the next tender spot along the muscle. For the thick edge of muscle at the front of the armpit, squeeze it between thumb and fingers instead of using the ball.', { id: 'technique.pectoralis-major-ball-wall.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Local tenderness, sometimes an ache at the front of the shoulder or down the inner arm, that eases over the strokes.', { id: 'technique.pectoralis-major-ball-wall.feel' }),
      cautions: () => [
        msg('Press on muscle, not on breast tissue, a breast implant, a pacemaker or an implanted port.', { id: 'technique.pectoralis-major-ball-wall.caution.1' }),
        msg('Stop if you feel tingling or numbness in the arm or hand.', { id: 'technique.pectoralis-major-ball-wall.caution.2' }),
        msg('Keep the ball out of the armpit and off the front of the shoulder just below the collarbone, where the nerves and blood vessels to the arm run.', { id: 'technique.pectoralis-major-ball-wall.caution.3' }),
      ],
      // Ball over the ribs (osteoporosis); near the armpit (lymphoedema, e.g. after breast
      // cancer surgery).
      askFirst: ['anticoagulants', 'osteoporosis', 'lymphoedema', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 7, Chest, Abdominal, and Genital Pain: Pectoralis Major' },
    },
    // The doorway stretch is T&S's self-stretch for this muscle (vol. 1, ch. 42); the hold time
    // is general stretching guidance (15–30 s), not theirs. Steps unchanged: the shoulder and
    // tingling cautions cover the risks of arm-up stretching.
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
      dose: { kind: 'stretch', holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('An even pull across the front of the chest and shoulder, never a sharp pain.', { id: 'technique.pectoralis-major-stretch.feel' }),
      cautions: () => [
        msg('Do not force the stretch if your shoulder has ever dislocated or feels unstable.', { id: 'technique.pectoralis-major-stretch.caution.1' }),
        msg('Ease off if your hand tingles or goes numb.', { id: 'technique.pectoralis-major-stretch.caution.2' }),
      ],
      askFirst: ['recent-injury', 'recent-surgery', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 42, Pectoralis Major' },
    },
  ],
};
