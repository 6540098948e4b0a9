import { REGIONS, type RegionId, type View } from '../data/region-list.js';
import { HIT_SIZE, HITS, SHAPES, VIEW_WIDTH } from '../data/region-geometry.js';
import { spatialNeighbors, type Direction, type Point } from './neighbors.js';

/**
 * What the body map draws: the regions of its views (side by side, in that order) less the
 * hidden ones. The keyboard moves over exactly these.
 */

const listed = new Map<string, RegionId[]>();

/** The regions drawn, in list order (Home and End go to the first and the last). Computed once per layout on a page. */
export function drawnRegions(views: readonly View[], hidden: ReadonlySet<string>): readonly RegionId[] {
  const key = `${views.join()} ${[...hidden].join()}`;
  let ids = listed.get(key);
  if (!ids) {
    const drawn = new Set(views.flatMap((view) => Object.keys(SHAPES[view])));
    listed.set(key, (ids = REGIONS.filter((r) => drawn.has(r.id) && !hidden.has(r.id)).map((r) => r.id)));
  }
  return ids;
}

type Links = Map<RegionId, Partial<Record<Direction, RegionId>>>;
const computed = new Map<string, Links>();

/**
 * Arrow-key neighbours over the drawn regions; a region in both views counts where first
 * drawn. Computed once per layout (views and hidden regions) on a page.
 */
export function drawnNeighbors(views: readonly View[], hidden: ReadonlySet<string>): Links {
  const key = `${views.join()} ${[...hidden].join()}`;
  let links = computed.get(key);
  if (links) return links;
  const points = new Map<RegionId, Point>();
  views.forEach((view, i) => {
    for (const [id, shape] of Object.entries(SHAPES[view]) as Array<[RegionId, Point]>) {
      if (!hidden.has(id) && !points.has(id)) points.set(id, { x: shape.x + i * VIEW_WIDTH, y: shape.y });
    }
  });
  computed.set(key, (links = spatialNeighbors(points)));
  return links;
}

/**
 * The small region a point picks through its enlarged hit area (`HITS`, in the view's drawing
 * units): the region under the point when the point is in its own hit area, else the region
 * whose centre is nearest among those whose hit areas hold the point (hit areas of neighbours
 * may overlap); `null` when no hit area of a drawn region holds the point. Hit areas are pure
 * geometry, not elements: the figure stays one element per region.
 */
export function hitAt(view: View, x: number, y: number, under: RegionId | null, hidden: ReadonlySet<string>): RegionId | null {
  let best: RegionId | null = null;
  let nearest = Infinity;
  for (const [id, [left, top, width = HIT_SIZE, height = HIT_SIZE]] of Object.entries(HITS[view]) as Array<[RegionId, number[]]>) {
    if (hidden.has(id) || x < left || y < top || x > left + width || y > top + height) continue;
    if (id === under) return id;
    const { x: cx, y: cy } = SHAPES[view][id]!;
    const distance = (cx - x) ** 2 + (cy - y) ** 2;
    if (distance < nearest) {
      nearest = distance;
      best = id;
    }
  }
  return best;
}
