import type { TechniqueInput } from 'knotkit/technique-card.js';

// A technique written by the site's author. The page renders it on the server and its script
// hands the same object to the card in the browser: both import it from here.
export const wallBall: TechniqueInput = {
  id: 'wall-ball',
  title: 'Ball against a wall',
  muscleName: 'Upper trapezius',
  tool: 'ball',
  steps: ['Stand with your back to a wall, a ball between the wall and the top of your shoulder.', 'Lean into the ball until you feel a good hurt, and hold.'],
  dose: { holdSeconds: 30, reps: 2 },
  area: 'head-neck',
  triggerPoints: [{ region: 'top-of-shoulder-left', view: 'back', x: 78, y: 92 }],
  referral: { primary: ['temple-left'] },
};
