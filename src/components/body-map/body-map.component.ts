import { html, isServer, nothing, type PropertyValues } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { REGIONS, referralInWords, regionList, regionName, type RegionId, type View } from '../../data/regions.js';
import { drawnNeighbors, drawnRegions } from '../../core/drawn-regions.js';
import { formEntries, fromFormEntries, setIntensity, toggleRegion, toggleSymptom, type Highlight, type RegionSelection, type Symptom } from '../../core/selection.js';
import { checkNumber, checkOneOf } from '../../core/validate.js';
import { KnotElement } from '../../internal/knot-element.js';
import { adoptStyles, lazy } from '../../internal/lazy.js';
import { FormValueController } from '../../internal/form-value.js';
import { NarrowController } from '../../internal/responsive.js';
import { RovingFocusController } from '../../internal/roving-focus.js';
import { regionAt, regionOf, ringAround } from './body-map-figure.js';
import { renderFigure, restOf, syncRegions, type RegionState } from './figure.js';
import * as server from '#knotkit-server';
import { checkRegionIds, errorText, ids, readHighlight, readValue, type InputError } from './body-map-input.js';
import { renderToolbar } from './body-map-toolbar.js';
import { styles } from './body-map.styles.js';

export type { RegionSelection, Symptom };
export type { KnotBodyMapChangeDetail, KnotBodyMapEventMap, KnotRegionFocusDetail } from './body-map-events.js';

/** What `highlight` draws: a muscle's trigger points and where they refer pain. */
export type BodyMapHighlight = Highlight;

/** Below this width `view="both"` shows one view at a time with a toggle. */
const NARROW_PX = 440;

// Only a map to choose on with intensity or symptoms shows the panel, and only after "List view" the list.
const panel = lazy(() => import('./body-map-panel.js'));
const list = lazy(() => import('./body-map-list.js'));
// A map that hydrates a server's markup draws its region paths from the server's template: it
// loads that first (the server's markup stays meanwhile). A map drawn from scratch never does.
const hydration = lazy(() => import('./region-paths.js'));

/** The native `input` of the slider and checkboxes is composed: it stays inside, the map sends its own. (`change` is not composed.) */
const contain = (event: Event) => event.stopPropagation();

/**
 * A body map to point at where it hurts: front and back views of one human figure in 108
 * regions (the person's own left and right), with an intensity from 0 to 10 and optional
 * symptoms per region. It is a form control (`name`, `required`, reset, restore) and a
 * display: `highlight` shows a muscle's trigger points and where they refer pain.
 *
 * Keyboard: one tab stop on the regions (the svg figures never are one); arrow keys move to the
 * nearest region in that direction, Home and End to the first and last; Enter or Space
 * toggles; + and − change the intensity. The "List view" button opens an equivalent checkbox
 * list of every region. Small regions (eyes, ears, temples, toes…) have larger hit areas of
 * at least 24 × 24 CSS px on a 375 px phone. A `required` map left empty stops the form and
 * the browser's message points at the figures, which take focus.
 *
 * `readonly`: a picture, not a control: `role="img"` named by what it shows in words (the
 * muscle's trigger points and referral zones, or the regions marked), no tab stop, no toolbar,
 * no List view; both views side by side even when narrow.
 *
 * Events: `change` and `input` are the map's own, each with `detail.value` (the whole
 * selection); no native event from the controls inside leaves the map. TypeScript: see
 * `KnotBodyMapEventMap`.
 *
 * @summary Pick where it hurts on a front/back body map; show a muscle's referral pattern.
 * @tagname knot-body-map
 *
 * @csspart base - The wrapper around everything.
 * @csspart toolbar - The row with the view and list toggles.
 * @csspart toggle - The toggle buttons (front/back, list view).
 * @csspart figure - Each view's SVG figure.
 * @csspart region - Every region path (also `region selected`, `region referral-primary`, `region referral-secondary`).
 * @csspart marker - A trigger-point marker.
 * @csspart side-label - The "Your left" / "Your right" labels under each figure (beside its "Front" / "Back" caption).
 * @csspart panel - Intensity and symptoms for the active region.
 * @csspart list - The checkbox list of all regions.
 * @csspart error - The message (`role="alert"`) shown when a value, highlight or muscle could not be used.
 *
 * @cssprop [--body-fill=var(--knot-color-body, #e7e5e4)] - Unselected region fill.
 * @cssprop [--outline-color=var(--knot-color-body-line, #78716c)] - Figure outline and region borders.
 * @cssprop [--hover-fill=var(--knot-color-body-hover, #d6d3d1)] - Region fill under the pointer.
 * @cssprop [--intensity-1=var(--knot-color-intensity-low, #fcd34d)] - Selected, intensity 0–3.
 * @cssprop [--intensity-2=var(--knot-color-intensity-mid, #fb923c)] - Selected, intensity 4–6.
 * @cssprop [--intensity-3=var(--knot-color-intensity-high, #dc2626)] - Selected, intensity 7–10.
 * @cssprop [--marker-color=var(--knot-color-marker, #1e3a8a)] - Trigger-point markers.
 * @cssprop [--referral-primary=var(--knot-color-referral-primary, #ef4444)] - Essential referral zone.
 * @cssprop [--referral-secondary=var(--knot-color-referral-secondary, #fecaca)] - Spillover referral zone.
 *
 * @fires {CustomEvent<KnotBodyMapChangeDetail>} change - The selection changed (a region toggled, an intensity or symptom set).
 * @fires {CustomEvent<KnotBodyMapChangeDetail>} input - While an intensity slider moves (once per step).
 * @fires {CustomEvent<KnotRegionFocusDetail>} knot-region-focus - A region received focus.
 */
