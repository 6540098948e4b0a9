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
    id: 'quadratus-lumborum',
    prevalence: 2,
    area: 'trunk',
    name: () => msg('Quadratus lumborum', { id: 'muscle.quadratus-lumborum.name' }),
    description: () => msg('A deep, flat muscle in the low back between the lowest rib and the top of the pelvis; it bends you to the side and hitches the hip up.', { id: 'muscle.quadratus-lumborum.description' }),
    causes: () => [
      msg('Bending and twisting to lift something', { id: 'muscle.quadratus-lumborum.cause.1' }),
      msg('Standing with your weight on one leg, or one leg shorter than the other', { id: 'muscle.quadratus-lumborum.cause.2' }),
      msg('Sitting on a wallet or on a soft, sagging seat', { id: 'muscle.quadratus-lumborum.cause.3' }),
      msg('Gardening or housework done bent over', { id: 'muscle.quadratus-lumborum.cause.4' }),
    ],
    // T&S vol. 2, ch. 4: superficial (lateral) and deep (medial) trigger points, all between the
    // 12th rib and the iliac crest (low back).
    triggerPoints: [
      { region: 'low-back-left', view: 'back', x: 73, y: 184 },
    ],
    // Essential: along the iliac crest (low back), the sacroiliac joint (sacrum), the lower
    // buttock (deep trigger points) and the greater trochanter (side of the hip). Spillover: the
    // lower abdomen, the groin and the outer upper thigh (superficial trigger points).
    referral: {
      primary: ['low-back-left', 'hip-side-left', 'buttock-left', 'sacrum'],
      secondary: ['lower-abdomen-left', 'groin-left', 'outer-thigh-left'],
    },
    symptoms: () => [
      msg('Sharp pain on turning over in bed or getting up from a chair', { id: 'muscle.quadratus-lumborum.symptom.1' }),
      msg('Pain when you cough or sneeze', { id: 'muscle.quadratus-lumborum.symptom.2' }),
      msg('Trouble standing up straight or walking', { id: 'muscle.quadratus-lumborum.symptom.3' }),
    ],
    techniques: ['quadratus-lumborum-ball-floor', 'quadratus-lumborum-stretch'],
    cautions: () => [
      // The kidney lies in front of this muscle, just below the 12th rib.
      msg('Work the muscle just above the rim of the pelvis; never lean on a ball under the lowest ribs beside the spine, where the kidneys lie, and never press on the spine.', { id: 'muscle.quadratus-lumborum.caution.1' }),
      // Cauda equina: saddle numbness, not "around the groin"; an emergency (NHS "Cauda equina
      // syndrome"; NHS "Back pain").
      msg('Back pain with numbness in the saddle area (between the legs, the buttocks or the genitals), or new trouble controlling the bladder or bowels: get emergency care now.', { id: 'muscle.quadratus-lumborum.caution.2' }),
      // Kidney infection or stone (NHS "Kidney infection"), nerve compression.
      msg('Pain in the side or back with a fever, shivers, pain or blood when passing urine, or weakness in a leg: see a doctor urgently.', { id: 'muscle.quadratus-lumborum.caution.3' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 4, Quadratus Lumborum' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain: Quadratus Lumborum' },
    ],
  },
  techniques: [
    // Safety: a lacrosse ball "under your waist, between the lowest rib and the top of the
    // pelvis" put body weight on the kidney area just below the 12th rib. Now a soft ball just
    // above the back rim of the pelvis (below the kidneys), strokes out toward the side, and
    // standing against a wall as the gentler option. Id kept: same method (ball on the floor).
    // Dose: Davies' short, slow strokes (ch. 3), not a static hold.
    {
      id: 'quadratus-lumborum-ball-floor',
      muscle: 'quadratus-lumborum',
      tool: 'ball',
      position: 'lying-back',
      title: () => msg('Quadratus lumborum: ball on the floor', { id: 'technique.quadratus-lumborum-ball-floor.title' }),
      steps: () => [
        msg('Lie on your back on a firm floor with your knees bent and feet flat.', { id: 'technique.quadratus-lumborum-ball-floor.step.1' }),
        msg('Place a soft ball, such as a tennis ball or a softer one, under your low back just above the back rim of the pelvis, a hand\'s width out from the spine.', { id: 'technique.quadratus-lumborum-ball-floor.step.2' }),
        msg('Keep it close to the rim of the pelvis, never up under the lowest ribs, where the kidneys lie; tilt slowly toward the ball until you find a tender spot at a "good hurt", never sharp.', { id: 'technique.quadratus-lumborum-ball-floor.step.3' }),
        msg('Make 10 short, slow strokes over the spot: rock your hips a little so the ball rolls a short way out toward your side, then ease off and start again.', { id: 'technique.quadratus-lumborum-ball-floor.step.4' }),
        msg('Move the ball a little along the rim of the pelvis and repeat.', { id: 'technique.quadratus-lumborum-ball-floor.step.5' }),
        msg('If lying on the ball is too strong, stand with your back to a wall and lean gently into the ball instead.', { id: 'technique.quadratus-lumborum-ball-floor.step.6' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Deep tenderness in the waist, sometimes an ache over the hip or buttock, that eases over the strokes.', { id: 'technique.quadratus-lumborum-ball-floor.feel' }),
      cautions: () => [
        msg('Keep the ball near the rim of the pelvis: off the spine, and never under the lowest ribs, where the kidneys are.', { id: 'technique.quadratus-lumborum-ball-floor.caution.1' }),
        msg('Stop if you feel pain, tingling or numbness running down a leg.', { id: 'technique.quadratus-lumborum-ball-floor.caution.2' }),
      ],
      // Body weight on a ball beside the spine (osteoporosis); lying on the back (pregnancy);
      // near the kidneys (kidney).
      askFirst: ['anticoagulants', 'osteoporosis', 'pregnancy', 'kidney', 'recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 8, Midback, Low Back, and Buttock Pain: Quadratus Lumborum' },
    },
    // Standing side bend: source kept as T&S vol. 2, ch. 4 (they stretch this muscle by side
    // bending; flagged in the review notes). The hold is general stretching guidance, not theirs.
    // Crossing the legs narrows the base: the balance caution stays.
    {
      id: 'quadratus-lumborum-stretch',
      muscle: 'quadratus-lumborum',
      tool: 'stretch',
      position: 'standing',
      title: () => msg('Quadratus lumborum: standing side bend', { id: 'technique.quadratus-lumborum-stretch.title' }),
      steps: () => [
        msg('Stand tall and cross the leg of the sore side behind the other one.', { id: 'technique.quadratus-lumborum-stretch.step.1' }),
        msg('Raise the arm of the sore side overhead.', { id: 'technique.quadratus-lumborum-stretch.step.2' }),
        msg('Slowly bend your trunk away from the sore side, letting the hip on the sore side drift out.', { id: 'technique.quadratus-lumborum-stretch.step.3' }),
        msg('Stop at a comfortable pull in the waist and breathe slowly; rest a hand on a wall for balance if needed.', { id: 'technique.quadratus-lumborum-stretch.step.4' }),
      ],
      dose: { kind: 'stretch', holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A stretch along the side of the waist, between the ribs and the pelvis.', { id: 'technique.quadratus-lumborum-stretch.feel' }),
      cautions: () => [
        msg('Move slowly and do not bounce; stop if the back catches or spasms.', { id: 'technique.quadratus-lumborum-stretch.caution.1' }),
        msg('Hold on to something steady if your balance is poor.', { id: 'technique.quadratus-lumborum-stretch.caution.2' }),
      ],
      // Side-bending the spine on a narrow base (osteoporosis: a fall or a strong bend);
      // a strong trunk stretch (pregnancy).
      askFirst: ['osteoporosis', 'pregnancy', 'recent-injury', 'recent-surgery', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 4, Quadratus Lumborum' },
    },
  ],
};
