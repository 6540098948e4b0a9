import { html, nothing } from 'lit';
import { msg } from '../../i18n/msg.js';
import { currentLocale } from '../../i18n/current.js';
import type { View } from '../../data/regions.js';
import { element } from './figure.js';

/**
 * The map's parts that change only by an attribute or two: the toolbar above the figures (Front /
 * Back when narrow, and the List view toggle) and the figures' box. A map drawn from scratch
 * clones them from a template built once per page, kind and locale by DOM APIs (pages run
 * Trusted Types: no markup is parsed) and writes their state after each render
 * (body-map.component.ts); a server, and a map that hydrated one's markup, render the same as
 * Lit templates (`renderToolbar`). Their buttons have no listeners of their own: the map
 * listens on its base (a pick button's `value` is the view it shows).
 */

export interface ToolbarState {
  /** Front/Back toggles: when both views are asked for (shown only while the map is too narrow for both). */
  toggles: boolean;
  shown: View;
  listOpen: boolean;
}

const VIEWS = ['front', 'back'] as const;
const viewName = (view: View) => (view === 'front' ? msg('Front', { id: 'body-map.front' }) : msg('Back', { id: 'body-map.back' }));
const listView = () => msg('List view', { id: 'body-map.list-view' });

/** The toolbar as a Lit template (a server's, and a hydrated map's). */
export function renderToolbar(o: ToolbarState) {
  return html`<div part="toolbar" class="toolbar">${o.toggles ? VIEWS.map((v) => html`<button part="toggle" class="pick" type="button" value=${v} aria-pressed=${o.shown === v ? 'true' : 'false'}>${viewName(v)}</button>`) : nothing}<button part="toggle" type="button" aria-expanded=${o.listOpen ? 'true' : 'false'} aria-controls="list">${listView()}</button></div>`;
}

const templates = new Map<string, HTMLTemplateElement>();

/** A map's toolbar (none when `display`) and figures' box, cloned; their state is the caller's to write. */
export function shell(display: boolean, toggles: boolean, views: string): { toolbar?: Element; figures: Element } {
  const key = `${display} ${toggles} ${views} ${currentLocale()}`;
  let template = templates.get(key);
  if (!template) {
    template = document.createElement('template');
    const button = (attributes: Record<string, string>, name: string) => element('button', { part: 'toggle', type: 'button', ...attributes }, [name]);
    if (!display)
      template.content.append(
        element('div', { part: 'toolbar', class: 'toolbar' }, [
          ...(toggles ? VIEWS.map((v) => button({ class: 'pick', value: v, 'aria-pressed': 'false' }, viewName(v))) : []),
          button({ 'aria-expanded': 'false', 'aria-controls': 'list' }, listView()),
        ]),
      );
    template.content.append(
      element('div', display ? { class: 'figures', 'data-views': views, role: 'img' } : { class: 'figures', 'data-views': views, tabindex: '-1', role: 'group', 'aria-label': msg('Where does it hurt?', { id: 'body-map.label' }) }),
    );
    templates.set(key, template);
  }
  const parts = document.importNode(template.content, true);
  return { toolbar: display ? undefined : parts.firstElementChild!, figures: parts.lastElementChild! };
}
