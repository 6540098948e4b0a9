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
    id: 'piriformis',
    area: 'hip-leg',
    name: () => msg('Piriformis', { id: 'muscle.piriformis.name' }),
    description: () => msg('A small, deep muscle that runs across the middle of the buttock from the base of the spine to the top of the thigh bone; it turns the thigh outward and lies over the sciatic nerve.', { id: 'muscle.piriformis.description' }),
    causes: () => [
      msg('Sitting for long periods, especially with a wallet in the back pocket or with your legs crossed', { id: 'muscle.piriformis.cause.1' }),
      msg('Catching yourself from a fall or a sudden twist while lifting', { id: 'muscle.piriformis.cause.2' }),
      msg('Driving long distances with the leg turned out', { id: 'muscle.piriformis.cause.3' }),
      msg('Running or walking with the feet turned out', { id: 'muscle.piriformis.cause.4' }),
    ],
    // Travell & Simons: a lateral trigger point toward the top of the thigh bone and a medial one
    // toward the sacrum, both in the buttock (moved slightly apart to sit on that line).
    triggerPoints: [
      { region: 'buttock-left', view: 'back', x: 72, y: 226 },
      { region: 'buttock-left', view: 'back', x: 88, y: 223 },
    ],
    referral: {
      primary: ['buttock-left', 'sacrum'],
      secondary: ['back-of-thigh-left'],
    },
    symptoms: () => [
      msg('Pain that is worse after sitting, or when you stand up from sitting', { id: 'muscle.piriformis.symptom.1' }),
      msg('Sometimes tingling or numbness down the back of the leg', { id: 'muscle.piriformis.symptom.2' }),
    ],
    techniques: ['piriformis-ball', 'piriformis-stretch'],
    cautions: () => [
      msg('Move off if you feel burning, shooting or electric pain, tingling or numbness down the leg: the sciatic nerve lies right here.', { id: 'muscle.piriformis.caution.1' }),
      msg('Numbness or weakness in the leg or foot, or pain that keeps spreading, needs a clinician\'s check.', { id: 'muscle.piriformis.caution.2' }),
      // Red flag for sciatica-like pain (NHS "Sciatica", "Cauda equina syndrome").
      msg('Back or buttock pain with numbness in the saddle area (between the legs, the buttocks or the genitals), or with new bladder or bowel problems, is an emergency: call your emergency number now.', { id: 'muscle.piriformis.caution.3' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 10, Piriformis' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain: Piriformis' },
    ],
  },
  techniques: [
    // Davies' short, slow strokes in one direction (ch. 3) replace the old static 60 s × 3 hold.
    // The sciatic nerve leaves the pelvis right under this muscle: step 5 stops at the first
    // tingling, and the count is kept at the lower end of Davies' range (8, not 10–12) so a deep
    // ball does not work the nerve for long. Body weight on a ball: osteoporosis is an ask-first.
    {
      id: 'piriformis-ball',
      muscle: 'piriformis',
      tool: 'ball',
      position: 'standing-wall',
      title: () => msg('Piriformis: ball against a wall', { id: 'technique.piriformis-ball.title' }),
      steps: () => [
        msg('Stand with your back to a wall and place a tennis ball between the wall and the middle of the buttock on the sore side.', { id: 'technique.piriformis-ball.step.1' }),
        msg('Bend your knees a little and lean back so the ball presses deep into the buttock.', { id: 'technique.piriformis-ball.step.2' }),
        msg('Move slowly along an imaginary line from the base of the spine toward the side of the hip until you find a tender spot.', { id: 'technique.piriformis-ball.step.3' }),
        msg('Bend your knees slowly so the ball rolls a few centimetres over the spot, then ease off as you come back up: that is one stroke. Keep each stroke a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.piriformis-ball.step.4' }),
        msg('Stop at once and move the ball if you feel tingling, numbness or burning down the leg: that is the sciatic nerve. Otherwise move to the next tender spot along the line and repeat.', { id: 'technique.piriformis-ball.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 8, holdSeconds: 40, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Deep tenderness in the middle of the buttock, sometimes an ache in the buttock or back of the hip that eases as you work the spot.', { id: 'technique.piriformis-ball.feel' }),
      cautions: () => [
        msg('The sciatic nerve runs here: move the ball off at once if you feel burning, shooting or electric pain, tingling or numbness down the leg.', { id: 'technique.piriformis-ball.caution.1' }),
        msg('Press gently at first; this is a deep muscle under a thick one.', { id: 'technique.piriformis-ball.caution.2' }),
      ],
      askFirst: ['anticoagulants', 'osteoporosis', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain: Piriformis' },
    },
    // A stretch: the 30 s hold is general stretching guidance (15–30 s), not a number from
    // Travell & Simons, who are cited for stretching this muscle. Lying on the back is an
    // ask-first in pregnancy; a hip replacement is caution 2.
    {
      id: 'piriformis-stretch',
      muscle: 'piriformis',
      tool: 'stretch',
      position: 'lying-back',
      title: () => msg('Piriformis: lying cross-leg stretch', { id: 'technique.piriformis-stretch.title' }),
      // Clinical review: step 3 said "behind the lower thigh", which readers (and two of the
      // translations) took as "the lower part of the thigh"; it means the thigh of the leg the
      // ankle rests on. Pulling on the crossed leg's knee instead forces the hip.
      steps: () => [
        msg('Lie on your back with both knees bent and feet flat.', { id: 'technique.piriformis-stretch.step.1' }),
        msg('Cross the ankle of the sore side over the other knee.', { id: 'technique.piriformis-stretch.step.2' }),
        msg('Hold the back of the other thigh, the one your ankle rests on, and gently pull it toward your chest until you feel a stretch deep in the buttock.', { id: 'technique.piriformis-stretch.step.3' }),
        msg('Hold the stretch and breathe slowly; do not bounce.', { id: 'technique.piriformis-stretch.step.4' }),
        msg('Lower the leg slowly and rest before you repeat.', { id: 'technique.piriformis-stretch.step.5' }),
      ],
      dose: { kind: 'stretch', holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle, deep stretch in the buttock of the crossed leg, never a sharp pain.', { id: 'technique.piriformis-stretch.feel' }),
      cautions: () => [
        msg('Stop if you feel tingling, numbness or shooting pain down the leg.', { id: 'technique.piriformis-stretch.caution.1' }),
        msg('Go easy after a hip replacement or with a painful hip joint: ask your clinician first.', { id: 'technique.piriformis-stretch.caution.2' }),
      ],
      askFirst: ['pregnancy', 'recent-injury', 'recent-surgery', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 10, Piriformis' },
    },
  ],
};
