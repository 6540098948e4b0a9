import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '../../i18n/msg.js';
import { REGIONS, groupName, referralInWords, regionInfo, regionName, type RegionId, type RegionInfo, type View } from '../../data/regions.js';
import { OUTLINE, SHAPES, SIDE_LABELS, VIEW_HEIGHT, VIEW_WIDTH } from '../../data/region-geometry.js';
import { spatialNeighbors, type Direction } from '../../core/neighbors.js';
import {
  INTENSITY,
  SYMPTOMS,
  formEntries,
  fromFormEntries,
  intensityBand,
  parseHighlight,
  parseSelection,
  setIntensity,
  toggleRegion,
  toggleSymptom,
  type Highlight,
  type RegionSelection,
  type Symptom,
} from '../../core/selection.js';
import { checkNumber, checkOneOf } from '../../core/validate.js';
import { warnOnce } from '../../internal/warn.js';
import { settle } from '../../internal/settle.js';
import { loadMuscle } from '../../data/catalog.js';
import { muscleOnSide } from '../../data/mirror.js';
import { currentLocale } from '../../i18n/current.js';
import { styles } from './body-map.styles.js';

export type { RegionSelection, Symptom };

/** What `highlight` draws: a muscle's trigger points and where they refer pain. */
export type BodyMapHighlight = Highlight;

export interface KnotRegionFocusDetail {
  region: RegionId;
}

export interface BodyMapChangeDetail {
  value: RegionSelection[];
}

const VIEWS: readonly View[] = ['front', 'back'];
/** Below this width `view="both"` shows one view at a time with a toggle. */
const NARROW_PX = 440;
/** A click this close to a region (in CSS px) counts as on it: gaps between regions are thin. */
const GAP_PX = 6;
const KEY_DIRECTIONS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

const tokenList = (s: string) => s.trim().split(/\s+/).filter(Boolean);

const templates = new Map<string, HTMLTemplateElement>();
/**
 * Every region path of a view in its resting state (shape, role, name in the current
 * locale, not pressed), built once per view and locale: a new map is one clone.
 */
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

/**
 * A body map to point at where it hurts: front and back views of one human figure in 108
 * regions (the person's own left and right), with an intensity from 0 to 10 and optional
 * symptoms per region. It is a form control (`name`, `required`, reset, restore) and a
 * display: `highlight` shows a muscle's trigger points and where they refer pain.
 *
 * Keyboard: one tab stop; arrow keys move to the nearest region in that direction, Home and
 * End to the first and last; Enter or Space toggles; + and − change the intensity. The
 * "List view" button opens an equivalent checkbox list of every region.
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
 * @csspart side-label - The "Your left" / "Your right" labels.
 * @csspart panel - Intensity and symptoms for the active region.
 * @csspart list - The checkbox list of all regions.
 * @csspart error - The message shown when a value or highlight could not be used.
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
 * @fires {CustomEvent<BodyMapChangeDetail>} change - The selection changed (a region toggled, an intensity or symptom set).
 * @fires {CustomEvent<BodyMapChangeDetail>} input - While an intensity slider moves.
 * @fires {CustomEvent<KnotRegionFocusDetail>} knot-region-focus - A region received focus.
 */
export class KnotBodyMap extends LitElement {
  static override styles = styles;
  static formAssociated = true;

  static override properties = {
    view: { reflect: true },
    multiple: { converter: (v: string | null) => v !== 'false' },
    max: { type: Number },
    readonly: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    disabledRegions: { attribute: 'disabled-regions' },
    hiddenRegions: { attribute: 'hidden-regions' },
    intensity: { type: Boolean },
    symptoms: { type: Boolean },
    name: {},
    required: { type: Boolean },
    value: {
      converter: { fromAttribute: (v: string | null) => v ?? '[]' },
    },
    highlight: {
      converter: { fromAttribute: (v: string | null) => v },
    },
    muscle: {},
    muscleSide: { attribute: 'muscle-side' },
  };

