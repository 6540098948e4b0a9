import { atRest, drawnFor, syncRegions, type RegionState } from '../components/body-map/figure.js';
import { regionPath } from '../components/body-map/region-paths.js';
import { SHAPES } from '../data/region-geometry.js';
import type { RegionId, View } from '../data/regions.js';

/** A region path as `syncRegions` sees it: its attributes only. */
class Path {
  constructor(readonly attributes: Map<string, string>) {}
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
}

/**
 * Server only: the region paths of each view in their current state, as ordinary Lit `svg`
 * bindings (`regionPath`, the template a hydrated browser renders too; text stays text, no
 * markup is parsed from a string). Their state is written by the browser's own `syncRegions`,
 * run on stand-ins for the paths, so both draw the same.
 */
export function regionPaths(views: readonly View[], state: RegionState): Map<View, unknown> {
  const groups = views.map((view) => {
    const paths = new Map((Object.entries(SHAPES[view]) as Array<[RegionId, { d: string }]>).map(([id, shape]) => [id, new Path(new Map(Object.entries(atRest(id, shape.d, state.mode))))]));
    return { view, paths, dataset: { view, drawn: drawnFor(view, state.mode) }, querySelector: (selector: string) => paths.get(/"(.+)"/.exec(selector)?.[1] as RegionId) ?? null };
  });
  syncRegions({ querySelectorAll: () => groups } as unknown as ParentNode, state);
  return new Map(
    groups.map(({ view, paths }) => [
      view,
      [...paths.values()].map(({ attributes }) => regionPath(Object.fromEntries(attributes))),
    ]),
  );
}
