import { html, isServer, nothing, svg } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { currentLocale } from '../../i18n/current.js';
import { referralInWords, regionName, type RegionId, type View } from '../../data/regions.js';
import { CONTOURS, OUTLINE, SHAPES, VIEW_HEIGHT, VIEW_WIDTH } from '../../data/region-geometry.js';
import type { Highlight, RegionSelection } from '../../core/selection.js';
import { intensityBand } from '../../core/intensity.js';

export { figureStyles } from './figure.styles.js';

/**
 * The body's figures: one SVG per view with its region paths and trigger-point markers, and a
 * caption under it (the view, and the person's sides). Drawing only: the body map adds
 * choosing (`body-map-figure.ts`), the technique card shows a picture (`renderPicture`).
 *
 * The region paths of a view are cloned from a template built once per view, mode and locale,
 * already in their resting state (no per-region work at mount). After each render only the
 * regions whose state differs from rest, or differed last time, are written.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** `choose`: buttons with names, one tab stop; `display` (read-only): the picture alone. */
export type FigureMode = 'choose' | 'display';

const templates = new Map<string, HTMLTemplateElement>();

/** What a view's region paths were drawn for (`data-drawn` on their group): names change with the locale. */
export const drawnFor = (view: View, mode: FigureMode) => `${view} ${mode} ${mode === 'choose' ? currentLocale() : ''}`;

/** A region path's attributes at rest. */
export const atRest = (id: RegionId, d: string, mode: FigureMode): Record<string, string> =>
  mode === 'choose' ? { d, 'data-region': id, part: 'region', role: 'button', 'aria-label': regionName(id), 'aria-pressed': 'false', tabindex: '-1' } : { d, 'data-region': id, part: 'region' };

/** The attributes of a view's region paths at rest. */
export const restOf = (view: View, mode: FigureMode) => (Object.entries(SHAPES[view]) as Array<[RegionId, { d: string }]>).map(([id, shape]) => atRest(id, shape.d, mode));

/** Every region path of a view in its resting state: one element per region (small regions' larger hit areas are geometry, see `regionAt`). */
function regionTemplate(view: View, mode: FigureMode): HTMLTemplateElement {
  const key = drawnFor(view, mode);
  let template = templates.get(key);
  if (!template) {
    template = document.createElement('template');
    for (const attributes of restOf(view, mode)) {
      const path = document.createElementNS(SVG_NS, 'path');
      for (const [name, value] of Object.entries(attributes)) path.setAttribute(name, value);
      template.content.append(path);
    }
    templates.set(key, template);
  }
  return template;
}

/**
 * One view's figure and its caption; its region paths are filled in by `syncRegions` after
 * render, unless `paths` draws them: on a server (`regionPaths` from `#knotkit-server`, in
 * their current state) and in an element that hydrated a server's markup (`restPaths`, so
 * that Lit finds what the server rendered there).
 */
export function renderFigure(view: View, highlight: Highlight, hidden: ReadonlySet<string>, mode: FigureMode, paths?: unknown) {
  const front = view === 'front';
  const yourLeft = msg('Your left', { id: 'body-map.your-left' });
  const yourRight = msg('Your right', { id: 'body-map.your-right' });
  const points = (highlight.triggerPoints ?? []).filter((p) => p.view === view && !hidden.has(p.region));
  return html`
    <div class="view ${view}">
      <svg
        part="figure"
        class="figure ${view}"
        viewBox="0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}"
        role=${mode === 'choose' ? 'group' : nothing}
        aria-label=${mode === 'choose' ? (front ? msg('Front view', { id: 'body-map.view.front' }) : msg('Back view', { id: 'body-map.view.back' })) : nothing}
      >
        <g class="regions" data-view=${view} data-drawn=${isServer && paths ? drawnFor(view, mode) : nothing}>${paths ?? nothing}</g>
        <path class="art contours" d=${CONTOURS[view]}></path>
        <path class="art contours" d=${CONTOURS[view]} transform="matrix(-1 0 0 1 ${VIEW_WIDTH} 0)"></path>
        <path class="art outline" d=${OUTLINE[view]}></path>
        <path class="art ring"></path>
        ${points.map((p) => svg`<circle part="marker" class="marker" cx=${p.x} cy=${p.y} r="3.2"></circle>`)}
      </svg>
      <div class="caption" aria-hidden="true">
        <span part="side-label" class="side">${front ? yourRight : yourLeft}</span>
        <span class="view-name">${front ? msg('Front', { id: 'body-map.front' }) : msg('Back', { id: 'body-map.back' })}</span>
        <span part="side-label" class="side">${front ? yourLeft : yourRight}</span>
      </div>
    </div>
  `;
}