export class KnotBodyMap extends KnotElement {
  static override styles = styles;
  static formAssociated = true;

  static override properties = {
    // Reflected as text only: an object a framework hands over cannot become an attribute.
    // `useDefault`: `both` is not reflected (no attribute to write, and to hear back, while a map
    // mounts), and removing the attribute brings it back.
    view: { reflect: true, useDefault: true, converter: { toAttribute: (v: unknown) => (typeof v == 'string' ? v : null) } },
    single: { type: Boolean },
    max: { type: Number },
    readonly: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    disabledRegions: { attribute: 'disabled-regions' },
    hiddenRegions: { attribute: 'hidden-regions' },
    intensity: { type: Boolean },
    symptoms: { type: Boolean },
    name: {},
    required: { type: Boolean },
    value: { converter: { fromAttribute: (v: string | null) => v ?? '[]' } },
    highlight: { converter: { fromAttribute: (v: string | null) => v } },
    muscle: {},
    muscleSide: { attribute: 'muscle-side' },
  };

  /** `front`, `back`, or `both` (side by side when wide; a front/back toggle when narrow). */
  view: 'front' | 'back' | 'both' = 'both';
  /** One region at a time: choosing another replaces it. (`max="1"` instead refuses a second.) */
  single = false;
  /** Most regions that may be selected; 0 = no limit. */
  max = 0;
  /** A picture of the selection or the muscle (`role="img"` with the same in words): nothing to choose, no tab stop. */
  readonly = false;
  /** Disables the whole map (also when inside a disabled fieldset). */
  disabled = false;
  /** Space-separated region ids that cannot be chosen. */
  disabledRegions = '';
  /** Space-separated region ids that are not drawn or listed. */
  hiddenRegions = '';
  /** Lets the person set an intensity (0–10) for each chosen region. */
  intensity = false;
  /** Lets the person mark symptoms (aching, burning, tingling, numb) for each chosen region. */
  symptoms = false;
  /** The form field name; each region is submitted as its own entry, `temple-left:7`. */
  name = '';
  /** At least one region must be chosen for the form to submit. */
  required = false;
  /**
   * The selection: `[{region, intensity, symptoms?}]`. As an attribute, JSON text.
   * Unknown ids are dropped with a warning.
   * @type {RegionSelection[]}
   */
  value: RegionSelection[] | string = [];
  /**
   * Shows a muscle: `{triggerPoints: [{region, x, y}], referral: {primary: [], secondary: []}}`.
   * As an attribute, JSON text.
   * @type {BodyMapHighlight | null}
   */
  highlight: BodyMapHighlight | string | null = null;
  /** Shows a muscle from knotkit's catalog by id (e.g. `upper-trapezius`), when `highlight` is not set. */
  muscle = '';
  /** Which side of the person `muscle` is shown on: `left` (default) or `right`. */
  muscleSide: 'left' | 'right' = 'left';

  private _value: RegionSelection[] = [];
  private _highlight: BodyMapHighlight = {};
  private _error: InputError = '';
  /** The region the panel is for (the one last chosen). */
  private _active: RegionId | null = null;
  private _shown: View = 'front';
  /** Set once the person picks Front or Back; until then a narrow map shows the trigger points' view. */
  private _shownChosen = false;
  /** The views drawn: one, or both (side by side when wide; when narrow, CSS shows `_shown` alone). */
  private _views: View[] = [];
  /** The views keyboard and focus reach: the drawn ones, or `_shown` alone when narrow. */
  private _reachable: View[] = [];
  private _listOpen = false;
  private _status = '';
  /** A form's submit found this required map empty: the message shows on the map until a region is chosen. */
  private _missing = false;

