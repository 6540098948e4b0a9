import { html, nothing } from 'lit';
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
 * In a browser that renders from scratch the figures are not Lit templates: a box rendered
 * empty (`data-views`) gets a clone of a template built once per page, views, mode and locale,
 * with DOM APIs (pages run strict CSP and Trusted Types: no markup is parsed), already at rest.
 * One clone, no per-part bookkeeping; after each render only what differs from rest, or did
 * last time, is written (`syncRegions`, the markers). A server, and an element that hydrated
 * a server's markup, draw the same figures as Lit templates instead (`region-paths.ts`).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** `choose`: buttons with names, one tab stop; `display` (read-only): the picture alone. */
export type FigureMode = 'choose' | 'display';

/** What a view's region paths were drawn for (`data-drawn` on their group): names change with the locale. */
export const drawnFor = (view: View, mode: FigureMode) => `${view} ${mode} ${mode === 'choose' ? currentLocale() : ''}`;

/** A region path's attributes at rest. */
export const atRest = (id: RegionId, d: string, mode: FigureMode): Record<string, string> =>
  mode === 'choose' ? { d, 'data-region': id, part: 'region', role: 'button', 'aria-label': regionName(id), 'aria-pressed': 'false', tabindex: '-1' } : { d, 'data-region': id, part: 'region' };

/** The attributes of a view's region paths at rest. */
export const restOf = (view: View, mode: FigureMode) => (Object.entries(SHAPES[view]) as Array<[RegionId, { d: string }]>).map(([id, shape]) => atRest(id, shape.d, mode));

/**
 * The muscle-contour hints of both halves as one path: the data draws the right half (`M` absolute,
 * `q` relative); the left is that mirrored. One path, not a second one under a transform: a
 * transformed element costs more to lay out than the path itself.
 */
export const contours = (view: View) =>
  CONTOURS[view] +
  CONTOURS[view].replace(/([Mq])([^Mq]+)/g, (_, command: string, numbers: string) => command + numbers.match(/-?(?:\d+\.?\d*|\.\d+)/g)!.map((n, i) => (i % 2 ? n : command === 'M' ? Math.round((VIEW_WIDTH - +n) * 10) / 10 : -n)).join(' '));

/** The view names and the person's sides, resolved when drawing (they follow the locale). */
export const words = (view: View) => {
  const yourLeft = msg('Your left', { id: 'body-map.your-left' });
  const yourRight = msg('Your right', { id: 'body-map.your-right' });
  const front = view === 'front';
  return {
    label: front ? msg('Front view', { id: 'body-map.view.front' }) : msg('Back view', { id: 'body-map.view.back' }),
    name: front ? msg('Front', { id: 'body-map.front' }) : msg('Back', { id: 'body-map.back' }),
    sides: front ? [yourRight, yourLeft] : [yourLeft, yourRight],
  };
};

/** An element with its attributes and children, by DOM APIs (the HTML namespace unless `svg`). */
export function element(tag: string, attributes: Record<string, string>, children: Array<Node | string> = [], svg?: boolean): Element {
  const made = document.createElementNS(svg ? SVG_NS : HTML_NS, tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children);
  return made;
}

const templates = new Map<string, HTMLTemplateElement>();

/**
 * The views' figures at rest, as `renderFigure` (region-paths.ts) draws them but for the focus
 * ring (added on first focus, see `ringAround`) and the markers (`drawFigures`).
 */
function figuresTemplate(views: readonly View[], mode: FigureMode, key: string): HTMLTemplateElement {
  let template = templates.get(key);
  if (!template) {
    template = document.createElement('template');
    for (const view of views) {
      const { label, name, sides } = words(view);
      const svg = (tag: string, attributes: Record<string, string>, children?: Node[]) => element(tag, attributes, children, true);
      template.content.append(
        element('div', { class: `view ${view}` }, [
          svg('svg', { part: 'figure', class: `figure ${view}`, viewBox: `0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`, ...(mode === 'choose' ? { role: 'group', 'aria-label': label } : {}) }, [
            svg('g', { class: 'regions', 'data-view': view, 'data-drawn': drawnFor(view, mode) }, restOf(view, mode).map((attributes) => svg('path', attributes))),
            svg('path', { class: 'art contours', d: contours(view) }),
            svg('path', { class: 'art outline', d: OUTLINE[view] }),
          ]),
          element('div', { class: 'caption', 'aria-hidden': 'true' }, [element('span', { part: 'side-label', class: 'side' }, [sides[0]!]), element('span', { class: 'view-name' }, [name]), element('span', { part: 'side-label', class: 'side' }, [sides[1]!])]),
        ]),
      );
    }
    templates.set(key, template);
  }
  return template;
}

