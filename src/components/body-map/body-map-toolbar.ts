import { html, nothing } from 'lit';
import { msg } from '../../i18n/msg.js';
import type { View } from '../../data/regions.js';

export interface ToolbarOptions {
  /** Front/Back toggles: when both views are asked for (shown only while the map is too narrow for both). */
  toggles: boolean;
  shown: View;
  show(view: View): void;
  listOpen: boolean;
  toggleList(): void;
}

/** The row above the figure: Front / Back when narrow, and the List view toggle. */
export function renderToolbar(o: ToolbarOptions) {
  return html`
    <div part="toolbar" class="toolbar">
      ${o.toggles
        ? (['front', 'back'] as const).map(
            (v) =>
              html`<button part="toggle" class="pick" type="button" aria-pressed=${o.shown === v ? 'true' : 'false'} @click=${() => o.show(v)}>
                ${v === 'front' ? msg('Front', { id: 'body-map.front' }) : msg('Back', { id: 'body-map.back' })}
              </button>`,
          )
        : nothing}
      <button part="toggle" type="button" aria-expanded=${o.listOpen ? 'true' : 'false'} aria-controls="list" @click=${() => o.toggleList()}>
        ${msg('List view', { id: 'body-map.list-view' })}
      </button>
    </div>
  `;
}
