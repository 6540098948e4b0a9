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
    id: 'biceps-brachii',
    area: 'shoulder-arm',
    name: () => msg('Biceps brachii', { id: 'muscle.biceps-brachii.name' }),
    description: () => msg('The muscle on the front of your upper arm; it bends the elbow and turns the palm up.', { id: 'muscle.biceps-brachii.description' }),
    causes: () => [
      msg('Lifting heavy things with the palms up', { id: 'muscle.biceps-brachii.cause.1' }),
      msg('Turning a stiff screwdriver or doorknob again and again', { id: 'muscle.biceps-brachii.cause.2' }),
      msg('Carrying a bag on the forearm with the elbow bent for a long time', { id: 'muscle.biceps-brachii.cause.3' }),
    ],
    // In the lower half of the muscle, on the front of the upper arm.
    triggerPoints: [
      { region: 'upper-arm-front-left', view: 'front', x: 150.8, y: 140 },
    ],
    // Travell & Simons: pain up over the muscle to the front of the shoulder; spillover to the
    // crook of the elbow and over the upper part of the shoulder blade.
    referral: {
      primary: ['front-of-shoulder-left', 'upper-arm-front-left'],
      secondary: ['inner-elbow-left', 'upper-back-left'],
    },
    symptoms: () => [msg('An ache on the front of the shoulder when lifting the arm above the head', { id: 'muscle.biceps-brachii.symptom.1' }), msg('Weakness lifting with the palm up', { id: 'muscle.biceps-brachii.symptom.2' })],
    techniques: ['biceps-brachii-pincer', 'biceps-brachii-stretch'],
    cautions: () => [
      msg('Keep off the inner side of the upper arm, where the main nerves and blood vessels run.', { id: 'muscle.biceps-brachii.caution.1' }),
      // A ruptured biceps tendon needs assessment, not massage.
      msg('A sudden pop while lifting, followed by a bulge or bruising in the upper arm, can be a torn tendon; see a doctor.', { id: 'muscle.biceps-brachii.caution.2' }),
    ],
    sources: [
      { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 30, Biceps Brachii' },
      { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Biceps' },
    ],
  },
  techniques: [
    // Safety: the old step worked "from the elbow" up, through the crook of the elbow (brachial
    // artery, median nerve), and a deep grip reaches the inner side of the upper arm (the same
    // vessels and nerves). The grip now starts three finger-widths above the elbow crease and
    // lifts the muscle away from the inner side. Firm pressure on an arm at risk of
    // lymphoedema: 'lymphoedema'. Dose: Davies' short, slow strokes instead of a static squeeze.
    {
      id: 'biceps-brachii-pincer',
      muscle: 'biceps-brachii',
      tool: 'pincer',
      position: 'seated',
      title: () => msg('Biceps brachii: pincer squeeze', { id: 'technique.biceps-brachii-pincer.title' }),
      steps: () => [
        msg('Sit and rest the sore arm on your lap, elbow slightly bent and palm up.', { id: 'technique.biceps-brachii-pincer.step.1' }),
        msg('With the other hand, grasp the front of the upper arm between thumb and fingers and lift the muscle slightly, keeping your fingertips off the inner side of the arm.', { id: 'technique.biceps-brachii-pincer.step.2' }),
        // Clinical review: "work up toward the shoulder" had no upper limit; the grip now stops
        // below the front fold of the armpit (brachial plexus, axillary vessels, lymph nodes).
        msg('Start three finger-widths above the elbow crease and work up toward the shoulder, stopping below the front fold of the armpit, feeling for tender lumps.', { id: 'technique.biceps-brachii-pincer.step.3' }),
        msg('Squeeze gently and glide your grip about 2 cm toward the shoulder, then let go and start again: 10 short, slow strokes per tender spot, at a "good hurt" of about 5 to 7 out of 10, never sharp.', { id: 'technique.biceps-brachii-pincer.step.4' }),
      ],
      dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 },
      feel: () => msg('A tender spot in the middle or lower part of the muscle, sometimes an ache up at the front of the shoulder, that eases as you work.', { id: 'technique.biceps-brachii-pincer.feel' }),
      cautions: () => [
        msg('Squeeze the muscle only; keep off the inner side of the upper arm, where nerves and blood vessels run, and stop at any tingling.', { id: 'technique.biceps-brachii-pincer.caution.1' }),
        msg('Keep out of the crook of the elbow, where an artery and a nerve lie close under the skin.', { id: 'technique.biceps-brachii-pincer.caution.2' }),
      ],
      askFirst: ['anticoagulants', 'recent-injury', 'recent-surgery', 'lymphoedema', 'cancer', 'unwell'],
      source: { title: "Davies' The Trigger Point Therapy Workbook (3rd ed.)", detail: 'ch. 5, Shoulder, Upper Back, and Upper Arm Pain: Biceps' },
    },
    // Travell & Simons describe a self-stretch for this muscle; the hold (15–30 s, 2–3 times) is
    // general stretching guidance, not theirs.
    {
      id: 'biceps-brachii-stretch',
      muscle: 'biceps-brachii',
      tool: 'stretch',
      position: 'standing',
      title: () => msg('Biceps brachii: doorway stretch', { id: 'technique.biceps-brachii-stretch.title' }),
      steps: () => [
        msg('Stand beside a door frame and place the hand of the sore arm on it at about waist height behind you, thumb down.', { id: 'technique.biceps-brachii-stretch.step.1' }),
        msg('Keep the elbow straight.', { id: 'technique.biceps-brachii-stretch.step.2' }),
        msg('Turn your body slowly away from the arm until you feel a stretch in the front of the arm and shoulder.', { id: 'technique.biceps-brachii-stretch.step.3' }),
        msg('Hold and breathe slowly, then turn back and relax.', { id: 'technique.biceps-brachii-stretch.step.4' }),
      ],
      dose: { kind: 'stretch', holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 },
      feel: () => msg('A gentle pull along the front of the upper arm and shoulder.', { id: 'technique.biceps-brachii-stretch.feel' }),
      cautions: () => [msg('Stretch gently; stop if you feel a sharp pain in the front of the shoulder or tingling in the hand.', { id: 'technique.biceps-brachii-stretch.caution.1' })],
      askFirst: ['recent-injury', 'recent-surgery', 'cancer', 'unwell'],
      source: { title: "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual", detail: 'vol. 1 (2nd ed.), ch. 30, Biceps Brachii' },
    },
  ],
};