export interface RegionState {
  mode: FigureMode;
  hidden: ReadonlySet<string>;
  value: readonly RegionSelection[];
  highlight: Highlight;
  /** The region with the tab stop; none when the map is disabled. */
  stop: RegionId | undefined;
  /** The views the tab stop may be in (a narrow map shows one of its two). */
  reachable: readonly View[];
  /** Names say the intensity. */
  intensity: boolean;
  /** Every region is unavailable (a disabled map). */
  locked: boolean;
  /** Regions that cannot be chosen. */
  disabled: ReadonlySet<string>;
}

/** The regions each view's group had out of rest after the last sync (they may need resetting). */
const touched = new WeakMap<SVGGElement, ReadonlySet<RegionId>>();

/**
 * Brings the drawn region paths up to date (shown, selected, referral, name, tab stop), touching
 * only those not at rest now or before. `kept`: the paths are the template's (`restPaths`, a
 * hydrated element): only their state is written, every region's when they were redrawn.
 */
export function syncRegions(root: ParentNode, state: RegionState, kept?: boolean): void {
  const choose = state.mode === 'choose';
  const selected = new Map(state.value.map((v) => [v.region, v]));
  const primary = new Set(state.highlight.referral?.primary);
  const secondary = new Set(state.highlight.referral?.secondary);
  let stop = choose ? state.stop : undefined;
  for (const group of root.querySelectorAll<SVGGElement>('g.regions')) {
    const view = group.dataset.view as View;
    const drawn = drawnFor(view, state.mode);
    if (group.dataset.drawn !== drawn && !kept) {
      // Only the paths go: Lit's marker for the group's child part stays.
      for (const path of group.querySelectorAll('[data-region]')) path.remove();
      group.append(document.importNode(regionTemplate(view, state.mode).content, true));
      touched.delete(group);
    } else if (group.dataset.drawn !== drawn || !touched.has(group)) {
      // Drawn by a server (in a state this page may not share) or redrawn at rest by the
      // template (a new locale or mode): every region is looked at.
      touched.set(group, new Set(Object.keys(SHAPES[view]) as RegionId[]));
    }
    group.dataset.drawn = drawn;
    // A region drawn in both views is the tab stop only where it is drawn first.
    const here = stop && SHAPES[view][stop] && state.reachable.includes(view) ? stop : undefined;
    if (here) stop = undefined;
    const now = new Set<RegionId>(state.locked && choose ? (Object.keys(SHAPES[view]) as RegionId[]) : [...selected.keys(), ...primary, ...secondary, ...(state.hidden as ReadonlySet<RegionId>), ...(choose ? (state.disabled as ReadonlySet<RegionId>) : [])]);
    if (here) now.add(here);
    for (const id of new Set([...(touched.get(group) ?? []), ...now])) {
      const path = group.querySelector(`[data-region="${id}"]`);
      if (!path) continue;
      const entry = selected.get(id);
      const referral = primary.has(id) ? ' referral-primary' : secondary.has(id) ? ' referral-secondary' : '';
      const hidden = state.hidden.has(id);
      set(path, 'hidden', hidden ? '' : null);
      set(path, 'class', entry || referral ? `${entry ? `selected i${intensityBand(entry.intensity)}` : ''}${referral}` : null);
      set(path, 'part', `region${entry ? ' selected' : ''}${referral}`);
      if (!choose) continue;
      set(path, 'aria-pressed', entry ? 'true' : 'false');
      set(path, 'aria-label', entry && state.intensity ? msg(str`${regionName(id)}, intensity ${entry.intensity} of 10`, { id: 'body-map.region-intensity' }) : regionName(id));
      set(path, 'aria-disabled', state.locked || state.disabled.has(id) ? 'true' : null);
      set(path, 'tabindex', id === here ? '0' : '-1');
    }
    touched.set(group, now);
  }
}

/** Writes an attribute only when its value changes (`null` removes it). */
function set(element: Element, name: string, value: string | null): void {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

const NONE: ReadonlySet<string> = new Set();

/** A picture of a highlight (a muscle's trigger points and referral), named in words: an image, nothing to choose. */
export function renderPicture(views: readonly View[], highlight: Highlight, paths?: (views: readonly View[], state: RegionState) => Map<View, unknown>) {
  const drawn = paths?.(views, pictureState(highlight));
  const summary = referralInWords(highlight);
  return html`<div part="figure" class="picture" role="img" aria-label=${summary ? msg(str`Body map. ${summary}`, { id: 'body-map.image' }) : msg('Body map, nothing marked.', { id: 'body-map.image-empty' })}>
    ${views.map((view) => renderFigure(view, highlight, NONE, 'display', drawn?.get(view)))}
  </div>`;
}

const pictureState = (highlight: Highlight): RegionState => ({ mode: 'display', hidden: NONE, value: [], highlight, stop: undefined, reachable: [], intensity: false, locked: false, disabled: NONE });
/** Brings a picture's regions up to date after render (`kept`: see `syncRegions`). */
export function syncPicture(root: ParentNode, highlight: Highlight, kept?: boolean): void {
  syncRegions(root, pictureState(highlight), kept);
}
