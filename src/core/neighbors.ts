/**
 * Keyboard neighbours on the body map, computed from geometry: for each region, the
 * nearest region in each arrow direction, judged from anchor points. A candidate must lie
 * in the direction pressed (a 45° cone either side first; any region on that side if the
 * cone is empty), and closeness weighs sideways drift twice as much as distance along the
 * arrow, so Down from a knee goes to the shin, not the other knee.
 *
 * A region no arrow leads to (a small one in the middle, like the sacrum between the low
 * back and the buttocks) then takes over the link of its closest neighbour that points
 * its way, when that link's old target stays reachable from elsewhere.
 */

export type Direction = 'up' | 'down' | 'left' | 'right';
export interface Point {
  x: number;
  y: number;
}

const AXES: Record<Direction, [number, number]> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };

export function spatialNeighbors<Id extends string>(points: ReadonlyMap<Id, Point>): Map<Id, Partial<Record<Direction, Id>>> {
  const result = new Map<Id, Partial<Record<Direction, Id>>>();
  for (const [id, p] of points) {
    const links: Partial<Record<Direction, Id>> = {};
    for (const direction of Object.keys(AXES) as Direction[]) {
      const [ax, ay] = AXES[direction];
      let best: Id | undefined;
      let bestScore = Infinity;
      let bestInCone = false;
      for (const [other, q] of points) {
        if (other === id) continue;
        const dx = q.x - p.x;
        const dy = q.y - p.y;
        const along = dx * ax + dy * ay;
        if (along <= 0) continue;
        const across = Math.abs(dx * ay - dy * ax);
        const inCone = across <= along;
        const score = along + 2 * across;
        if ((inCone && !bestInCone) || (inCone === bestInCone && score < bestScore)) {
          best = other;
          bestScore = score;
          bestInCone = inCone;
        }
      }
      if (best !== undefined) links[direction] = best;
    }
    result.set(id, links);
  }
  adoptOrphans(points, result);
  return result;
}

function adoptOrphans<Id extends string>(points: ReadonlyMap<Id, Point>, links: Map<Id, Partial<Record<Direction, Id>>>): void {
  const incoming = new Map<Id, number>([...points.keys()].map((id) => [id, 0]));
  for (const l of links.values()) for (const target of Object.values<Id>(l)) incoming.set(target, (incoming.get(target) ?? 0) + 1);
  for (const [orphan, count] of incoming) {
    if (count > 0) continue;
    const o = points.get(orphan);
    if (!o) continue;
    const candidates = [...points].filter(([id]) => id !== orphan).sort(([, a], [, b]) => Math.hypot(a.x - o.x, a.y - o.y) - Math.hypot(b.x - o.x, b.y - o.y));
    for (const [id, p] of candidates) {
      const dx = o.x - p.x;
      const dy = o.y - p.y;
      const direction: Direction = Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'down' : 'up';
      const own = links.get(id)!;
      const previous = own[direction];
      if (previous !== undefined && (incoming.get(previous) ?? 0) < 2) continue;
      if (previous !== undefined) incoming.set(previous, incoming.get(previous)! - 1);
      own[direction] = orphan;
      incoming.set(orphan, 1);
      break;
    }
  }
}
