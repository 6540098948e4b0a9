import { msg } from '../../i18n/msg.js';
import type { MuscleData } from '../types.js';

/**
 * Hip and leg muscles. Referral patterns follow Travell & Simons' Trigger Point Manual
 * (vol. 2, 1st ed.); each technique's dose follows its own source (see `Dose` in types.ts),
 * written in our own words. Trigger-point coordinates are in the body map's view space
 * (src/data/region-geometry.ts).
 */
export const data: MuscleData = {
  muscle: {
    id: 'peroneals',
    area: 'hip-leg',
    name: () => msg('Peroneals (fibularis)', { id: 'muscle.peroneals.name' }),
    description: () => msg('The muscles on the outside of the lower leg, from just below the knee down behind the outer ankle bone; they turn the sole outward and steady the ankle.', { id: 'muscle.peroneals.description' }),
    causes: () => [
      msg('An ankle sprain or a history of turned ankles', { id: 'muscle.peroneals.cause.1' }),
      msg('Long or tight socks, or crossing the legs so one presses the other', { id: 'muscle.peroneals.cause.2' }),
      msg('High heels or a foot that rolls in', { id: 'muscle.peroneals.cause.3' }),
      msg('Walking or running on uneven or sloping ground', { id: 'muscle.peroneals.cause.4' }),
    ],
    // T&S vol. 2, ch. 20: peroneus longus trigger points a few centimetres below the head of
    // the fibula; peroneus brevis trigger points lower, near the junction of the middle and
    // lower thirds of the leg. Both on the outside of the lower leg.
    triggerPoints: [
      { region: 'outer-lower-leg-left', view: 'front', x: 123.3, y: 339.4 },
      { region: 'outer-lower-leg-left', view: 'front', x: 120.5, y: 370 },
    ],
    // T&S vol. 2, ch. 20: longus and brevis refer to the outer ankle bone (above, behind and
    // below it), spilling over the outer side of the foot and the middle of the outer leg;
    // peroneus tertius to the front-outer ankle, spilling over to the outer heel.
    referral: {
      primary: ['ankle-left'],
      secondary: ['outer-lower-leg-left', 'top-of-foot-left', 'heel-left'],
    },
    symptoms: () => [
      msg('Weak ankles that turn easily', { id: 'muscle.peroneals.symptom.1' }),
    ],
    techniques: ['peroneals-ball'],
    cautions: () => [
      // The common fibular (peroneal) nerve winds round the neck of the fibula just below its
      // head and runs into peroneus longus: an endangerment site.
      msg('Never press the bony knob just below the outside of the knee (the head of the fibula): a nerve to the foot winds around the bone just below it.', { id: 'muscle.peroneals.caution.1' }),
      // New foot drop: fibular nerve or lower-back nerve root; progressive weakness is a
      // same-day red flag (safety.md).
      msg('A foot that newly drops, drags or slaps down, or numbness on the top of the foot, is more likely a nerve problem than a knot: see a doctor the same day.', { id: 'muscle.peroneals.caution.2' }),
      // After a twisted ankle, bone tenderness or being unable to take weight may mean a
      // fracture (the Ottawa ankle rules, in plain words).
      msg('After a twisted ankle, get it checked before any self-care if you cannot take four steps or the ankle bone is tender to touch: it may be broken.', { id: 'muscle.peroneals.caution.3' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 20, Peroneal Muscles' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 10, Lower Leg, Ankle, and Foot Pain: Peroneus Muscles' },
    ],
  },
  techniques: [
    // Source changed from Davies (strokes) to Travell & Simons' pressure release, so that the
    // hold is short and capped near the common fibular nerve (issue 8): 30 s cap, not the
    // usual 60–90 s. Safety changes: the ball starts a hand's width below the head of the
    // fibula and never rolls up toward it (this skips the highest peroneus longus trigger
    // point on purpose: the nerve runs through the muscle there); the other foot on the floor
    // controls the weight; tingling, numbness or burning stops the work at once. Two holds
    // (two spots) once a day: our cautious choice, T&S give no frequency. osteoporosis: body
    // weight on a ball over the thin fibula; clot-risk and varicose-veins: lower-leg work.
    {
      id: 'peroneals-ball',
      muscle: 'peroneals',
      tool: 'ball',
      position: 'lying-side',
      title: () => msg('Peroneals: ball on the floor', { id: 'technique.peroneals-ball.title' }),
      steps: () => [
        msg('Lie on the sore side with a tennis ball under the outside of the lower leg, at least a hand\'s width below the bony knob on the outside of the knee.', { id: 'technique.peroneals-ball.step.1' }),
        msg('Lean on your forearm and put the other foot on the floor in front of you, so you control how much weight goes onto the ball.', { id: 'technique.peroneals-ball.step.2' }),
        msg('Let the leg sink gently onto the ball until you meet firm resistance and a mild "good hurt", never sharp; stay there until the spot softens.', { id: 'technique.peroneals-ball.step.3' }),
        msg('When it softens, let the leg sink a little further. Come off after 30 seconds, even if it has not let go.', { id: 'technique.peroneals-ball.step.4' }),
        msg('Rest, then place the ball lower down, toward the ankle, for one more spot; never move it up toward the knee.', { id: 'technique.peroneals-ball.step.5' }),
      ],
      dose: { kind: 'release', holdSeconds: 30, reps: 2, sides: 'each', timesPerDay: 1 },
      feel: () => msg('Tenderness on the outside of the lower leg, sometimes an ache around the outer ankle bone that fades as you hold.', { id: 'technique.peroneals-ball.feel' }),
      cautions: () => [
        msg('Keep the ball at least a hand\'s width below the bony knob on the outside of the knee, where a nerve lies just under the skin.', { id: 'technique.peroneals-ball.caution.1' }),
        msg('Come off the ball at once if you feel tingling, numbness or burning in the shin or foot.', { id: 'technique.peroneals-ball.caution.2' }),
      ],
      // Clinical review: 'lymphoedema' added. Firm pressure on a leg with (or at risk of)
      // lymphoedema, e.g. after groin or pelvic lymph-node surgery, is asked first, as it
      // already is for every pressure technique on the arm.
      askFirst: ['anticoagulants', 'osteoporosis', 'clot-risk', 'varicose-veins', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 2 (1st ed.), ch. 20, Peroneal Muscles' },
    },
  ],
};
