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
    id: 'sternocleidomastoid',
    area: 'head-neck',
    name: () => msg('Sternocleidomastoid', { id: 'muscle.sternocleidomastoid.name' }),
    description: () => msg('The rope-like muscle on the side of your neck, from behind the ear down to the breastbone and collarbone; it turns and tilts the head.', { id: 'muscle.sternocleidomastoid.description' }),
    causes: () => [
      msg('Head jutting forward while looking at a screen', { id: 'muscle.sternocleidomastoid.cause.1' }),
      msg('Looking up for a long time, such as painting a ceiling', { id: 'muscle.sternocleidomastoid.cause.2' }),
      msg('A whiplash injury or a fall', { id: 'muscle.sternocleidomastoid.cause.3' }),
      msg('Heavy, chest-high breathing from a chronic cough or asthma', { id: 'muscle.sternocleidomastoid.cause.4' }),
    ],
    // Two heads with their own trigger points (T&S): the sternal head, nearer the front and
    // lower on the neck, and the clavicular head, further out and deeper.
    triggerPoints: [
      { region: 'side-of-neck-left', view: 'front', x: 109, y: 77 },
      { region: 'side-of-neck-left', view: 'front', x: 112.5, y: 71 },
    ],
    // T&S vol. 1 ch. 7: sternal head to the top of the head, the back of the head, across the
    // cheek, around the eye, the throat and the top of the breastbone (and the chin);
    // clavicular head to the forehead and deep in the ear (and behind it). Back of the head
    // moved to essential (it is in the sternal head's drawn pattern). Temple added as spillover
    // (issue 8: the sternal head refers to the side of the head; Davies ch. 4 draws it there).
    referral: {
      primary: ['eye-left', 'cheek-left', 'forehead', 'ear-left', 'top-of-head', 'back-of-head-left'],
      secondary: ['temple-left', 'jaw-left', 'front-of-neck', 'upper-chest-left'],
    },
    symptoms: () => [
      msg('Dizziness or a feeling of imbalance', { id: 'muscle.sternocleidomastoid.symptom.1' }),
      msg('Headache around the eye and forehead', { id: 'muscle.sternocleidomastoid.symptom.2' }),
      msg('Watery or red eye, or blurred vision, on the same side', { id: 'muscle.sternocleidomastoid.symptom.3' }),
      msg('A blocked feeling or ache deep in the ear', { id: 'muscle.sternocleidomastoid.symptom.4' }),
    ],
    techniques: ['sternocleidomastoid-pincer'],
    cautions: () => [
      msg('Use a pincer grip on the muscle only; never press the front of the neck or the pulse beside the windpipe.', { id: 'muscle.sternocleidomastoid.caution.1' }),
      msg('Dizziness, ear, or eye symptoms can have other causes; see a doctor if they are new or severe.', { id: 'muscle.sternocleidomastoid.caution.2' }),
      msg('Sudden, severe neck pain or headache, or neck pain with dizziness, double vision, slurred speech or weakness: call emergency services.', { id: 'muscle.sternocleidomastoid.caution.3' }),
      // Lymph nodes run along this muscle: a lump is for a doctor, not for massage.
      msg('Never squeeze a lump or a swollen gland, and see a doctor about any new lump in the neck.', { id: 'muscle.sternocleidomastoid.caution.4' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 7, Sternocleidomastoid' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Sternocleidomastoid' },
    ],
  },
  techniques: [
    // Front of the neck (carotid, jugular, vagus, thyroid): pincer grip only, lifted away from
    // the throat. Step 1 used to turn the head toward the sore side and tip it away, which
    // stretches this muscle (it tips the head to its own side and turns the face away): tipping
    // the ear toward the sore side slackens it so it can be lifted. Davies: short, slow strokes,
    // here squeezes that let the muscle slide out of the grip, away from the throat.
    {
      id: 'sternocleidomastoid-pincer',
      muscle: 'sternocleidomastoid',
      tool: 'pincer',
      position: 'seated',
      title: () => msg('Sternocleidomastoid: pincer squeeze', { id: 'technique.sternocleidomastoid-pincer.title' }),
      steps: () => [
        msg('Sit and tip your ear slightly toward the sore shoulder, so the muscle goes slack and is easy to lift.', { id: 'technique.sternocleidomastoid-pincer.step.1' }),
        msg('With the opposite hand, gently lift the rope-like muscle between thumb and fingers, away from the throat.', { id: 'technique.sternocleidomastoid-pincer.step.2' }),
        msg('Work along it from just below the ear down toward the collarbone, looking for tender spots.', { id: 'technique.sternocleidomastoid-pincer.step.3' }),
        msg('On each tender spot, squeeze gently to a "good hurt" of about 5 out of 10, never sharp, and let the muscle slide slowly out of your grip, away from the throat: that is one stroke.', { id: 'technique.sternocleidomastoid-pincer.step.4' }),
        msg('Take hold again and repeat the slow strokes the same way, then move on along the muscle.', { id: 'technique.sternocleidomastoid-pincer.step.5' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('Tenderness in the muscle, sometimes pain around the eye, forehead, or ear, that eases over the strokes.', { id: 'technique.sternocleidomastoid-pincer.feel' }),
      cautions: () => [
        msg('Pincer grip only: never press into the front of the neck or on the pulse beside the windpipe.', { id: 'technique.sternocleidomastoid-pincer.caution.1' }),
        msg('If you feel a pulse under your fingers, let go and grip a little further out.', { id: 'technique.sternocleidomastoid-pincer.caution.2' }),
        msg('Stop if you feel dizzy, faint, or sick.', { id: 'technique.sternocleidomastoid-pincer.caution.3' }),
      ],
      // Neck work: carotid artery and the lymph nodes of the neck.
      askFirst: ['anticoagulants', 'recent-injury', 'recent-surgery', 'lymphoedema', 'carotid', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 4, Head and Neck Pain: Sternocleidomastoid' },
    },
  ],
};
