import type { RegionId } from '../../data/regions.js';
import { hitAt } from '../../core/drawn-regions.js';

/** Where a click or a key lands on the body map's figures, and its focus ring. */

/** A click this close to a region (in CSS px) counts as on it: gaps between regions are thin. */
const GAP_PX = 6;

/** The focus ring follows the focused region: drawn over its neighbours, which hide a stroke of its own. */
export function ringAround(region: Element): void {
  region.parentElement?.parentElement?.querySelector('.ring')?.setAttribute('d', region.getAttribute('d') ?? '');
}

/** The region an event happened on (its region path). */
export const regionOf = (event: Event): RegionId | null => (event.target as Element).getAttribute?.('data-region') as RegionId | null;

/**
 * The region a click chooses. A pointer's click (`detail` ≥ 1) picks a small region through its
 * larger hit area (at least 24 CSS px on a phone), even over a neighbour, then the region under
 * it, then the nearest within a few pixels (the thin gaps between regions). A click without a
 * pointer (keyboard, assistive technology) is on its target only.
 */
export function regionAt(event: MouseEvent, hidden: ReadonlySet<string>): RegionId | null {
  const under = regionOf(event);
  const figure = (event.target as Element).closest?.('svg');
  const matrix = event.detail ? figure?.getScreenCTM?.()?.inverse() : undefined;
  if (!matrix) return under;
  const at = (radius = 0, angle = 0) => new DOMPoint(event.clientX + radius * Math.cos(angle), event.clientY + radius * Math.sin(angle)).matrixTransform(matrix);
  const { x, y } = at();
  const picked = hitAt(figure!.classList.contains('back') ? 'back' : 'front', x, y, under, hidden) ?? under;
  if (picked) return picked;
  for (let i = 0; i < 16; i++) {
    const near = at(i < 8 ? GAP_PX / 2 : GAP_PX, (i * Math.PI) / 4);
    for (const path of figure!.querySelectorAll<SVGPathElement>('[data-region]:not([hidden])')) if (path.isPointInFill(near)) return path.dataset.region as RegionId;
  }
  return null;
}
