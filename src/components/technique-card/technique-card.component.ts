import { html, isServer, nothing, svg, type PropertyValues } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { loadTechnique } from '../../data/catalog.js';
import { referralInWords, regionInfo } from '../../data/regions.js';
import { ASK_FIRST_IDS, askFirstInWords, askFirstTitle, disclaimer, redFlagSources, redFlagsFor, redFlagsIntro, redFlagsTitle, urgencyInWords, type RedFlag } from '../../data/safety.js';
import { doseInWords, doseNote, positionName, toolName } from '../../data/vocabulary.js';
import type { Area, AskFirst, Dose, Muscle, Position, Source, Tool, TriggerPointSite } from '../../data/types.js';
import type { RegionId } from '../../data/region-list.js';
import { checkNumber } from '../../core/validate.js';
import type { checkTechnique, TechniqueVocabulary } from '../../core/technique-check.js';
import { KnotElement } from '../../internal/knot-element.js';
import { adoptStyles, lazy } from '../../internal/lazy.js';
import type { Highlight } from '../../core/selection.js';
import * as server from '#knotkit-server';
import { POSITION_ICONS, TOOL_ICONS } from './technique-card.icons.js';
import { styles } from './technique-card.styles.js';

// The card's hold timer fires these too (documented below): typed from here as well.
export type { KnotCompleteDetail, KnotPhaseDetail } from '../hold-timer/hold-timer.component.js';

/** A text as data gives it (a function, read in the current locale) or as an author writes it. */
type Text = string | (() => string);
type Texts = string[] | (() => string[]);

/**
 * An author-written technique (the `technique` property), in the catalog's shape; texts may
 * be plain strings. Only `title` is required.
 */
export interface TechniqueInput {
  id?: string;
  title: Text;
  muscleName?: Text;
  tool?: Tool;
  position?: Position;
  steps?: Texts;
  dose?: Partial<Dose>;
  feel?: Text;
  cautions?: Texts;
  /** The muscle's own cautions, shown with the technique's. */
  muscleCautions?: Texts;
  /** The conditions in which a reader should ask a clinician first; the card names them. */
  askFirst?: readonly AskFirst[];
  /** The body area worked: picks the red flags that concern it (all of them when absent). */
  area?: Area;
  source?: Source;
  triggerPoints?: TriggerPointSite[];
  referral?: { primary?: RegionId[]; secondary?: RegionId[] };
}

export interface KnotStartTechniqueDetail {
  technique: string;
}

/** What an author's technique object may name (the catalog's words). */
const VOCABULARY: TechniqueVocabulary = {
  tools: Object.keys(TOOL_ICONS),
  positions: Object.keys(POSITION_ICONS),
  askFirst: ASK_FIRST_IDS,
  areas: ['head-neck', 'shoulder-arm', 'trunk', 'hip-leg'] satisfies Area[],
  views: ['front', 'back'],
  isRegion: (id) => Boolean(regionInfo(id)),
};

/** `heading-level`: the title's, 2–6; the card's sub-headings sit one below. */
const HEADING_LEVELS = { min: 2, max: 6, default: 3, integer: true };

// The picture of the muscle (the body's figure, drawing only) loads with a full card's technique.
const figure = lazy(() => import('../body-map/figure.js'));
// The check of an author's technique object loads only when one is given.
const checker = lazy(() => import('../../core/technique-check.js'));
// A server cannot wait for a module before it renders: there both come with the card from
// `#knotkit-server` (package.json "imports": in a browser that is a stub exporting nothing).
const drawingNow = () => (isServer ? server.figure : figure.get());
// A card that hydrated a server's markup draws its picture's region paths from the server's
// template: that module loads with its picture.
const hydration = lazy(() => import('../body-map/region-paths.js'));
const checkNow = () => (isServer ? server.checkTechnique : checker.get()?.checkTechnique);

const text = (t: Text | undefined): string => (typeof t === 'function' ? t() : String(t ?? ''));
const texts = (t: Texts | undefined): string[] => (typeof t === 'function' ? t() : Array.isArray(t) ? t.map(String) : []);

