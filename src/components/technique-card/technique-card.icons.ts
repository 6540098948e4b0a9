import type { Position, Tool } from '../../data/types.js';

/**
 * The card's tool and position icons, drawn like every knotkit icon (the `.icon` style in
 * shared.styles.ts: 24-unit box, 2-unit round stroke). Decorative: the words are beside them.
 * A head is a circle of radius 2; a floor or a wall, one long line.
 */
const HEAD = 'a2 2 0 1 0 4 0a2 2 0 1 0-4 0';

export const TOOL_ICONS: Record<Tool, string> = {
  // A tennis ball: the circle and its two seams.
  ball: 'M3 12a9 9 0 1 0 18 0 9 9 0 1 0-18 0m2.6-6.4a9 9 0 0 1 0 12.8M18.4 5.6a9 9 0 0 0 0 12.8',
  // A roller seen from the side, its near end an ellipse.
  'foam-roller': 'M6 7h12a2 5 0 0 1 0 10H6a2 5 0 0 1 0-10a2 5 0 0 1 0 10m5-10v10m5-10v10',
  // A fingertip pressing into the skin.
  fingers: 'M9.5 2v9a2.5 2.5 0 0 0 5 0V2M2 15h4c2 0 3 1.5 6 1.5s4-1.5 6-1.5h4',
  // Thumb and finger squeezing the skin and muscle between them.
  pincer: 'M4 2v7a2.5 2.5 0 0 0 5 0V2m6 0v7a2.5 2.5 0 0 0 5 0V2M2 19h4c3 0 3-8 6-8s3 8 6 8h4',
  // A hooked self-massage cane with its handle.
  cane: 'M8 21V9a4.5 4.5 0 0 1 9 0v2m0 3a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zM8 15H5',
  // Arms raised over the head.
  stretch: `M10 4${HEAD}M12 8v7l-3 6m3-6 3 6m-3-11-4-4m4 4 4-4`,
  // Tighten, then let go: a pulse that rises and falls back to rest.
  'contract-relax': 'M3 14h4l2.5-7 5 10 2.5-6H21',
};

/** A figure in each position: the head, the body, and the floor, wall or chair. */
export const POSITION_ICONS: Record<Position, string> = {
  'standing-wall': `M11 5${HEAD}M13 9v6l-2 6m2-6 2 6m-2-10 3 3M20 2v20`,
  standing: `M10 4${HEAD}M12 8v7l-3 6m3-6 3 6m-3-10-3 4m3-4 3 4`,
  seated: `M7 4${HEAD}M9 8v7h6v6m-9-9v9m-2-6h9`,
  'lying-back': `M2 13${HEAD}M6 13h7l3-4 3 4M2 19h20`,
  'lying-front': `M18 12${HEAD}M18 14H3m15 0-3 2M2 19h20`,
  'lying-side': `M2 10${HEAD}M6 11l8 1 3 4h3m-6-4-4 4M2 19h20`,
  kneeling: `M10 4${HEAD}M12 8v5l1 6H5m7-9 3 4`,
};