/** What each box was last drawn for, and the markers each figure shows. */
const drawnBoxes = new WeakMap<Element, string>();
const drawnMarkers = new WeakMap<Element, string>();

/**
 * Fills each box rendered empty (`data-views`: the views, space-separated) with the figures,
 * again when its views, the mode or the locale change (only the figures go: Lit's marker for
 * the box's child part stays), then draws the trigger-point markers that differ.
 */
export function drawFigures(root: ParentNode, mode: FigureMode, highlight: Highlight, hidden: ReadonlySet<string>): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-views]')) {
    const views = box.dataset.views!.split(' ') as View[];
    const key = `${views} ${drawnFor(views[0]!, mode)}`;
    if (drawnBoxes.get(box) !== key) {
      for (const old of box.querySelectorAll(':scope > .view')) old.remove();
      box.append(document.importNode(figuresTemplate(views, mode, key).content, true));
      // Drawn at rest: `syncRegions` writes only the regions that are not.
      for (const group of box.querySelectorAll<SVGGElement>('g.regions')) touched.set(group, new Set());
      drawnBoxes.set(box, key);
    }
    for (const figure of box.querySelectorAll('svg')) {
      const view = figure.classList.contains('back') ? 'back' : 'front';
      const points = (highlight.triggerPoints ?? []).filter((p) => p.view === view && !hidden.has(p.region));
      const drawn = points.map((p) => `${p.x} ${p.y}`).join();
      if (drawnMarkers.get(figure) === drawn) continue;
      for (const old of figure.querySelectorAll('.marker')) old.remove();
      figure.append(...points.map((p) => element('circle', { part: 'marker', class: 'marker', cx: `${p.x}`, cy: `${p.y}`, r: '3.2' }, [], true)));
      drawnMarkers.set(figure, drawn);
    }
  }
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
 * only those not at rest now or before. Paths this page did not draw at rest (a server's, in a
 * state this page may not share), or drawn for another locale or mode, are all looked at.
 */
export function syncRegions(root: ParentNode, state: RegionState): void {
  const choose = state.mode === 'choose';
  const selected = new Map(state.value.map((v) => [v.region, v]));
  const primary = new Set(state.highlight.referral?.primary);
  const secondary = new Set(state.highlight.referral?.secondary);
  let stop = choose ? state.stop : undefined;
  for (const group of root.querySelectorAll<SVGGElement>('g.regions')) {
    const view = group.dataset.view as View;
    const drawn = drawnFor(view, state.mode);
    if (group.dataset.drawn !== drawn || !touched.has(group)) touched.set(group, new Set(Object.keys(SHAPES[view]) as RegionId[]));
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

/**
 * A picture of a highlight (a muscle's trigger points and referral), named in words: an image,
 * nothing to choose. `figures`: its figures as Lit templates (on a server, and in an element that
 * hydrated one's markup); otherwise `syncPicture` draws them.
 */
export function renderPicture(views: readonly View[], highlight: Highlight, figures?: unknown) {
  const summary = referralInWords(highlight);
  return html`<div part="figure" class="picture" data-views=${figures ? nothing : views.join(' ')} role="img" aria-label=${summary ? msg(str`Body map. ${summary}`, { id: 'body-map.image' }) : msg('Body map, nothing marked.', { id: 'body-map.image-empty' })}>${figures ?? nothing}</div>`;
}

/** A picture's state (read-only: no tab stop, nothing chosen). */
export const pictureState = (highlight: Highlight): RegionState => ({ mode: 'display', hidden: NONE, value: [], highlight, stop: undefined, reachable: [], intensity: false, locked: false, disabled: NONE });

/** Brings a picture's figures up to date after render. */
export function syncPicture(root: ParentNode, highlight: Highlight): void {
  drawFigures(root, 'display', highlight, NONE);
  syncRegions(root, pictureState(highlight));
}