/**
 * How to release one trigger point: the muscle, tool and position, a small body map with
 * the trigger point and where it refers pain, numbered steps, the dose in words, what you
 * should feel, and a Start button that opens a hold timer set to the dose. Safety comes
 * before the how-to in every layout: the red flags for the area worked (with their urgency
 * and sources), who should ask a clinician first, and every caution of the muscle and the
 * technique.
 *
 * Content comes from the catalog (`technique="upper-trapezius-pincer"`, loaded one muscle
 * at a time), from a `technique` object, or from slots written by the page's author.
 *
 * @summary How to release one trigger point, with a timer set to the dose.
 * @tagname knot-technique-card
 *
 * @slot title - Author-written title (instead of the catalog's).
 * @slot steps - Author-written steps, e.g. an `<ol>`.
 * @slot cautions - Author-written cautions.
 * @slot - Notes shown after the steps.
 *
 * @csspart base - The card.
 * @csspart header - Title, muscle, tool and position.
 * @csspart figure - The small body map.
 * @csspart safety - The red flags, before any how-to (when `compact`, a disclosure that also holds the "ask first" list and the cautions).
 * @csspart ask-first - Who should ask a doctor or physiotherapist first.
 * @csspart steps - The numbered steps.
 * @csspart dose - The dose in words.
 * @csspart cautions - The muscle's and the technique's cautions, before the steps.
 * @csspart source - The source line.
 * @csspart start - The Start button.
 * @csspart timer - The hold timer, once started.
 * @csspart error - The "Technique not found" message (with `base`; `role="alert"`).
 *
 * @cssprop [--card-background=var(--knot-color-surface, #ffffff)] - Card background.
 * @cssprop [--card-border=var(--knot-color-border, #6b7280)] - Card border.
 * @cssprop [--caution-color=var(--knot-color-danger, #b91c1c)] - The cautions' accent.
 *
 * @fires {CustomEvent<KnotStartTechniqueDetail>} knot-start-technique - Start was pressed: `{technique}` (the catalog id, or the object's `id`, else empty).
 * @fires {CustomEvent<void>} knot-start - From the card's hold timer, which appears on Start (it bubbles out of the card; so do the timer's other events).
 * @fires {CustomEvent<void>} knot-pause - From the card's hold timer: it paused.
 * @fires {CustomEvent<void>} knot-resume - From the card's hold timer: it resumed.
 * @fires {CustomEvent<void>} knot-reset - From the card's hold timer: it went back to the start.
 * @fires {CustomEvent<KnotPhaseDetail>} knot-phase - From the card's hold timer: a phase began, `{phase, rep, side, late}`.
 * @fires {CustomEvent<KnotCompleteDetail>} knot-complete - From the card's hold timer: the last hold ended, `{reps, holdMs, totalMs}`.
 */
export class KnotTechniqueCard extends KnotElement {
  static override styles = styles;

  static override properties = {
    technique: { converter: { fromAttribute: (v: string | null) => v } },
    compact: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    noFigure: { type: Boolean, attribute: 'no-figure' },
  };

  /**
   * A catalog id (`upper-trapezius-pincer`) or an author-written object.
   * @type {string | TechniqueInput | null}
   */
  technique: string | TechniqueInput | null = null;
  /** The short card for lists: title, dose, the warning signs as a disclosure, and Start (its timer is compact too). */
  compact = false;
  /** The title's heading level, 2–6 (default 3), to fit the page's outline. */
  headingLevel = 3;
  /** Leaves out the small body map (the trigger points and referral stay in words). */
  noFigure = false;

  private _data: { technique: TechniqueInput; muscle?: Muscle } | null = null;
  private _state: 'empty' | 'loading' | 'ready' | 'missing' = 'empty';
  private _started = false;

  /** A full card draws the muscle's picture: its code loads with the technique, and the card shows once both are here. */
  private _needsPicture(): boolean {
    return !this.compact && !this.noFigure && (!drawingNow() || (!!this.hydrated && !hydration.get()));
  }

  private _loadPicture(): Promise<unknown> {
    return Promise.all([figure.load(), this.hydrated && hydration.load()]);
  }

