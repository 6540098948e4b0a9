import type { Position, Tool } from '../../data/types.js';

/** 24-unit SVG paths for the card's tool and position lines (decorative: the words are beside them). */
export const TOOL_ICONS: Record<Tool, string> = {
  ball: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm0 2a6 6 0 0 1 5.7 4.1A9 9 0 0 0 6.3 10 6 6 0 0 1 12 6z',
  'foam-roller': 'M4 9h16a3 3 0 0 1 0 6H4a3 3 0 0 1 0-6zm0 2a1 1 0 0 0 0 2h16a1 1 0 0 0 0-2z',
  fingers: 'M8 3h2v9h1V5h2v7h1V6h2v9a5 5 0 0 1-5 5h-1a5 5 0 0 1-4-2l-3-4 1.5-1.3L8 15z',
  pincer: 'M5 5l6 6-6 6-1.4-1.4L8.2 11 3.6 6.4zm14 0l1.4 1.4-4.6 4.6 4.6 4.6L19 17l-6-6z',
  cane: 'M14 3a5 5 0 0 1 5 5h-2a3 3 0 0 0-6 0v13H9V8a5 5 0 0 1 5-5z',
  stretch: 'M12 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM4 8h16v2h-6v12h-2v-6h-0v6h-2V10H4z',
  'contract-relax': 'M4 11h4l2-4 4 10 2-6h4v2h-2.6L16 17l-4-10-1 2H4z',
};

/** Simple figures: a head dot and a body line in the position. */
export const POSITION_ICONS: Record<Position, string> = {
  'standing-wall': 'M18 2h2v20h-2zM11 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM9 7h4v7h-1v8h-2v-8H9z',
  standing: 'M12 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM10 7h4v7h-1v8h-2v-8h-1z',
  seated: 'M9 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM8 7h3v6h6v9h-2v-7H8z',
  'lying-back': 'M4 9a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM7 10h15v3H7zM2 16h20v2H2z',
  'lying-front': 'M20 9a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM2 10h15v3H2zM2 16h20v2H2z',
  'lying-side': 'M4 8a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM7 10h10l3 3H7zM2 16h20v2H2z',
  kneeling: 'M12 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM10 7h4v7h3v8h-2v-6h-5z',
};
