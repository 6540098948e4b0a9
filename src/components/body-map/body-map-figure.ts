import { html, svg } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { currentLocale } from '../../i18n/current.js';
import { regionName, type RegionId, type View } from '../../data/regions.js';
import { OUTLINE, SHAPES, SIDE_LABELS, VIEW_HEIGHT, VIEW_WIDTH } from '../../data/region-geometry.js';
import { intensityBand, type Highlight, type RegionSelection } from '../../core/selection.js';

/**
 * The body map's figures: one SVG per view with its region paths, trigger-point markers and
 * side labels, and where a click lands on them. The 100+ region paths are cloned from a
 * per-view template built once (their shapes never change) and only their state attributes
 * are written, when they change: mounting a map then costs one clone instead of a thousand
 * template bindings.
 */

/** A click this close to a region (in CSS px) counts as on it: gaps between regions are thin. */
const GAP_PX = 6;

const templates = new Map<string, HTMLTemplateElement>();

/** Every region path of a view in its resting state, built once per view and locale. */
function regionTemplate(view: View): HTMLTemplateElement {
  const key = `${view} ${currentLocale()}`;
  let template = templates.get(key);
  if (!template) {
    template = document.createElement('template');
    for (const [id, shape] of Object.entries(SHAPES[view]) as Array<[RegionId, { d: string }]>) {
      const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      setAttributes(path, { d: shape.d, 'data-region': id, role: 'button', class: 'region', part: 'region', 'aria-label': regionName(id), 'aria-pressed': 'false', 'aria-disabled': 'false', tabindex: '-1' });
      template.content.append(path);
    }
    templates.set(key, template);
  }
  return template;
}

/** Writes only the attributes whose value changed (`null` removes). */
function setAttributes(element: Element, attributes: Record<string, string | null>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (element.getAttribute(name) === value) continue;
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }
}

/** One view's figure; its region paths are filled in by `syncRegions` after render. */
export function renderFigure(view: View, highlight: Highlight, hidden: ReadonlySet<string>) {
  const labels = SIDE_LABELS[view];
  const viewName = view === 'front' ? msg('Front view', { id: 'body-map.view.front' }) : msg('Back view', { id: 'body-map.view.back' });
  return html`
    <svg part="figure" class="figure ${view}" viewBox="0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}" role="group" aria-label=${viewName}>
      <path class="outline" d=${OUTLINE[view]} aria-hidden="true"></path>
      <g class="regions" data-view=${view}></g>
      ${(highlight.triggerPoints ?? [])
        .filter((p) => p.view === view && !hidden.has(p.region))
        .map((p) => svg`<circle part="marker" class="marker" cx=${p.x} cy=${p.y} r="3.2" aria-hidden="true"></circle>`)}
      <text part="side-label" class="side-label" x=${labels.left.x} y=${labels.left.y} aria-hidden="true">${msg('Your left', { id: 'body-map.your-left' })}</text>
      <text part="side-label" class="side-label" x=${labels.right.x} y=${labels.right.y} aria-hidden="true">${msg('Your right', { id: 'body-map.your-right' })}</text>
    </svg>
  `;
}

export interface RegionState {
  hidden: ReadonlySet<string>;
  value: readonly RegionSelection[];
  highlight: Highlight;
  /** The region with the tab stop; none when the map is disabled. */
  stop: RegionId | undefined;
  /** Names say the intensity. */
  intensity: boolean;
  canChange(id: RegionId): boolean;
}

/** Brings every drawn region path up to date: shown, selected, referral, name, tab stop. */
export function syncRegions(root: ParentNode, state: RegionState): void {
  const selected = new Map(state.value.map((v) => [v.region, v]));
  const primary = new Set(state.highlight.referral?.primary);
  const secondary = new Set(state.highlight.referral?.secondary);
  let stop = state.stop;
  for (const group of root.querySelectorAll<SVGGElement>('g.regions')) {
    const view = group.dataset.view as View;
    if (group.dataset.drawn !== view) {
      group.replaceChildren(regionTemplate(view).content.cloneNode(true));
      group.dataset.drawn = view;
    }
    for (const path of group.children as HTMLCollectionOf<SVGPathElement>) {
      const id = path.dataset.region as RegionId;
      const entry = selected.get(id);
      const referral = primary.has(id) ? ' referral-primary' : secondary.has(id) ? ' referral-secondary' : '';
      const name = regionName(id);
      // A region drawn in both views is a tab stop only where it is drawn first.
      const first = id === stop;
      if (first) stop = undefined;
      setAttributes(path, {
        hidden: state.hidden.has(id) ? '' : null,
        class: `region${entry ? ` selected i${intensityBand(entry.intensity)}` : ''}${referral}`,
        part: `region${entry ? ' selected' : ''}${referral}`,
        'aria-label': entry && state.intensity ? msg(str`${name}, intensity ${entry.intensity} of 10`, { id: 'body-map.region-intensity' }) : name,
        'aria-pressed': entry ? 'true' : 'false',
        'aria-disabled': state.canChange(id) ? 'false' : 'true',
        tabindex: first ? '0' : '-1',
      });
    }
  }
}

/** The region an event happened on. */
export const regionOf = (event: Event) => (event.target as Element).getAttribute?.('data-region') as RegionId | null;

/** The region a click is on, or the nearest within a few pixels (clicks in the thin gaps between regions). */
export function regionAt(event: MouseEvent): RegionId | null {
  const id = regionOf(event);
  if (id) return id;
  const target = event.target as Element;
  const figure = target.closest?.('svg');
  const matrix = figure?.getScreenCTM?.()?.inverse();
  if (!figure || !matrix) return null;
  for (const radius of [GAP_PX / 2, GAP_PX]) {
    for (let a = 0; a < 8; a++) {
      const angle = (a * Math.PI) / 4;
      const point = new DOMPoint(event.clientX + radius * Math.cos(angle), event.clientY + radius * Math.sin(angle)).matrixTransform(matrix);
      for (const path of figure.querySelectorAll<SVGPathElement>('[data-region]')) {
        if (path.isPointInFill(point)) return path.dataset.region as RegionId;
      }
    }
  }
  return null;
}
