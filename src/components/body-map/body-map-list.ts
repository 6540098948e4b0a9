export { controlStyles } from './body-map-controls.styles.js';
import { html } from 'lit';
import { REGIONS, groupName, regionName, type RegionGroup, type RegionId, type RegionInfo } from '../../data/regions.js';

export interface ListOptions {
  hidden: ReadonlySet<string>;
  /** Regions that cannot be chosen, or all when the map is disabled. */
  disabled: (id: RegionId) => boolean;
  selected: ReadonlySet<string>;
  readonly: boolean;
  canChange(id: RegionId): boolean;
  toggle(id: RegionId): void;
  /**
   * What opens for a region (the intensity panel of a chosen region), under its area's rows:
   * rows share lines, so a panel right after its row would push the row beside it away.
   */
  panel(id: RegionId): unknown;
}

/** "List view": every region as a checkbox, grouped by body area; the same choices as the figure. */
export function renderList(o: ListOptions) {
  const groups = new Map<RegionGroup, RegionInfo[]>();
  for (const r of REGIONS) if (!o.hidden.has(r.id)) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  return html`
    <div part="list" class="list" id="list">
      ${[...groups].map(
        ([group, regions]) => html`
          <fieldset>
            <legend>${groupName(group)}</legend>
            ${regions.map(
              (r) =>
                html`<label
                  ><input
                    type="checkbox"
                    .checked=${o.selected.has(r.id)}
                    ?disabled=${o.disabled(r.id)}
                    aria-readonly=${o.readonly ? 'true' : 'false'}
                    @click=${(e: Event) => {
                      if (!o.canChange(r.id)) e.preventDefault();
                    }}
                    @change=${() => o.toggle(r.id)}
                  />${regionName(r.id)}</label
                >`,
            )}
            ${regions.map((r) => o.panel(r.id))}
          </fieldset>
        `,
      )}
    </div>
  `;
}

/**
 * Brings an opened List view into sight: it opens under the figures, which fill a phone's
 * screen, and a list drawn below the fold would look like no answer to the toggle. Instant
 * (no smooth scroll, for reduced motion).
 */
export function revealList(root: ParentNode): void {
  const list = root.querySelector('#list');
  if (list && list.getBoundingClientRect().top > innerHeight - 48) list.scrollIntoView({ block: 'nearest' });
}