  private readonly _warn = (attribute: string, value: unknown, problem: string) => this.warn(attribute, value, problem);
  private readonly _narrow = new NarrowController(this, NARROW_PX);
  private readonly _focus = new RovingFocusController<RegionId>(this, {
    items: () => drawnRegions(this._reachable, ids(this.hiddenRegions)),
    next: (id, direction) => drawnNeighbors(this._reachable, ids(this.hiddenRegions)).get(id)?.[direction],
    // The region in a view the person can reach (a narrow map hides the other).
    element: (id) => this._reachable.map((v) => this.renderRoot.querySelector<SVGElement>(`[data-view=${v}] > [data-region="${id}"]`)).find(Boolean) ?? null,
  });
  private readonly _form = new FormValueController(this, {
    entries: () => formEntries(this._value),
    set: (entries) => this._commit(fromFormEntries(entries)),
    missing: () => msg('Choose at least one area where it hurts.', { id: 'body-map.required' }),
    // The browser points its "please choose" bubble at the figures (focusable, not a tab stop):
    // one Tab from there reaches the region to choose.
    anchor: () => this.renderRoot?.querySelector<HTMLElement>('.figures') ?? undefined,
  });

  constructor() {
    super();
    // The browser's bubble fades: a required map left empty also says so on the map, in words
    // the figures point to (aria-describedby), until a region is chosen.
    this.addEventListener('invalid', () => {
      this._missing = true;
      this.requestUpdate();
    });
  }

  /** The checked selection (always an array of known regions). */
  get selection(): RegionSelection[] {
    return this._value;
  }

  /** The form this map belongs to. */
  get form(): HTMLFormElement | null {
    return this._form.internals?.form ?? null;
  }

  checkValidity(): boolean {
    return this._form.internals?.checkValidity() ?? true;
  }

  reportValidity(): boolean {
    return this._form.internals?.reportValidity() ?? true;
  }

  formResetCallback(): void {
    this._missing = false;
    this._form.reset();
  }

  formStateRestoreCallback(state: unknown): void {
    this._form.restore(state);
  }

