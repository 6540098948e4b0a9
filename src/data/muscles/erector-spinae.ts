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
    id: 'erector-spinae',
    area: 'trunk',
    name: () => msg('Erector spinae (iliocostalis and longissimus)', { id: 'muscle.erector-spinae.name' }),
    description: () => msg('The long columns of muscle on either side of your spine, from the pelvis to the ribs and neck; they hold you upright and bend you backward.', { id: 'muscle.erector-spinae.description' }),
    causes: () => [
      msg('Bending and lifting with a rounded back', { id: 'muscle.erector-spinae.cause.1' }),
      msg('Sitting slumped for hours, or sleeping on a sagging mattress', { id: 'muscle.erector-spinae.cause.2' }),
      msg('A sudden twist or fall', { id: 'muscle.erector-spinae.cause.3' }),
      msg('Getting chilled after exercise', { id: 'muscle.erector-spinae.cause.4' }),
    ],
    // T&S vol. 1, ch. 48 draw three trigger-point areas: iliocostalis thoracis at the mid-thoracic
    // level (about T6, beside the lower shoulder blade: added), iliocostalis thoracis and
    // longissimus at the lower thoracic level (T10–T11, mid back) and iliocostalis lumborum at
    // about L1 (low back).
    triggerPoints: [
      { region: 'between-shoulder-blades-left', view: 'back', x: 88, y: 132 },
      { region: 'mid-back-left', view: 'back', x: 80, y: 162 },
      { region: 'low-back-left', view: 'back', x: 76.6, y: 185.8 },
    ],
    // Essential: the low back and buttock (iliocostalis lumborum, longissimus) and the mid back.
    // Spillover: toward the shoulder blade and the side of the chest (mid-thoracic iliocostalis)
    // and around to the abdomen (lower thoracic iliocostalis).
    referral: {
      primary: ['low-back-left', 'buttock-left', 'mid-back-left'],
      secondary: ['shoulder-blade-left', 'flank-left', 'upper-abdomen-left', 'lower-abdomen-left'],
    },
    symptoms: () => [
      msg('Stiff back, hard to bend or to straighten up', { id: 'muscle.erector-spinae.symptom.1' }),
      msg('Trouble getting up from a chair or climbing stairs', { id: 'muscle.erector-spinae.symptom.2' }),
    ],
    techniques: ['erector-spinae-ball-wall', 'erector-spinae-stretch'],
    cautions: () => [
      // Cauda equina: the sign is numbness in the saddle area, not "around the groin"; it is an
      // emergency (NHS "Cauda equina syndrome"; NHS "Back pain").
      msg('Back pain with numbness in the saddle area (between the legs, the buttocks or the genitals), or new trouble controlling the bladder or bowels: get emergency care now.', { id: 'muscle.erector-spinae.caution.1' }),
      msg('Press beside the spine, never on the bony bumps of the spine itself.', { id: 'muscle.erector-spinae.caution.2' }),
      // Infection, nerve compression or fracture (NICE CKS "Back pain - low (without radiculopathy)").
      msg('Back pain with a fever or feeling unwell, weakness in a leg, or after a fall or injury: see a doctor urgently.', { id: 'muscle.erector-spinae.caution.3' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 48, Thoracolumbar Paraspinal Muscles' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain: Iliocostalis and Longissimus' },
    ],
  },
  techniques: [
    // Safety: the ball used to go "from the lowest ribs to the top of the pelvis", i.e. through
    // the band just below the 12th rib beside the spine, where the kidneys lie (no ball under
    // body weight there, and leaning on a wall is body weight). The ball now works the mid back
    // (tips of the shoulder blades to the lowest ribs) and the low back just above the pelvis;
    // the band below the ribs is done with the fingertips. Tennis ball only: a lacrosse ball is
    // too hard over the ribs and near the spine.
    // Dose: Davies' short, slow strokes (ch. 3), not a static hold.
    {
      id: 'erector-spinae-ball-wall',
      muscle: 'erector-spinae',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Erector spinae: ball against a wall', { id: 'technique.erector-spinae-ball-wall.title' }),
      steps: () => [
        msg('Stand with your back to a wall and place a tennis ball between the wall and your back, on the thick column of muscle a thumb-width or two to one side of the spine, never on the spine itself.', { id: 'technique.erector-spinae-ball-wall.step.1' }),
        msg('Bend your knees slightly and lean back gently until you find a tender spot at a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.erector-spinae-ball-wall.step.2' }),
        msg('Make 10 short, slow strokes over the spot: bend your knees a little so the ball rolls a short way along the muscle, then ease off the wall and start again.', { id: 'technique.erector-spinae-ball-wall.step.3' }),
        // Safety (clinical review): in a short waist the band just above the pelvis can reach the
        // kidney area; then fingertips instead of the ball.
        msg('Work this way from the lower tips of the shoulder blades down to the lowest ribs, and in the low back just above the pelvis, only where there is room below the kidney area; otherwise use your fingertips there.', { id: 'technique.erector-spinae-ball-wall.step.4' }),
        // Clinical review: the fingertips in the kidney band are now told to press gently (the
        // "good hurt" of 5–7 in step 2 is too firm there).
        msg('In the hand\'s width just below the lowest ribs, where the kidneys lie, do not lean on the ball: press the muscle gently with your fingertips instead.', { id: 'technique.erector-spinae-ball-wall.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Local tenderness, sometimes an ache spreading into the low back or buttock, that eases over the strokes.', { id: 'technique.erector-spinae-ball-wall.feel' }),
      cautions: () => [
        msg('Keep the ball on the muscle beside the spine, never on the bony bumps of the spine.', { id: 'technique.erector-spinae-ball-wall.caution.1' }),
        msg('Stop if you feel pain shooting down a leg, or tingling or numbness in it.', { id: 'technique.erector-spinae-ball-wall.caution.2' }),
        msg('Keep the ball out of the hand\'s width just below the lowest ribs beside the spine, where the kidneys are.', { id: 'technique.erector-spinae-ball-wall.caution.3' }),
      ],
      // Body weight on a ball over the ribs and beside the spine (osteoporosis); close to the
      // kidneys (kidney).
      askFirst: ['anticoagulants', 'osteoporosis', 'kidney', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain: Iliocostalis and Longissimus' },
    },
    // Knees-to-chest: source kept as T&S vol. 1, ch. 48 (they stretch these muscles in
    // flexion; the exact self-stretch is flagged for a check in the review notes). The hold is
    // general stretching guidance, not theirs. Flexion loads the front of the
    // vertebrae: osteoporosis is asked first and named in a caution.
    {
      id: 'erector-spinae-stretch',
      muscle: 'erector-spinae',
      tool: 'stretch',
      position: 'lying-back',
      title: () => msg('Erector spinae: knees-to-chest stretch', { id: 'technique.erector-spinae-stretch.title' }),
      steps: () => [
        msg('Lie on your back on a firm surface with your knees bent and feet flat.', { id: 'technique.erector-spinae-stretch.step.1' }),
        msg('Bring one knee, then the other, up toward your chest.', { id: 'technique.erector-spinae-stretch.step.2' }),
        msg('Hold behind your thighs and gently draw both knees closer until you feel a stretch in the low back.', { id: 'technique.erector-spinae-stretch.step.3' }),
        msg('Breathe slowly and let your back sink into the floor.', { id: 'technique.erector-spinae-stretch.step.4' }),
        msg('Lower one foot at a time to the floor to finish.', { id: 'technique.erector-spinae-stretch.step.5' }),
      ],
      dose: { kind: 'stretch', holdSeconds: 30, reps: 3, sides: 'none', timesPerDay: 2 },
      feel: () => msg('A gentle, even stretch across the low back.', { id: 'technique.erector-spinae-stretch.feel' }),
      cautions: () => [
        msg('Skip this stretch if bending forward sends pain, tingling or numbness down a leg.', { id: 'technique.erector-spinae-stretch.caution.1' }),
        msg('Hold behind the thighs rather than on the knees if your knees hurt.', { id: 'technique.erector-spinae-stretch.caution.2' }),
        msg('With osteoporosis or a fragile spine, ask your doctor or physiotherapist first: curling the spine forward strains weak vertebrae.', { id: 'technique.erector-spinae-stretch.caution.3' }),
      ],
      // Strong spinal flexion (osteoporosis, cancer in the spine); lying on the back and
      // pressing the knees into the belly (pregnancy).
      askFirst: ['osteoporosis', 'pregnancy', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 48, Thoracolumbar Paraspinal Muscles' },
    },
  ],
};