  /** `front`, `back`, or `both` (side by side when wide; a front/back toggle when narrow). */
  view: 'front' | 'back' | 'both' = 'both';
  /** Several regions at once (default). `multiple="false"` keeps one. */
  multiple = true;
  /** Most regions that may be selected; 0 = no limit. */
  max = 0;
  /** Shows the selection but does not let it change. */
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

  private _work = { pending: null as Promise<unknown> | null };

  private _value: RegionSelection[] = [];
  private _highlight: BodyMapHighlight = {};
  private _error = '';
  private _focus: RegionId | null = null;
  private _active: RegionId | null = null;
  private _shown: View = 'front';
  /** Set once the person picks Front or Back; until then a narrow map shows the trigger points' view. */
  private _shownChosen = false;
  private _narrow = false;
  private _listOpen = false;
  private _status = '';
  private _defaultValue: RegionSelection[] = [];
  /** Computed on the first arrow key, again after the drawn views change. */
  private _neighbors: Map<RegionId, Partial<Record<Direction, RegionId>>> | null = null;
  private _internals: ElementInternals | null = null;
  private _formDisabled = false;
  private _resize?: ResizeObserver;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this._internals = this.attachInternals?.() ?? null;
  }

  /** The checked selection (always an array of known regions). */
  get selection(): RegionSelection[] {
    return this._value;
  }

  /** The form this map belongs to. */
  get form(): HTMLFormElement | null {
    return this._internals?.form ?? null;
  }

  checkValidity(): boolean {
    return this._internals?.checkValidity() ?? true;
  }

  reportValidity(): boolean {
    return this._internals?.reportValidity() ?? true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._resize ??= new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? Infinity) < NARROW_PX;
      if (narrow === this._narrow) return;
      // Next frame: switching layout inside the observer's callback would resize the host
      // again in the same frame (a "ResizeObserver loop" error on the page).
      requestAnimationFrame(() => {
        this._narrow = narrow;
        this._neighbors = null;
        this.requestUpdate();
      });
    });
    this._resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize?.disconnect();
  }

  formResetCallback(): void {
    this._commit(this._defaultValue, false);
  }

  formStateRestoreCallback(state: unknown): void {
    if (state instanceof FormData) this._commit(fromFormEntries(state.getAll(this.name).map(String)), false);
  }

  formDisabledCallback(disabled: boolean): void {
    this._formDisabled = disabled;
    this.requestUpdate();
  }

  private get _isDisabled(): boolean {
    return this.disabled || this._formDisabled;
  }

  private get _hidden(): Set<string> {
    return new Set(tokenList(this.hiddenRegions));
  }

  private get _views(): View[] {
    const view = checkOneOf(this.view, ['front', 'back', 'both'] as const, 'both').value;
    if (view !== 'both') return [view];
    return this._narrow ? [this._shown] : [...VIEWS];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view')) {
      const checked = checkOneOf(this.view, ['front', 'back', 'both'] as const, 'both');
      if (checked.problem) warnOnce(this, 'view', this.view, checked.problem);
    }
    if (changed.has('max')) {
      const checked = checkNumber(this.max, { min: 0, max: REGIONS.length, default: 0, integer: true });
      if (checked.problem) warnOnce(this, 'max', this.getAttribute('max') ?? this.max, checked.problem);
      this.max = checked.value;
    }
    for (const attribute of ['disabled-regions', 'hidden-regions'] as const) {
      const text = attribute === 'disabled-regions' ? this.disabledRegions : this.hiddenRegions;
      if (!changed.has(attribute === 'disabled-regions' ? 'disabledRegions' : 'hiddenRegions')) continue;
      const unknown = tokenList(String(text ?? '')).filter((id) => !regionInfo(id));
      if (unknown.length) warnOnce(this, attribute, text, `names unknown regions ${unknown.map((u) => JSON.stringify(u.slice(0, 40))).join(', ')}; they are ignored`);
    }
    if (changed.has('value') && this.value !== this._value) {
      this._error = '';
      const parsed = parseSelection(this.value);
      this._report('value', parsed.problem, parsed.unknown);
      this._value = parsed.value;
      if (!this.hasUpdated) this._defaultValue = parsed.value;
      this.value = this._value;
    }
    if (changed.has('highlight') || ((changed.has('muscle') || changed.has('muscleSide')) && this.highlight == null)) {
      this._highlight = this._readHighlight();
      if (this.highlight == null && this.muscle) this._loadMuscle();
    }
    if (changed.has('hiddenRegions') || changed.has('view')) this._neighbors = null;
    const pointView = this._highlight.triggerPoints?.[0]?.view;
    if (!this._shownChosen && pointView && pointView !== this._shown) {
      this._shown = pointView;
      this._neighbors = null;
    }
    this._syncForm();
  }

  protected override updated(): void {
    this.toggleAttribute('narrow', this._narrow && this.view === 'both');
    this._syncRegions();
  }

  /** Keyboard neighbours over what is drawn: both views side by side, or the one shown. */
  private _computeNeighbors() {
    const hidden = this._hidden;
    const points = new Map<RegionId, { x: number; y: number }>();
    this._views.forEach((view, i) => {
      for (const [id, shape] of Object.entries(SHAPES[view]) as Array<[RegionId, { x: number; y: number }]>) {
        if (!hidden.has(id) && !points.has(id)) points.set(id, { x: shape.x + i * VIEW_WIDTH, y: shape.y });
      }
    });
    return spatialNeighbors(points);
  }

  private _report(attribute: 'value' | 'highlight', problem: string | undefined, unknown: string[]): void {
    if (problem) {
      const given = this[attribute];
      warnOnce(this, attribute, typeof given === 'string' ? given : '[object]', `${problem}; it is ignored`);
      this._error = attribute === 'value' ? msg('The saved selection could not be read, so the map starts empty.', { id: 'body-map.error.value' }) : msg('The muscle to show could not be read.', { id: 'body-map.error.highlight' });
    }
    if (unknown.length) warnOnce(this, attribute, unknown.join(' '), `names unknown regions ${unknown.map((u) => JSON.stringify(u)).join(', ')}; they are dropped`);
  }

  /** Fetches the muscle's module of the catalog, then draws its pattern on the chosen side. */
  private _loadMuscle(): void {
    const id = this.muscle;
    const side = this.muscleSide === 'right' ? 'right' : 'left';
    this._work.pending = loadMuscle(id).then((muscle) => {
      if (id !== this.muscle) return;
      if (!muscle) {
        warnOnce(this, 'muscle', id, 'is not a muscle in the catalog; nothing is shown');
        this._error = msg('This muscle is not in the catalog.', { id: 'body-map.error.muscle' });
      } else this._highlight = muscleOnSide(muscle, side);
      this.requestUpdate();
    });
  }

  /** Also waits for a `muscle` to load. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settle(() => super.getUpdateComplete(), this._work);
  }

  private _readHighlight(): BodyMapHighlight {
    const parsed = parseHighlight(this.highlight, (view, region) => SHAPES[view][region]);
    this._report('highlight', parsed.problem, parsed.unknown);
    return parsed.value;
  }

  private _syncForm(): void {
    const internals = this._internals;
    if (!internals) return;
    if (this.name) {
      const data = new FormData();
      for (const entry of formEntries(this._value)) data.append(this.name, entry);
      internals.setFormValue(data, data);
    } else internals.setFormValue(null);
    if (this.required && this._value.length === 0) {
      internals.setValidity({ valueMissing: true }, msg('Choose at least one area where it hurts.', { id: 'body-map.required' }), this._validationAnchor());
    } else internals.setValidity({});
  }

  private _focusTarget(): HTMLElement | null {
    return this.renderRoot?.querySelector?.<HTMLElement>('[part~="region"][tabindex="0"]') ?? null;
  }

  /** Where the browser points its "please choose" bubble: the List view button (an HTML element). */
  private _validationAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector?.<HTMLElement>('[aria-controls="list"]') ?? undefined;
  }

  /** Sets the selection from the user, with events. */
  private _commit(next: RegionSelection[], fire = true, type: 'change' | 'input' = 'change'): void {
    this._value = next;
    this.value = next;
    if (fire) this.dispatchEvent(new CustomEvent<BodyMapChangeDetail>(type, { detail: { value: next }, bubbles: true, composed: true }));
  }

  private _canChange(id: RegionId): boolean {
    return !this.readonly && !this._isDisabled && !tokenList(this.disabledRegions).includes(id);
  }

  private _toggle(id: RegionId): void {
    if (!this._canChange(id)) return;
    const next = toggleRegion(this._value, id, { multiple: this.multiple, max: this.max });
    if (!next) {
      this._status = msg(str`You can choose up to ${this.max} areas.`, { id: 'body-map.max' });
      this.requestUpdate();
      return;
    }
    const added = next.some((v) => v.region === id);
    this._active = added ? id : (this._active === id ? (next.at(-1)?.region ?? null) : this._active);
    this._status = added ? msg(str`${regionName(id)} selected`, { id: 'body-map.selected' }) : msg(str`${regionName(id)} cleared`, { id: 'body-map.cleared' });
    this._commit(next);
  }

  private _changeIntensity(id: RegionId, intensity: number, type: 'change' | 'input' = 'change'): void {
    if (!this._canChange(id) || !this._value.some((v) => v.region === id)) return;
    this._commit(setIntensity(this._value, id, intensity), true, type);
  }

  private _moveFocus(id: RegionId): void {
    this._focus = id;
    this.requestUpdate();
    void this.updateComplete.then(() => this._focusTarget()?.focus());
  }

  private _onRegionFocus(id: RegionId): void {
    if (this._focus !== id) {
      this._focus = id;
      this.requestUpdate();
    }
    this.dispatchEvent(new CustomEvent<KnotRegionFocusDetail>('knot-region-focus', { detail: { region: id }, bubbles: true, composed: true }));
  }

  private _onKeyDown = (event: KeyboardEvent): void => {
    const id = this._regionOf(event);
    if (!id) return;
    const direction = KEY_DIRECTIONS[event.key];
    const order = this._orderedIds();
    let target: RegionId | undefined;
    if (direction) target = (this._neighbors ??= this._computeNeighbors()).get(id)?.[direction];
    else if (event.key === 'Home') target = order[0];
    else if (event.key === 'End') target = order.at(-1);
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this._toggle(id);
      return;
    } else if (this.intensity && (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '_')) {
      const current = this._value.find((v) => v.region === id);
      if (current) {
        event.preventDefault();
        this._active = id;
        this._changeIntensity(id, current.intensity + (event.key === '+' || event.key === '=' ? 1 : -1));
      }
      return;
    } else return;
    event.preventDefault();
    if (target) this._moveFocus(target);
  };

  /** Clicks in the thin gaps between regions go to the nearest region within a few px. */
  private _onFigureClick(event: MouseEvent): void {
    const target = event.target as Element;
    const id = target.getAttribute?.('data-region') as RegionId | null;
    if (id) {
      this._focus = id;
      this._toggle(id);
      return;
    }
    const svgEl = event.currentTarget as SVGSVGElement;
    const matrix = svgEl.getScreenCTM?.()?.inverse();
    if (!matrix) return;
    for (const radius of [GAP_PX / 2, GAP_PX]) {
      for (let a = 0; a < 8; a++) {
        const angle = (a * Math.PI) / 4;
        const point = new DOMPoint(event.clientX + radius * Math.cos(angle), event.clientY + radius * Math.sin(angle)).matrixTransform(matrix);
        for (const path of svgEl.querySelectorAll<SVGPathElement>('[data-region]')) {
          if (path.isPointInFill(point)) {
            const hit = path.getAttribute('data-region') as RegionId;
            this._focus = hit;
            this._toggle(hit);
            return;
          }
        }
      }
    }
  }

  private _orderedIds(): RegionId[] {
    const hidden = this._hidden;
    const drawn = new Set(this._views.flatMap((v) => Object.keys(SHAPES[v])));
    return REGIONS.filter((r) => drawn.has(r.id) && !hidden.has(r.id)).map((r) => r.id);
  }

  private _renderView(view: View) {
    const hidden = this._hidden;
    const labels = SIDE_LABELS[view];
    const viewName = view === 'front' ? msg('Front view', { id: 'body-map.view.front' }) : msg('Back view', { id: 'body-map.view.back' });
    return html`
      <svg part="figure" class="figure ${view}" viewBox="0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}" role="group" aria-label=${viewName} @click=${this._onFigureClick} @keydown=${this._onKeyDown} @focusin=${this._onFocusIn}>
        <path class="outline" d=${OUTLINE[view]} aria-hidden="true"></path>
        <g class="regions" data-view=${view}></g>
        ${(this._highlight.triggerPoints ?? [])
          .filter((p) => p.view === view && !hidden.has(p.region))
          .map((p) => svg`<circle part="marker" class="marker" cx=${p.x} cy=${p.y} r="3.2" aria-hidden="true"></circle>`)}
        <text part="side-label" class="side-label" x=${labels.left.x} y=${labels.left.y} aria-hidden="true">${msg('Your left', { id: 'body-map.your-left' })}</text>
        <text part="side-label" class="side-label" x=${labels.right.x} y=${labels.right.y} aria-hidden="true">${msg('Your right', { id: 'body-map.your-right' })}</text>
      </svg>
    `;
  }

  /**
   * The 100+ region paths are cloned from a per-view template built once (their shapes never
   * change) and only their state attributes are written, when they change: mounting a map
   * then costs one clone instead of a thousand template bindings.
   */
  private _syncRegions(): void {
    const hidden = this._hidden;
    const disabled = new Set(tokenList(this.disabledRegions));
    const selected = new Map(this._value.map((v) => [v.region, v]));
    const primary = new Set(this._highlight.referral?.primary ?? []);
    const secondary = new Set(this._highlight.referral?.secondary ?? []);
    const order = this._orderedIds();
    const focus = this._focus && order.includes(this._focus) ? this._focus : (this._value.find((v) => order.includes(v.region))?.region ?? order[0]);
    const interactive = !this._isDisabled;
    const tabbed = new Set<RegionId>();
    for (const group of this.renderRoot.querySelectorAll<SVGGElement>('g.regions')) {
      const view = group.dataset.view as View;
      if (group.dataset.drawn !== view) {
        group.replaceChildren(regionTemplate(view).content.cloneNode(true));
        group.dataset.drawn = view;
      }
      for (const path of group.children as HTMLCollectionOf<SVGPathElement>) {
        const id = path.dataset.region as RegionId;
        const entry = selected.get(id);
        const referral = primary.has(id) ? 'referral-primary' : secondary.has(id) ? 'referral-secondary' : '';
        const name = regionName(id);
        const first = id === focus && !tabbed.has(id);
        if (first) tabbed.add(id);
        setAttributes(path, {
          hidden: hidden.has(id) ? '' : null,
          class: `region${entry ? ` selected i${intensityBand(entry.intensity)}` : ''}${referral ? ` ${referral}` : ''}`,
          part: `region${entry ? ' selected' : ''}${referral ? ` ${referral}` : ''}`,
          'aria-label': entry && this.intensity ? msg(str`${name}, intensity ${entry.intensity} of 10`, { id: 'body-map.region-intensity' }) : name,
          'aria-pressed': entry ? 'true' : 'false',
          'aria-disabled': interactive && !disabled.has(id) && !this.readonly ? 'false' : 'true',
          tabindex: interactive && first ? '0' : '-1',
        });
      }
    }
  }

  private _regionOf(event: Event): RegionId | null {
    return ((event.target as Element).getAttribute?.('data-region') as RegionId | null) ?? null;
  }

  private _onFocusIn = (event: FocusEvent): void => {
    const id = this._regionOf(event);
    if (id) this._onRegionFocus(id);
  };

  private _renderPanel() {
    const active = this._value.find((v) => v.region === this._active) ?? this._value.at(-1);
    if (!active || (!this.intensity && !this.symptoms)) return nothing;
    const name = regionName(active.region);
    const locked = !this._canChange(active.region);
    const symptomNames: Record<Symptom, string> = {
      aching: msg('Aching', { id: 'body-map.symptom.aching' }),
      burning: msg('Burning', { id: 'body-map.symptom.burning' }),
      tingling: msg('Tingling', { id: 'body-map.symptom.tingling' }),
      numb: msg('Numb', { id: 'body-map.symptom.numb' }),
    };
    return html`
      <div part="panel" class="panel" role="group" aria-label=${name}>
        <div class="panel-title">${name}</div>
        ${this.intensity
          ? html`<label class="slider"
              ><span>${msg('Intensity', { id: 'body-map.intensity' })}</span>
              <input
                type="range"
                min=${INTENSITY.min}
                max=${INTENSITY.max}
                step="1"
                .value=${String(active.intensity)}
                ?disabled=${locked}
                aria-valuetext=${msg(str`${active.intensity} of 10`, { id: 'body-map.intensity-value' })}
                @input=${(e: Event) => this._changeIntensity(active.region, Number((e.target as HTMLInputElement).value), 'input')}
                @change=${(e: Event) => this._changeIntensity(active.region, Number((e.target as HTMLInputElement).value))}
              /><output aria-hidden="true">${active.intensity}</output></label
            >`
          : nothing}
        ${this.symptoms
          ? html`<fieldset class="symptoms">
              <legend>${msg('It feels', { id: 'body-map.symptoms' })}</legend>
              ${SYMPTOMS.map(
                (s) =>
                  html`<label
                    ><input type="checkbox" .checked=${active.symptoms?.includes(s) ?? false} ?disabled=${locked} @change=${() => this._canChange(active.region) && this._commit(toggleSymptom(this._value, active.region, s))} />${symptomNames[s]}</label
                  >`,
              )}
            </fieldset>`
          : nothing}
      </div>
    `;
  }

  private _renderList() {
    const hidden = this._hidden;
    const disabled = new Set(tokenList(this.disabledRegions));
    const selected = new Set(this._value.map((v) => v.region));
    const groups = new Map<string, RegionInfo[]>();
    for (const r of REGIONS) if (!hidden.has(r.id)) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
    return html`
      <div part="list" class="list" id="list">
        ${[...groups].map(
          ([group, regions]) => html`
            <fieldset>
              <legend>${groupName(group as RegionInfo['group'])}</legend>
              ${regions.map(
                (r) =>
                  html`<label
                    ><input type="checkbox" .checked=${selected.has(r.id)} ?disabled=${this._isDisabled || disabled.has(r.id)} aria-readonly=${this.readonly ? 'true' : 'false'}
                      @click=${(e: Event) => {
                        if (!this._canChange(r.id)) e.preventDefault();
                      }}
                      @change=${() => this._toggle(r.id)} />${regionName(r.id)}</label
                  >`,
              )}
            </fieldset>
          `,
        )}
      </div>
    `;
  }

  protected override render() {
    const views = this._views;
    const both = this.view === 'both';
    const summary = referralInWords(this._highlight);
    return html`
      <div part="base" class="base">
        <div part="toolbar" class="toolbar">
          ${both && this._narrow
            ? VIEWS.map(
                (v) =>
                  html`<button part="toggle" type="button" aria-pressed=${this._shown === v ? 'true' : 'false'} @click=${() => this._show(v)}>
                    ${v === 'front' ? msg('Front', { id: 'body-map.front' }) : msg('Back', { id: 'body-map.back' })}
                  </button>`,
              )
            : nothing}
          <button part="toggle" type="button" aria-expanded=${this._listOpen ? 'true' : 'false'} aria-controls="list" @click=${this._toggleList}>
            ${msg('List view', { id: 'body-map.list-view' })}
          </button>
        </div>
        ${this._error ? html`<p part="error" class="error" role="alert">${this._error}</p>` : nothing}
        <div class="figures" role="group" aria-label=${msg('Where does it hurt?', { id: 'body-map.label' })}>${views.map((v) => this._renderView(v))}</div>
        ${summary ? html`<p class="summary">${summary}</p>` : nothing}
        ${this._renderPanel()} ${this._listOpen ? this._renderList() : nothing}
        <div class="sr" role="status" aria-live="polite">${this._status}</div>
      </div>
    `;
  }

  private _show(view: View): void {
    this._shown = view;
    this._shownChosen = true;
    this._neighbors = null;
    this.requestUpdate();
  }

  private _toggleList(): void {
    this._listOpen = !this._listOpen;
    this.requestUpdate();
  }
}
