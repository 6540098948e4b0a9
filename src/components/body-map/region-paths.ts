import { html, isServer, nothing, svg } from 'lit';
import type { View } from '../../data/regions.js';
import { OUTLINE, VIEW_HEIGHT, VIEW_WIDTH } from '../../data/region-geometry.js';
import type { Highlight } from '../../core/selection.js';
// figure.ts is loaded already wherever this is (it draws a browser's figures from scratch).
import { contours, drawnFor, restOf, words, type FigureMode, type RegionState } from './figure.js';

// The figures as Lit templates: on a server, and in an element that hydrates a server's markup
// (Lit takes over the nodes the server drew only from the same templates). A browser that
// renders from scratch clones the same drawing (figure.ts) and never downloads this.

/** A region path from its attributes: the server's and a hydrated element's (the same template, so hydration matches). */
export const regionPath = (a: Record<string, string>) =>
  svg`<path d=${a.d} data-region=${a['data-region']} part=${a.part} class=${a.class ?? nothing} ?hidden=${'hidden' in a} role=${a.role ?? nothing} aria-label=${a['aria-label'] ?? nothing} aria-pressed=${a['aria-pressed'] ?? nothing} aria-disabled=${a['aria-disabled'] ?? nothing} tabindex=${a.tabindex ?? nothing}></path>`;

/**
 * A hydrated element's region paths, at rest, for its whole life: Lit keeps the nodes the
 * server drew and `syncRegions` writes their state (it never replaces them).
 */
export const restPaths = (views: readonly View[], state: RegionState): Map<View, unknown> => new Map(views.map((view) => [view, restOf(view, state.mode).map(regionPath)]));

/** One view's figure and its caption (figure.ts draws the same by DOM APIs), with `paths` as its region paths. */
export function renderFigure(view: View, highlight: Highlight, hidden: ReadonlySet<string>, mode: FigureMode, paths: unknown) {
  const { label, name, sides } = words(view);
  const points = (highlight.triggerPoints ?? []).filter((p) => p.view === view && !hidden.has(p.region));
  return html`
    <div class="view ${view}">
      <svg part="figure" class="figure ${view}" viewBox="0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}" role=${mode === 'choose' ? 'group' : nothing} aria-label=${mode === 'choose' ? label : nothing}>
        <g class="regions" data-view=${view} data-drawn=${isServer ? drawnFor(view, mode) : nothing}>${paths}</g>
        <path class="art contours" d=${contours(view)}></path>
        <path class="art outline" d=${OUTLINE[view]}></path>
        <path class="art ring"></path>
        ${points.map((p) => svg`<circle part="marker" class="marker" cx=${p.x} cy=${p.y} r="3.2"></circle>`)}
      </svg>
      <div class="caption" aria-hidden="true">
        <span part="side-label" class="side">${sides[0]}</span>
        <span class="view-name">${name}</span>
        <span part="side-label" class="side">${sides[1]}</span>
      </div>
    </div>
  `;
}

/** The figures of `views`, their region paths from `paths` (a server's `regionPaths`, or `restPaths`). */
export const renderFigures = (views: readonly View[], state: RegionState, paths: (views: readonly View[], state: RegionState) => Map<View, unknown>) => {
  const drawn = paths(views, state);
  return views.map((view) => renderFigure(view, state.highlight, state.hidden, state.mode, drawn.get(view)));
};