  /**
   * Hydrating a server's markup, the first render must be the server's: for a technique
   * object that is the card itself, so its check and picture load before it. (Here, not in
   * `scheduleUpdate`: a property set before the element upgraded is only back now.)
   */
  protected override shouldUpdate(): boolean {
    if (this.hasUpdated || !this.hydrated || !this.technique || typeof this.technique != 'object' || (checker.get() && !this._needsPicture())) return true;
    this.work.pending = Promise.all([checker.load(), this._loadPicture()]).then(() => this.requestUpdate('technique', null));
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('technique')) this._read();
    const level = checkNumber(this.headingLevel, HEADING_LEVELS);
    if (changed.has('headingLevel') && level.problem) this.warn('heading-level', this.headingLevel, level.problem);
    if (this._needsPicture()) this.work.pending = Promise.all([this.work.pending, this._loadPicture()]).then(() => this.requestUpdate());
  }

  private _read(): void {
    this._started = false;
    const input = this.technique;
    const isLatest = this.latest('technique');
    if (input && typeof input === 'object') {
      // Checked like a routine (the check loads only now, unless it is here already): one
      // located warning, and the card shows what is valid.
      const use = (check: typeof checkTechnique) => {
        const { value, problems } = check(input, VOCABULARY);
        if (problems.length) this.warn('technique', '[object]', `has problems: ${problems.join('; ')}`);
        this._data = value && { technique: value as unknown as TechniqueInput };
        this._state = value ? 'ready' : 'missing';
      };
      const check = checkNow();
      if (check) return use(check);
      this._state = 'loading';
      this.work.pending = checker.load().then(({ checkTechnique }) => {
        if (!isLatest()) return;
        use(checkTechnique);
        this.requestUpdate();
      });
    } else if (typeof input === 'string' && input.trim()) {
      this._state = 'loading';
      const id = input.trim();
      this.work.pending = loadTechnique(id).then((found) => {
        if (!isLatest()) return; // a newer technique was asked for meanwhile
        if (found) {
          const { technique, muscle } = found;
          this._data = {
            technique: { ...technique, muscleName: muscle.name, muscleCautions: muscle.cautions, area: muscle.area, triggerPoints: muscle.triggerPoints, referral: muscle.referral },
            muscle,
          };
          this._state = 'ready';
        } else {
          this.warn('technique', id, 'is not a technique in the catalog');
          this._data = null;
          this._state = 'missing';
        }
        this.requestUpdate();
      });
    } else {
      this._data = null;
      this._state = 'empty';
    }
  }

  private _start(): void {
    const id = typeof this.technique === 'string' ? this.technique : (this.technique?.id ?? '');
    this.emit('knot-start-technique', { technique: id });
    // The timer's code loads on the first Start (most readers only read the card); it
    // appears and starts itself within the press's user activation, so its sounds are allowed,
    // and takes the focus the Start button had (onto its Pause).
    this.work.pending = import('../hold-timer/hold-timer.js').then(() => {
      // Removed while the timer's code loaded: nothing starts off the page.
      if (!this.isConnected) return;
      this._started = true;
      this.requestUpdate();
    });
  }

  /** "NHS: Stroke": a source and its page, with the locale's punctuation ("NHS : Stroke" in French). */
  private _sourcePage({ title, detail }: Source): string {
    return detail ? msg(str`${title}: ${detail}`, { id: 'technique-card.source-page' }) : title;
  }

  /** The title (`sub`: a sub-heading one level below it), at the page's heading level. */
  private _heading(content: unknown, sub = 0) {
    const level = checkNumber(this.headingLevel, HEADING_LEVELS).value + sub;
    return html`<div class=${sub ? 'subheading' : 'title'} role="heading" aria-level=${Math.min(6, level)}>${content}</div>`;
  }

  private _icon(path: string) {
    return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${svg`<path d=${path} />`}</svg>`;
  }

  private _flags(flags: RedFlag[]) {
    return (['emergency', 'same-day', 'soon'] as const).map((urgency) => {
      const group = flags.filter((f) => f.urgency === urgency);
      return group.length
        ? html`<p class="urgency ${urgency}" id="urgency-${urgency}">${urgencyInWords(urgency)}:</p>
            <ul aria-labelledby="urgency-${urgency}">${group.map((f) => html`<li>${f.text()}</li>`)}</ul>`
        : nothing;
    });
  }

  /**
   * Safety before any how-to: the red flags for the area worked (the emergencies and
   * same-day signs in view, the rest one click away), who should ask a clinician first, and
   * every caution of the muscle and the technique.
   */
  private _safety(t: TechniqueInput, compact: boolean) {
    const flags = redFlagsFor(t.area);
    const urgent = flags.filter((f) => f.urgency !== 'soon');
    const soon = flags.filter((f) => f.urgency === 'soon');
    const sources = redFlagSources(flags)
      .map((s) => this._sourcePage(s))
      .join('; ');
    const askFirst = t.askFirst ?? [];
    const cautions = [...texts(t.muscleCautions), ...texts(t.cautions)];
    const more = msg(str`More warning signs (${soon.length})`, { id: 'technique-card.more-flags' });
    const body = html`
      ${compact ? nothing : this._heading(redFlagsTitle(), 1)}
      <p>${redFlagsIntro()}</p>
      ${this._flags(compact ? flags : urgent)}
      ${!compact && soon.length ? html`<details class="more"><summary>${more}</summary>${this._flags(soon)}</details>` : nothing}
      <p class="sources">${msg(str`Sources: ${sources}.`, { id: 'technique-card.flag-sources' })}</p>
    `;
    const ask = askFirst.length
      ? html`<div part="ask-first" class="ask-first">
          ${this._heading(askFirstTitle(), 1)}
          <ul>${askFirst.map((id) => html`<li>${askFirstInWords(id)}</li>`)}</ul>
        </div>`
      : nothing;
    const cautionList = html`<div part="cautions" class="cautions">
      ${this._heading(msg('Cautions', { id: 'technique-card.cautions' }), 1)}
      <slot name="cautions">${cautions.length ? html`<ul>${cautions.map((c) => html`<li>${c}</li>`)}</ul>` : nothing}</slot>
    </div>`;
    return compact
      ? html`<details part="safety" class="safety compact-safety">
          <summary>${redFlagsTitle()}</summary>
          ${body}${ask}${cautionList}
          <p>${disclaimer()}</p>
        </details>`
      : html`<div part="safety" class="safety">${body}</div>
          ${ask}${cautionList}`;
  }

  /** What the picture shows (set as it renders; its regions are drawn after). */
  private _picture: Highlight = {};

  protected override updated(): void {
    const drawing = drawingNow();
    if (!drawing) return;
    adoptStyles(this.renderRoot as ShadowRoot, drawing.figureStyles);
    drawing.syncPicture(this.renderRoot, this._picture, this.hydrated);
  }

  protected override render() {
    // A server cannot see the card's children: there an empty card is one written in slots.
    if (this._state === 'missing' || (this._state === 'empty' && !isServer && !this.querySelector('[slot="title"]'))) {
      return html`<div part="base error" class="base" role="alert">${msg('Technique not found.', { id: 'technique-card.not-found' })}</div>`;
    }
    if (this._state === 'loading' || (this._state === 'ready' && this._needsPicture())) return html`<div part="base" class="base" aria-busy="true">${msg('Loading…', { id: 'technique-card.loading' })}</div>`;
    const t = this._data?.technique ?? { title: '' };
    const compact = this.compact;
    const dose = t.dose ? { holdSeconds: 60, reps: 1, sides: 'none' as const, timesPerDay: 1, ...t.dose } : null;
    const steps = texts(t.steps);
    const point = t.triggerPoints?.[0];
    // One view when the trigger point and the pain it sends are on the same side of the body.
    const regions = [...(t.referral?.primary ?? []), ...(t.referral?.secondary ?? [])];
    const mapView = point && regions.every((r) => regionInfo(r)?.views.includes(point.view)) ? point.view : 'both';
    return html`
      <article part="base" class="base">
        <header part="header">
          ${this._heading(html`<slot name="title">${text(t.title)}</slot>`)}
          ${t.muscleName ? html`<p class="muscle">${text(t.muscleName)}</p>` : nothing}
          ${!compact && (t.tool || t.position)
            ? html`<p class="meta">
                ${t.tool ? html`<span>${this._icon(TOOL_ICONS[t.tool])}${toolName(t.tool)}</span>` : nothing}
                ${t.position ? html`<span>${this._icon(POSITION_ICONS[t.position])}${positionName(t.position)}</span>` : nothing}
              </p>`
            : nothing}
        </header>
        ${dose ? html`<p part="dose" class="dose">${doseInWords(dose)}</p>` : nothing}
        ${dose && doseNote(dose) ? html`<p class="dose-note">${doseNote(dose)}</p>` : nothing}
        ${this._safety(t, compact)}
        ${compact
          ? nothing
          : html`
              ${point && this.noFigure
                ? html`<p class="referral">${referralInWords({ triggerPoints: t.triggerPoints, referral: { primary: t.referral?.primary } })}</p>`
                : point
                ? drawingNow()?.renderPicture(mapView === 'both' ? ['front', 'back'] : [mapView], (this._picture = { triggerPoints: t.triggerPoints, referral: { primary: t.referral?.primary ?? [], secondary: t.referral?.secondary ?? [] } }), isServer ? server.regionPaths : this.hydrated ? hydration.get()?.restPaths(drawingNow()!.restOf) : undefined)
                : nothing}
              <div class="steps">
                <slot name="steps">${steps.length ? html`<ol part="steps">${steps.map((s) => html`<li>${s}</li>`)}</ol>` : nothing}</slot>
              </div>
              ${t.feel ? html`<p class="feel"><strong>${msg('What you should feel:', { id: 'technique-card.feel' })}</strong> ${text(t.feel)}</p>` : nothing}
              <slot></slot>
              <p class="disclaimer">${disclaimer()}</p>
              ${t.source ? html`<p part="source" class="source">${msg(str`Source: ${t.source.title}${t.source.detail ? `, ${t.source.detail}` : ''}`, { id: 'technique-card.source' })}</p>` : nothing}
            `}
        ${this._started && dose
          ? html`<knot-hold-timer
              part="timer"
              class="timer"
              autostart
              autofocus
              ?compact=${compact}
              label=${text(t.muscleName) || text(t.title)}
              duration=${dose.holdSeconds}
              strokes=${dose.kind === 'strokes' && dose.strokes ? dose.strokes : 0}
              reps=${dose.reps}
              sides=${dose.sides === 'each' ? 'both' : 'none'}
            ></knot-hold-timer>`
          : dose
            ? html`<button part="start" class="primary start" type="button" @click=${this._start}>${msg('Start the timer', { id: 'technique-card.start' })}</button>`
            : nothing}
      </article>
    `;
  }
}
