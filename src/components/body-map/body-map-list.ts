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
  /** What opens under a region's row (the intensity panel of a chosen region). */
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
                >${o.panel(r.id)}`,
            )}
          </fieldset>
        `,
      )}
    </div>
  `;
}
