import { nothing, svg } from 'lit';
import type { View } from '../../data/regions.js';
// Types only: this module must not pull the figure in (a routine player's cards never hydrate).
import type { FigureMode, RegionState } from './figure.js';

// Loaded only by an element that hydrates a server's markup (and by the server): a browser
// that renders from scratch clones its region paths (figure.ts) and never downloads this.

/** A region path from its attributes: the server's and a hydrated element's (the same template, so hydration matches). */
export const regionPath = (a: Record<string, string>) =>
  svg`<path d=${a.d} data-region=${a['data-region']} part=${a.part} class=${a.class ?? nothing} ?hidden=${'hidden' in a} role=${a.role ?? nothing} aria-label=${a['aria-label'] ?? nothing} aria-pressed=${a['aria-pressed'] ?? nothing} aria-disabled=${a['aria-disabled'] ?? nothing} tabindex=${a.tabindex ?? nothing}></path>`;

/**
 * A hydrated element's region paths, at rest (`rest`: figure.ts's `restOf`), for its whole
 * life: Lit keeps the nodes the server drew and `syncRegions(…, true)` writes their state (it
 * never replaces them).
 */
export const restPaths =
  (rest: (view: View, mode: FigureMode) => Array<Record<string, string>>) =>
  (views: readonly View[], state: RegionState): Map<View, unknown> =>
    new Map(views.map((view) => [view, rest(view, state.mode).map(regionPath)]));