  formDisabledCallback(disabled: boolean): void {
    this._form.disable(disabled);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const view = checkOneOf(this.view, ['front', 'back', 'both'] as const, 'both');
    if (view.problem) this.warn('view', this.view, view.problem);
    if (changed.has('max')) {
      const checked = checkNumber(this.max, { min: 0, max: REGIONS.length, default: 0, integer: true });
      if (checked.problem) this.warn('max', this.getAttribute('max') ?? this.max, checked.problem);
      this.max = checked.value;
    }
    if (changed.has('disabledRegions')) checkRegionIds('disabled-regions', this.disabledRegions, this._warn);
    if (changed.has('hiddenRegions')) checkRegionIds('hidden-regions', this.hiddenRegions, this._warn);
    if (changed.has('value') && this.value !== this._value) {
      const read = readValue(this.value, this._warn);
      this._error = read.error;
      this._value = read.value;
      this.value = read.value;
    }
    if (changed.has('highlight') || ((changed.has('muscle') || changed.has('muscleSide')) && this.highlight == null)) {
      const read = readHighlight(this.highlight, this._warn);
      if (read.error) this._error = read.error;
      this._highlight = read.value;
      const current = this.latest('muscle');
      if (this.highlight == null && this.muscle) this._loadMuscle(current);
    }
    for (const [module, needed] of [
      [panel, (this.intensity || this.symptoms) && this._value.length],
      [list, this._listOpen],
    ] as const) {
      if (needed && !this.readonly && !module.get()) this._wait(module.load());
    }
    const pointView = this._highlight.triggerPoints?.[0]?.view;
    if (!this._shownChosen && pointView) this._shown = pointView;
    // Both views are always drawn: the narrow layout (one view, Front / Back toggles) is a container
    // query, right from the first frame, so the map never changes size once its script runs.
    // A read-only map is a picture: both views side by side even when narrow (nothing to hit).
    this._views = view.value !== 'both' ? [view.value] : ['front', 'back'];
    this._reachable = view.value === 'both' && this._narrow.narrow && !this.readonly ? [this._shown] : this._views;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hydrated && !hydration.get() ? hydration.load().then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override updated(): void {
    adoptStyles(this.renderRoot as ShadowRoot, (panel.get() ?? list.get())?.controlStyles);
    syncRegions(this.renderRoot, this._regions(), this.hydrated);
  }

  /** The state the region paths show: written after each render (on a server, by the render itself). */
  private _regions(): RegionState {
    const locked = this.disabled || this._form.formDisabled;
    return {
      mode: this.readonly ? 'display' : 'choose',
      hidden: ids(this.hiddenRegions),
      value: this._value,
      highlight: this._highlight,
      stop: locked ? undefined : this._focus.stop(this._value.map((v) => v.region)),
      reachable: this._reachable,
      intensity: this.intensity,
      locked,
      disabled: ids(this.disabledRegions),
    };
  }

  /** `updateComplete` waits for `work` too, and the map renders again once it is done. */
  private _wait(work: Promise<unknown>): void {
    this.work.pending = Promise.all([this.work.pending, work]).then(() => this.requestUpdate());
  }

  /** Fetches the muscle (the catalog's index, then its module), then draws its pattern on the chosen side. */
  private _loadMuscle(current: () => boolean): void {
    const id = this.muscle;
    const side = this.muscleSide === 'right' ? 'right' : 'left';
    this._wait(import('./body-map-muscle.js').then(async ({ muscleHighlight }) => {
      const highlight = await muscleHighlight(id, side);
      if (!current()) return;
      if (!highlight) {
        this.warn('muscle', id, 'is not a muscle in the catalog; nothing is shown');
        this._error = 'muscle';
      } else this._highlight = highlight;
      this.requestUpdate();
    }));
  }

  /** Whether a person may change a region now (not readonly, disabled, or a disabled region). */
  private _changeable(): (id: RegionId) => boolean {
    const locked = this.readonly || this.disabled || this._form.formDisabled;
    const disabled = ids(this.disabledRegions);
    return (id) => !locked && !disabled.has(id);
  }

  /** Sets the selection; with `type`, the person changed it and listeners hear it. */
  private _commit(next: RegionSelection[], type?: 'change' | 'input'): void {
    this._value = next;
    if (next.length) this._missing = false;
    this.value = next;
    // `change`/`input` are typed by KnotBodyMapEventMap (HTMLElementEventMap has them as plain Events).
    if (type) this.emit(type, { value: next } as never);
  }

  private _toggle(id: RegionId): void {
    if (!this._changeable()(id)) return;
    const next = toggleRegion(this._value, id, { multiple: !this.single, max: this.max });
    if (!next) {
      this._status = msg(str`You can choose up to ${this.max} areas.`, { id: 'body-map.max' });
      this.requestUpdate();
      return;
    }
    const added = next.some((v) => v.region === id);
    this._active = added ? id : this._active === id ? (next.at(-1)?.region ?? null) : this._active;
    this._status = added ? msg(str`${regionName(id)} selected`, { id: 'body-map.selected' }) : msg(str`${regionName(id)} cleared`, { id: 'body-map.cleared' });
    this._commit(next, 'change');
  }

  private _setIntensity(id: RegionId, intensity: number, type: 'change' | 'input' = 'change'): void {
    if (this._changeable()(id) && this._value.some((v) => v.region === id)) this._commit(setIntensity(this._value, id, intensity), type);
  }

  private _onKeyDown(event: KeyboardEvent): void {
    const id = regionOf(event);
    if (!id || this._focus.keydown(event, id)) return;
    const { key } = event;
    const current = this._value.find((v) => v.region === id);
    if (key === 'Enter' || key === ' ') this._toggle(id);
    // + (or = unshifted) raises the intensity, − (or _) lowers it.
    else if (this.intensity && current && key.length === 1 && '+=-_'.includes(key)) {
      this._active = id;
      this._setIntensity(id, current.intensity + ('+='.includes(key) ? 1 : -1));
    } else return;
    event.preventDefault();
  }

  private _onFocusIn(event: FocusEvent): void {
    const id = regionOf(event);
    if (!id) return;
    ringAround(event.target as Element);
    this._focus.focused(id);
    this.emit('knot-region-focus', { region: id });
  }

  private _onClick(event: MouseEvent): void {
    if (this.readonly) return;
    const id = regionAt(event, ids(this.hiddenRegions));
    if (!id) return;
    this._focus.focused(id);
    // A click on a hit area or in a gap focuses the region itself, as a click on it does.
    if ((event.target as Element).getAttribute('data-region') !== id) this._focus.focusNow(id);
    this._toggle(id);
  }

  /** The picture in words, for a read-only map (an image): the muscle shown, or the regions marked. */
  private _inWords(summary: string): string {
    const marked = this._value.map((v) => (this.intensity ? msg(str`${regionName(v.region)}, intensity ${v.intensity} of 10`, { id: 'body-map.region-intensity' }) : regionName(v.region)));
    const parts = [summary, marked.length ? msg(str`Marked: ${this.intensity ? marked.join('; ') : regionList(this._value.map((v) => v.region))}.`, { id: 'body-map.summary.marked' }) : ''].filter(Boolean);
    return parts.length ? msg(str`Body map. ${parts.join(' ')}`, { id: 'body-map.image' }) : msg('Body map, nothing marked.', { id: 'body-map.image-empty' });
  }

  protected override render() {
    const hidden = ids(this.hiddenRegions);
    const summary = referralInWords(this._highlight);
    const display = this.readonly;
    const canChange = this._changeable();
    const off = this.disabled || this._form.formDisabled;
    const disabledRegions = ids(this.disabledRegions);
    const active = this.intensity || this.symptoms ? (this._value.find((v) => v.region === this._active) ?? this._value.at(-1)) : undefined;
    const missing = this._missing && this.required && !this._value.length && !display;
    // The figures draw the region paths on a server (no `updated` there: `#knotkit-server`, a
    // stub in a browser) and, at rest, in a map that hydrated the server's (Lit expects them).
    const regions = (isServer ? server.regionPaths : this.hydrated ? hydration.get()?.restPaths(restOf) : undefined)?.(this._views, this._regions());
    const panelFor = (entry: RegionSelection) =>
      panel.get()?.renderPanel({
        entry,
        intensity: this.intensity,
        symptoms: this.symptoms,
        locked: !canChange(entry.region),
        setIntensity: (intensity, type) => this._setIntensity(entry.region, intensity, type),
        toggleSymptom: (symptom) => canChange(entry.region) && this._commit(toggleSymptom(this._value, entry.region, symptom), 'change'),
      });
    // With the List view open, each chosen region's panel is under its area's rows: choosing or
    // clearing a row never moves that row, the rows beside it, nor anything above.
    const inList = this._listOpen && !display && list.get();
    return html`
      <div part="base" class="base" @input=${contain}>
        ${display
          ? nothing
          : renderToolbar({
              toggles: this.view === 'both',
              shown: this._shown,
              show: (view) => {
                this._shown = view;
                this._shownChosen = true;
                this.requestUpdate();
              },
              listOpen: this._listOpen,
              toggleList: () => {
                this._listOpen = !this._listOpen;
                this.requestUpdate();
                // (updateComplete waits for the list's module too)
                if (this._listOpen) void this.updateComplete.then(() => list.get()?.revealList(this.renderRoot));
              },
            })}
        ${this._error ? html`<p part="error" class="error" role="alert">${errorText(this._error)}</p>` : nothing}
        ${missing ? html`<p part="error" class="error" id="missing">${this._form.missingText()}</p>` : nothing}
        ${display
          ? html`<div class="figures" role="img" aria-label=${this._inWords(summary)}>${this._views.map((v) => renderFigure(v, this._highlight, hidden, 'display', regions?.get(v)))}</div>`
          : html`<div
              class="figures"
              data-shown=${this.view === 'both' ? this._shown : nothing}
              tabindex="-1"
              role="group"
              aria-label=${msg('Where does it hurt?', { id: 'body-map.label' })}
              aria-describedby=${missing ? 'missing' : nothing}
              @click=${this._onClick}
              @keydown=${this._onKeyDown}
              @focusin=${this._onFocusIn}
            >
              ${this._views.map((v) => renderFigure(v, this._highlight, hidden, 'choose', regions?.get(v)))}
            </div>`}
        ${summary ? html`<p class="summary" aria-hidden=${display ? 'true' : 'false'}>${summary}</p>` : nothing}
        ${active && !display && !inList ? panelFor(active) : nothing}
        ${inList
          ? inList.renderList({
              hidden,
              disabled: (id) => off || disabledRegions.has(id),
              selected: new Set(this._value.map((v) => v.region)),
              readonly: this.readonly,
              canChange,
              toggle: (id) => this._toggle(id),
              // (undefined renders nothing)
              panel: (id) => {
                const entry = active && this._value.find((v) => v.region === id);
                return entry && panelFor(entry);
              },
            })
          : nothing}
        <div class="sr" role="status" aria-live="polite">${this._status}</div>
      </div>
    `;
  }
}
