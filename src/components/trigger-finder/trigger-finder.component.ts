import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { currentLocale } from '../../i18n/current.js';
import {
  candidateKey,
  decodeHash,
  EMPTY_STATE,
  encodeHash,
  areaFlagIds,
  MAX_CHOSEN_MUSCLES,
  nerveFlagIds,
  normalize,
  parseCandidateKey,
  type CandidateKey,
  type FinderState,
  type FinderStep,
} from '../../core/finder-flow.js';
import type { Routine } from '../../core/routine-format.js';
import { parseSelection, type RegionSelection } from '../../core/selection.js';
import { browserStorage, safeStore, STORAGE_PREFIX, type KeyValueStorage, type SafeStore } from '../../core/storage.js';
import { checkNumber } from '../../core/validate.js';
import { MUSCLE_IDS } from '../../data/catalog.js';
import { RED_FLAGS, redFlagSources, redFlagsIntro, urgencyInWords, type RedFlag, type Urgency } from '../../data/safety.js';
import type { RegionId } from '../../data/region-list.js';
import type { Dose, Muscle, Source, Technique } from '../../data/types.js';
import { KnotElement } from '../../internal/knot-element.js';
import { lazy } from '../../internal/lazy.js';
import type { FinderCandidate } from './trigger-finder-rank.js';
import { styles } from './trigger-finder.styles.js';

export type { FinderState, FinderStep } from '../../core/finder-flow.js';
export type { FinderCandidate } from './trigger-finder-rank.js';

export interface KnotFinderScreenDetail {
  /** No warning sign applied: the reader goes on to the map. */
  passed: boolean;
  /** The ids of the warning signs the reader ticked (from knotkit's `RED_FLAGS`). */
  flags: string[];
}

export interface KnotFinderResultDetail {
  selection: RegionSelection[];
  /** Every ranked candidate, best first (the element shows `max-results` of them). */
  candidates: FinderCandidate[];
}

export interface KnotRoutineBuiltDetail {
  routine: Routine;
}

/** `max-results`: how many candidates show before "Show more". */
const MAX_RESULTS = { min: 1, max: 20, default: 5, integer: true };
/** The numbered steps (the stop page is not one). */
const NUMBERED: readonly FinderStep[] = ['screen', 'map', 'muscles', 'cards', 'routine'];
const URGENCIES: readonly Urgency[] = ['emergency', 'same-day', 'soon'];
/** Most areas a routine's title names (more: "My routine"), so it stays a title. */
const ROUTINE_TITLE_AREAS = 3;
/** The routine format's longest title (src/core/routine-format.ts). */
const ROUTINE_TITLE_MAX = 120;
const flagsById = (ids: readonly string[]): RedFlag[] => RED_FLAGS.filter((f) => ids.includes(f.id));
/** Quotation marks around a cited page's title, as each language writes them. */
const QUOTES: Record<string, [string, string]> = { en: ['“', '”'], es: ['«', '»'], de: ['„', '“'], fr: ['«\u00a0', '\u00a0»'] };
/** sessionStorage: the reader answered the warning signs in this tab (a shared link asks again). */
const SCREENED_KEY = `${STORAGE_PREFIX}:finder:screened`;
/** localStorage with `persist`: the last result, as a hash (read back by the same strict parser). */
const SAVED_KEY = `${STORAGE_PREFIX}:finder:f1`;

const known = { flags: RED_FLAGS.map((f) => f.id), muscles: MUSCLE_IDS };

// Each part of the flow loads when the reader reaches it: the first load is the warning signs.
const ranking = lazy(() => import('./trigger-finder-rank.js'));
const bodyMap = lazy(() => import('../body-map/body-map.js'));
const cards = lazy(() => import('../technique-card/technique-card.js'));
const player = lazy(() => import('../routine-player/routine-player.js'));

/**
 * What the finder keeps in `history.state` (beside whatever the page keeps there): the step of
 * the entry before (so in-page Back can go back to it instead of adding one) and the answers
 * ticked on the warning signs (so browser Back from the "get help" page keeps them).
 */
interface HistoryMark {
  prev?: FinderStep;
  answers?: string[];
}

const pageState = (): Record<string, unknown> => (!isServer && history.state && typeof history.state === 'object' ? (history.state as Record<string, unknown>) : {}); // a server has no history
const historyMark = (): HistoryMark => {
  const mark = pageState().knotFinder;
  return mark && typeof mark === 'object' ? (mark) : {};
};
const withMark = (mark: HistoryMark) => ({ ...pageState(), knotFinder: mark });

const sessionStorageOrNull = (): KeyValueStorage | null => {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
};

/**
 * From "where it hurts" to a routine, in one tag: the warning signs first (any "yes" ends on
 * a page saying what to do, how urgently, with sources, and no self-care), then a body map,
 * the muscles most likely to send pain there (with why, and their pattern on a map), the
 * technique cards for the ones chosen, and a routine built from the chosen techniques that
 * plays in place, downloads as JSON or copies as a ready embed.
 *
 * The state lives in the URL hash (`#finder=muscles&r=temple-left.7…`): back and forward move
 * between steps, a reload or a shared link restores them; nothing leaves the page. A link
 * opened in a new tab asks the warning signs again before showing the rest. One finder per page.
 *
 * Keyboard: every step is plain buttons, checkboxes and the body map's own keys; focus moves
 * to each step's heading and a polite status says what changed.
 *
 * @summary Find the muscles behind your pain and build a self-care routine: warning signs first.
 * @tagname knot-trigger-finder
 *
 * @csspart base - The wrapper around everything.
 * @csspart progress - "Step 2 of 5".
 * @csspart heading - Each step's heading (it takes focus when the step changes).
 * @csspart screen - The warning-sign questions.
 * @csspart stop - The "get help" page after a "yes".
 * @csspart warning - The warning signs that come back after the map: for tingling or numbness (by where it is marked), and above the muscles those of the areas marked.
 * @csspart map - The body map (to choose on, then showing a muscle's pattern).
 * @csspart candidates - The list of likely muscles.
 * @csspart candidate - One likely muscle.
 * @csspart cards - The technique cards.
 * @csspart routine - The routine step: summary, player, download and embed.
 * @csspart player - The routine player.
 * @csspart nav - The row of Back and the step's main action.
 * @csspart error - A message when something could not be used (`role="alert"`).
 *
 * @cssprop [--finder-background=var(--knot-color-surface, #ffffff)] - Background.
 * @cssprop [--finder-border=var(--knot-color-border, #6b7280)] - Border and separators.
 * @cssprop [--finder-danger=var(--knot-color-danger, #b91c1c)] - The warning signs' and the stop page's accent.
 *
 * @fires {CustomEvent<KnotFinderScreenDetail>} knot-finder-screen - The warning signs were answered: `{passed, flags}`.
 * @fires {CustomEvent<KnotFinderResultDetail>} knot-finder-result - The likely muscles were found: `{selection, candidates}`.
 * @fires {CustomEvent<KnotRoutineBuiltDetail>} knot-routine-built - "Build my routine" made a routine (format 1): `{routine}`.
 */
export class KnotTriggerFinder extends KnotElement {
  static override styles = styles;

  static override properties = {
    regions: {},
    maxResults: { type: Number, attribute: 'max-results' },
    persist: { type: Boolean },
    skipScreen: { type: Boolean, attribute: 'skip-screen' },
    storage: { attribute: false },
    sessionStorage: { attribute: false },
  };

  /** A preset selection (e.g. a headache post sets the temples): region ids, `temple-left:7` entries or JSON, as the body map's `value`. */
  regions = '';
  /** How many likely muscles show before "Show more" (1–20, default 5). */
  maxResults = 5;
  /** Keeps the last result (areas, muscles, techniques) in this browser's storage for the next visit. */
  persist = false;
  /**
   * Skips the warning signs. Only for pages where a clinician leads the reader (a clinic's own
   * page); a console warning names the element.
   */
  skipScreen = false;
  /** Where `persist` keeps the last result (default `localStorage`, guarded). */
  storage: KeyValueStorage | null = browserStorage();
  /** Where the answered warning signs are remembered for this tab (default `sessionStorage`, guarded). */
  sessionStorage: KeyValueStorage | null = sessionStorageOrNull();

  private _state: FinderState = EMPTY_STATE;
  private _screened = false;
  private _answers = new Set<string>();
  private _candidates: FinderCandidate[] | null = null;
  private _rankedFor = '';
  private _shown = 5;
  private _pointed: CandidateKey | null = null;
  private _muscles = new Map<string, Muscle>();
  private _techniques = new Map<string, Technique>();
  private _routine: Routine | null = null;
  private _download = '';
  private _status = '';
  private _error = '';
  private _focusHeading = false;
  private _session?: SafeStore;
  private _saved?: SafeStore;

  /** Where the reader is: the step and what they chose (a copy). */
  get state(): FinderState {
    return structuredClone(this._state);
  }

  /** The routine built in the last step, or null. */
  get routine(): Routine | null {
    return this._routine;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return; // a server has no history to follow
    addEventListener('popstate', this._onHistory);
    addEventListener('hashchange', this._onHistory);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this._onHistory);
    removeEventListener('hashchange', this._onHistory);
    if (this._download) URL.revokeObjectURL(this._download);
    this._download = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('maxResults')) {
      const checked = checkNumber(this.maxResults, MAX_RESULTS);
      if (checked.problem) this.warn('max-results', this.getAttribute('max-results') ?? this.maxResults, checked.problem);
      this.maxResults = this._shown = checked.value;
    }
    if (changed.has('skipScreen') && this.skipScreen) this.warn('skip-screen', '', 'skips the warning signs: use it only where a clinician leads the reader');
    if (!this.hasUpdated) this._restore();
  }

  protected override updated(): void {
    if (this._focusHeading) {
      this._focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
    }
    if (this._focusCandidate >= 0) {
      this.renderRoot.querySelectorAll<HTMLInputElement>('.candidate input')[this._focusCandidate]?.focus();
      this._focusCandidate = -1;
    }
  }

  // ---- state ----

  private get _sessionStore(): SafeStore {
    return (this._session ??= safeStore(this.sessionStorage));
  }

  private get _savedStore(): SafeStore {
    return (this._saved ??= safeStore(this.storage));
  }

  /** First render: the hash, else the saved result (`persist`) or the `regions` preset; the warning signs first unless answered in this tab. */
  private _restore(): void {
    this._screened = this.skipScreen || this._sessionStore.read(SCREENED_KEY) === true;
    // A server never sees the hash (the browser never sends it): it renders the first step.
    const fromHash = decodeHash(isServer ? '' : location.hash, known);
    const saved = this.persist ? decodeHash(this._savedStore.read(SAVED_KEY), known) : null;
    const preset = parseSelection(this.regions.includes('[') ? this.regions : this.regions.trim().split(/\s+/).filter(Boolean));
    if (preset.problem || preset.unknown.length) this.warn('regions', this.regions, preset.problem ?? `has unknown region ids ${preset.unknown.join(', ')}`);
    let state = fromHash ?? (saved ? { ...saved, step: 'screen' as const } : { ...EMPTY_STATE, selection: preset.value });
    if (!state.selection.length && preset.value.length) state = { ...state, selection: preset.value };
    if (this.skipScreen && state.step === 'screen') state = { ...state, step: 'map' };
    this._apply(state, false);
  }

  /** Shows `state`; steps past the warning signs wait for them when not answered in this tab. */
  private _apply(state: FinderState, focus: boolean): void {
    const next = normalize(state);
    this._error = '';
    const answers = historyMark().answers;
    this._answers = new Set(next.step === 'stop' ? next.flags : next.step === 'screen' && Array.isArray(answers) ? answers.filter((a) => known.flags.includes(a)) : []);
    const past = next.step !== 'screen' && next.step !== 'stop';
    // A shared link: the warning signs first, then where the link points.
    this._state = past && !this._screened ? { ...next, step: 'screen' } : next;
    if (this._state.step !== 'routine') this._routine = null;
    this._focusHeading = focus;
    this._save();
    this._load(focus);
  }

  /** Moves to another step (a new history entry, unless the address already says it: a shared link) and tells the reader. */
  private _go(state: FinderState): void {
    const next = normalize(state);
    const hash = `#${encodeHash(next)}`;
    if (hash === location.hash) history.replaceState(history.state, '', hash);
    else history.pushState(withMark({ prev: decodeHash(location.hash, known)?.step ?? 'screen' }), '', hash);
    this._apply(next, true);
    this._save();
    this.requestUpdate();
  }

  /** Changes the current step's data (the same history entry). */
  private _set(patch: Partial<FinderState>): void {
    this._state = { ...this._state, ...patch };
    history.replaceState(history.state, '', `#${encodeHash(this._state)}`);
    this._save();
    this.requestUpdate();
  }

  private _save(): void {
    if (this.persist && this._state.step !== 'stop') this._savedStore.write(SAVED_KEY, encodeHash({ ...this._state, step: 'map', flags: [] }));
  }

  /** In-page Back went back in history: where to land, with what the reader chose since. */
  private _backTo: FinderState | null = null;

  private readonly _onHistory = (event: Event) => {
    // Only the traversal itself (popstate): a hashchange is queued as a task and may arrive
    // from an earlier move, while this entry is still the one being left.
    if (event.type !== 'popstate' && this._backTo) return;
    const back = this._backTo;
    this._backTo = null;
    if (back) history.replaceState(history.state, '', `#${encodeHash(normalize(back))}`);
    const read = back ?? decodeHash(location.hash, known);
    const next = read ?? { ...this._state, step: 'screen' as const, flags: [] };
    if (encodeHash(normalize(next)) === encodeHash(this._state)) return;
    this._apply(next, true);
    this.requestUpdate();
  };

  /**
   * Loads what the step shows (map, ranking, muscles, cards, player); renders again when in.
   * `announce`: the reader moved here, and the status says where they are once it shows.
   */
  private _load(announce: boolean): void {
    const step = this._state.step;
    const loads: Promise<unknown>[] = [];
    if (step === 'map' || step === 'muscles') loads.push(bodyMap.load());
    if (step === 'muscles' || step === 'cards' || step === 'routine') loads.push(ranking.load().then(() => this._rank()));
    if (step === 'cards' || step === 'routine') loads.push(cards.load(), this._loadChosen());
    if (step === 'routine') loads.push(player.load());
    if (!loads.length) {
      if (announce) this._status = this._stepStatus();
      return;
    }
    const isLatest = this.latest('load');
    const work = Promise.all(loads)
      .then(() => {
        if (!isLatest()) return;
        if (this._state.step === 'routine' && !this._routine) this._build();
        if (announce) this._status = [this._stepStatus(), this._stepDetail()].filter(Boolean).join('. ');
      })
      .catch((error: unknown) => {
        if (!isLatest()) return;
        this.warn('step', step, `could not load its parts (${error instanceof Error ? error.message : 'network error'})`);
        this._error = msg('This step could not be loaded. Check your connection and try again.', { id: 'finder.load-error' });
      })
      .finally(() => this.requestUpdate());
    this.work.pending = Promise.all([this.work.pending, work]);
  }

  /** Ranks the selection (once per selection) and loads the names of the muscles shown. */
  private async _rank(): Promise<void> {
    const r = ranking.get()!;
    const key = encodeHash({ ...EMPTY_STATE, selection: this._state.selection });
    if (this._rankedFor !== key) {
      this._rankedFor = key;
      this._candidates = r.rank(this._state.selection);
      this._shown = this.maxResults;
      this._pointed = null;
      this.emit('knot-finder-result', { selection: structuredClone(this._state.selection), candidates: this._candidates });
    }
    await this._loadMuscles(this._candidates!.slice(0, this._shown).map((c) => c.muscle.id));
  }

  private async _loadMuscles(ids: readonly string[]): Promise<void> {
    const r = ranking.get() ?? (await ranking.load());
    await Promise.all(
      ids
        .filter((id) => !this._muscles.has(id))
        .map(async (id) => {
          const muscle = await r.loadMuscle(id);
          if (muscle) this._muscles.set(id, muscle);
        }),
    );
  }

  /** The chosen muscles' modules and their techniques. */
  private async _loadChosen(): Promise<void> {
    const r = await ranking.load();
    const ids = [...new Set(this._state.muscles.map((k) => parseCandidateKey(k)!.muscle))];
    await this._loadMuscles(ids);
    const techniqueIds = ids.flatMap((id) => this._muscles.get(id)?.techniques ?? []);
    await Promise.all(
      techniqueIds
        .filter((id) => !this._techniques.has(id))
        .map(async (id) => {
          const found = await r.loadTechnique(id);
          if (found) this._techniques.set(id, found.technique);
        }),
    );
    // A technique in the hash that belongs to no chosen muscle is dropped; coming from the
    // muscles, each chosen muscle's first technique (the catalog lists them best first) starts chosen.
    let techniques = this._state.techniques.filter((t) => techniqueIds.includes(t));
    this._picked = 0;
    if (this._firstPick && !techniques.length) {
      techniques = [...new Set(ids.map((id) => this._muscles.get(id)?.techniques[0]).filter((t): t is string => !!t))];
      this._picked = ids.length;
    }
    this._firstPick = false;
    if (techniques.join() !== this._state.techniques.join()) {
      this._state = normalize({ ...this._state, techniques });
      history.replaceState(history.state, '', `#${encodeHash(this._state)}`);
      this._save();
    }
  }

  /** What the step found, in a few words, for the status. */
  private _stepDetail(): string {
    const step = this._state.step;
    if (step === 'muscles') {
      const n = this._candidates?.length ?? 0;
      return n === 0 ? msg('No likely muscle found.', { id: 'finder.status.none' }) : n === 1 ? msg('1 likely muscle.', { id: 'finder.status.one' }) : msg(str`${n} likely muscles.`, { id: 'finder.status.many' });
    }
    if (step === 'routine') return this._routineSummary();
    if (step === 'cards' && this._picked) {
      return this._picked === 1
        ? msg('Its first technique is ticked for your routine.', { id: 'finder.status.picked-one' })
        : msg("Each muscle's first technique is ticked for your routine.", { id: 'finder.status.picked-many' });
    }
    return '';
  }

  private _stepStatus(): string {
    const step = this._state.step;
    if (step === 'stop') return msg('Please get help: see below', { id: 'finder.status.stop' });
    const n = NUMBERED.indexOf(step) + 1;
    return msg(str`Step ${n} of ${NUMBERED.length}`, { id: 'finder.status.step' });
  }

  // ---- actions ----

  private _answer(flag: string, yes: boolean): void {
    if (yes) this._answers.add(flag);
    else this._answers.delete(flag);
    // Kept with this history entry: browser Back from the "get help" page finds them ticked.
    history.replaceState(withMark({ ...historyMark(), answers: [...this._answers] }), '', location.href);
    this.requestUpdate();
  }

  private _screenDone(): void {
    const flags = RED_FLAGS.filter((f) => this._answers.has(f.id)).map((f) => f.id);
    const passed = flags.length === 0;
    this.emit('knot-finder-screen', { passed, flags });
    if (passed) {
      this._screened = true;
      this._sessionStore.write(SCREENED_KEY, true);
      // Where a shared link pointed, or the map.
      const resume = decodeHash(location.hash, known);
      const target = resume && resume.step !== 'screen' && resume.step !== 'stop' ? resume : { ...this._state, step: 'map' as const };
      this._go({ ...target, flags: [] });
    } else this._go({ ...this._state, step: 'stop', flags });
  }

  private _findMuscles(): void {
    if (!this._state.selection.length) {
      // The alert says it; the status does not repeat it.
      this._error = msg('Choose at least one area where it hurts.', { id: 'finder.map.empty' });
      this.requestUpdate();
      return;
    }
    this._go({ ...this._state, step: 'muscles' });
  }

  /** The map changed; a warning sign that tingling or numbness brings back is said once, when it appears. */
  private _mapChange(selection: RegionSelection[]): void {
    const before = nerveFlagIds(this._state.selection);
    const added = flagsById(nerveFlagIds(selection).filter((id) => !before.includes(id)));
    this._error = '';
    this._set({ selection });
    if (added.length) this._status = msg(str`Warning added below. ${urgencyInWords(added[0].urgency)}.`, { id: 'finder.nerve.status' });
  }

  private _toggleMuscle(key: CandidateKey, on: boolean): void {
    const muscles = on ? [...this._state.muscles, key].slice(0, MAX_CHOSEN_MUSCLES) : this._state.muscles.filter((k) => k !== key);
    this._error = '';
    this._set({ muscles });
  }

  private _toCards(): void {
    if (!this._state.muscles.length) {
      this._error = msg('Choose at least one muscle.', { id: 'finder.muscles.empty' });
      this.requestUpdate();
      return;
    }
    this._firstPick = !this._state.techniques.length;
    this._go({ ...this._state, step: 'cards' });
  }

  /** Set when the cards step should pick each muscle's first technique once its data is in. */
  private _firstPick = false;
  /** How many muscles just had their first technique ticked for the reader (the status says so). */
  private _picked = 0;

  private _toggleTechnique(id: string, on: boolean): void {
    const techniques = on ? [...this._state.techniques, id] : this._state.techniques.filter((t) => t !== id);
    this._error = '';
    this._set({ techniques });
  }

  private _toRoutine(): void {
    if (!this._state.techniques.length) {
      this._error = msg('Choose at least one technique for your routine.', { id: 'finder.cards.empty' });
      this.requestUpdate();
      return;
    }
    this._routine = null;
    this._go({ ...this._state, step: 'routine' });
  }

  /** Builds the routine from the chosen techniques (once their data is in). */
  private _build(): void {
    const chosen = this._state.techniques.flatMap((id) => {
      const t = this._techniques.get(id);
      if (!t) return [];
      const sides = this._state.muscles.map((k) => parseCandidateKey(k)!).filter((k) => k.muscle === t.muscle);
      const side = sides.length === 1 ? sides[0].side : 'both';
      return [{ id, muscle: t.muscle, side, tool: t.tool, dose: t.dose }];
    });
    if (!chosen.length) return;
    const r = ranking.get()!;
    // Named by its areas (up to ROUTINE_TITLE_AREAS), not "My routine" under the step's "Your routine".
    const areas = this._state.selection.map((s) => s.region);
    const list = r.regionList(areas, { inSentence: true });
    const named = msg(str`Self-care for: ${list}`, { id: 'finder.routine.title-areas' });
    const routine = r.buildRoutine(chosen, r.MUSCLE_ORDER, {
      title: areas.length <= ROUTINE_TITLE_AREAS && named.length <= ROUTINE_TITLE_MAX ? named : msg('My routine', { id: 'finder.routine.title' }),
      description: msg('Built with the trigger finder from the areas that hurt.', { id: 'finder.routine.description' }),
    });
    this._routine = routine;
    if (this._download) URL.revokeObjectURL(this._download);
    this._download = URL.createObjectURL(new Blob([JSON.stringify(routine, null, 2)], { type: 'application/json' }));
    this.emit('knot-routine-built', { routine: structuredClone(routine) });
  }

  private _routineSummary(): string {
    const routine = this._routine;
    if (!routine) return '';
    const doses = new Map<string, Dose>([...this._techniques].map(([id, t]) => [id, t.dose]));
    const r = ranking.get()!;
    const time = r.formatDuration(r.routineSeconds(routine, doses), currentLocale());
    const steps = routine.steps.length;
    return steps === 1 ? msg(str`1 step, ${time} in total.`, { id: 'finder.routine.summary-one' }) : msg(str`${steps} steps, ${time} in total.`, { id: 'finder.routine.summary' });
  }

  private async _copy(): Promise<void> {
    if (!this._routine) return;
    try {
      await navigator.clipboard.writeText(ranking.get()!.embedSnippet(this._routine));
      this._status = msg('Embed code copied.', { id: 'finder.copied' });
    } catch {
      this._status = msg('Copying is blocked here: select the code below and copy it.', { id: 'finder.copy-blocked' });
      const details = this.renderRoot.querySelector('details');
      if (details) details.open = true;
    }
    this.requestUpdate();
  }

  // ---- view ----

  protected override render() {
    const step = this._state.step;
    const n = NUMBERED.indexOf(step) + 1;
    return html`
      <div part="base" class="base">
        ${n ? html`<p part="progress" class="progress">${msg(str`Step ${n} of ${NUMBERED.length}`, { id: 'finder.status.step' })}</p>` : nothing}
        <h2 part="heading" class="heading ${step}" tabindex="-1">${this._title(step)}</h2>
        ${this._step(step)}
        ${this._error ? html`<p part="error" class="error" role="alert">${this._error}</p>` : nothing}
        <div class="sr" role="status" aria-live="polite">${this._status}</div>
      </div>
    `;
  }

  private _step(step: FinderStep): TemplateResult {
    switch (step) {
      case 'screen':
        return this._screen();
      case 'stop':
        return this._stop();
      case 'map':
        return this._map();
      case 'muscles':
        return this._musclesStep();
      case 'cards':
        return this._cardsStep();
      default:
        return this._routineStep();
    }
  }

  /** One heading element for every step, so focus on it survives the step's content loading. */
  private _title(step: FinderStep): string {
    switch (step) {
      case 'screen':
        return msg('First, check the warning signs', { id: 'finder.screen.title' });
      case 'stop':
        return msg('Please do not self-treat: get help', { id: 'finder.stop.title' });
      case 'map':
        return msg('Where does it hurt?', { id: 'finder.map.title' });
      case 'muscles':
        return this._candidates?.length === 0 ? msg('No likely muscle found', { id: 'finder.none.title' }) : msg('Likely muscles', { id: 'finder.muscles.title' });
      case 'cards':
        return msg('How to release them', { id: 'finder.cards.title' });
      default:
        return msg('Your routine', { id: 'finder.routine.heading' });
    }
  }

  private _back(label = msg('Back', { id: 'finder.back' })) {
    return html`<button type="button" @click=${this._goBack}>${label}</button>`;
  }

  /**
   * Back to the step before: the history entry before when it is that step (browser Back and
   * Forward then agree with the page), else this entry becomes it (a step opened from a link
   * has no "before" on this page). The reader's choices go back with them.
   */
  private _goBack(): void {
    const step = this._state.step;
    const to: FinderStep = step === 'stop' ? 'screen' : (NUMBERED[NUMBERED.indexOf(step) - 1] ?? 'screen');
    const target = { ...this._state, step: to, flags: [] };
    if (historyMark().prev === to) {
      this._backTo = target;
      history.back();
      return;
    }
    history.replaceState(withMark(step === 'stop' ? { answers: this._state.flags } : {}), '', `#${encodeHash(normalize(target))}`);
    this._apply(target, true);
    this.requestUpdate();
  }

  /** The pages cited: their titles are the English pages' own (marked `lang="en"`), quoted as the reader's language quotes. */
  private _sources(sources: readonly Source[]) {
    const [open, close] = QUOTES[currentLocale().split('-')[0]] ?? QUOTES.en;
    return html`<p class="sources">
      ${msg('Source:', { id: 'finder.source' })} ${sources.map((s, i) => html`${i ? '; ' : ''}${s.title}: ${open}<span lang="en">${s.detail}</span>${close}`)}
    </p>`;
  }

  private _screen() {
    const any = this._answers.size > 0;
    return html`
      <section part="screen" class="screen">
        <p>${msg('Do you have any of these now? Tick each one that applies. If none does, go on.', { id: 'finder.screen.intro' })}</p>
        ${URGENCIES.map((urgency) => {
          const flags = RED_FLAGS.filter((f) => f.urgency === urgency && f.id !== 'nerve');
          return html`<fieldset class="urgency ${urgency}">
            <legend>${msg(str`If yes: ${urgencyInWords(urgency)}`, { id: 'finder.screen.group' })}</legend>
            ${flags.map(
              (f) => html`<label class="flag"
                ><input type="checkbox" ?checked=${this._answers.has(f.id)} @change=${(e: Event) => this._answer(f.id, (e.target as HTMLInputElement).checked)} /><span>${f.text()}</span></label
              >`,
            )}
          </fieldset>`;
        })}
        <div part="nav" class="nav">
          ${any
            ? html`<button type="button" class="primary" @click=${this._screenDone}>${msg('See what to do', { id: 'finder.screen.yes' })}</button>`
            : html`<button type="button" class="primary" @click=${this._screenDone}>${msg('None of these: continue', { id: 'finder.screen.none' })}</button>`}
        </div>
      </section>
    `;
  }

  private _stop() {
    const flags = RED_FLAGS.filter((f) => this._state.flags.includes(f.id));
    const urgency = URGENCIES.find((u) => flags.some((f) => f.urgency === u)) ?? 'soon';
    return html`
      <section part="stop" class="stop">
        <p class="urgent ${urgency}"><strong>${urgencyInWords(urgency)}.</strong></p>
        <p>${redFlagsIntro()}</p>
        <ul class="flags">
          ${flags.map((f) => html`<li><strong>${urgencyInWords(f.urgency)}:</strong> ${f.text()} ${this._sources(f.sources)}</li>`)}
        </ul>
        <p>${msg('If you are not sure how urgent it is, call your doctor or your local urgent-care or health advice line; in an emergency, call your local emergency number.', { id: 'finder.stop.unsure' })}</p>
        <div part="nav" class="nav">${this._back(msg('Change my answers', { id: 'finder.stop.change' }))}</div>
      </section>
    `;
  }

  /** Warning signs that come back after the map: each with its urgency, the pages once. */
  private _warning(title: string, flags: readonly RedFlag[], kind: string): TemplateResult | typeof nothing {
    if (!flags.length) return nothing;
    return html`<div part="warning" class="warning ${kind}">
      <p><strong>${title}</strong></p>
      <ul>
        ${flags.map((f) => html`<li><strong>${urgencyInWords(f.urgency)}:</strong> ${f.text()}</li>`)}
      </ul>
      ${this._sources(redFlagSources(flags))}
    </div>`;
  }

  /** Tingling or numbness marked: the sign for where it is (the face: stroke; a limb: nerve). */
  private _nerveWarning() {
    return this._warning(msg('Tingling or numbness: check this first', { id: 'finder.nerve.title' }), flagsById(nerveFlagIds(this._state.selection)), 'nerve');
  }

  /** Above the muscles: the emergency and same-day signs of the areas marked (chest → chest pain). */
  private _areaWarning() {
    const shown = nerveFlagIds(this._state.selection);
    const flags = flagsById(areaFlagIds(this._state.selection).filter((id) => !shown.includes(id)));
    return this._warning(msg('Before any self-care: get help instead if you have any of these', { id: 'finder.area-flags.title' }), flags, 'area');
  }

  private _map() {
    const ready = bodyMap.get();
    return html`
      <section class="map-step">
        <p>${msg('Choose every area that hurts, how much (0 to 10) and how it feels. Left and right are your own.', { id: 'finder.map.intro' })}</p>
        ${ready
          ? html`<knot-body-map
              part="map"
              intensity
              symptoms
              .value=${this._state.selection}
              @change=${(e: Event) => this._mapChange((e as CustomEvent<{ value: RegionSelection[] }>).detail.value)}
            ></knot-body-map>`
          : html`<p class="loading">${msg('Loading…', { id: 'finder.loading' })}</p>`}
        ${this._nerveWarning()}
        <div part="nav" class="nav">
          ${this._back()}
          <button type="button" class="primary" @click=${this._findMuscles}>${msg('Find the muscles', { id: 'finder.map.next' })}</button>
        </div>
      </section>
    `;
  }

  private _candidateName(c: { muscle: { id: string }; side: string }): string {
    const name = this._muscles.get(c.muscle.id)?.name() ?? c.muscle.id;
    return c.side === 'left'
      ? msg(str`${name}, left side`, { id: 'finder.candidate.left' })
      : c.side === 'right'
        ? msg(str`${name}, right side`, { id: 'finder.candidate.right' })
        : msg(str`${name}, both sides`, { id: 'finder.candidate.both' });
  }

  private _why(c: FinderCandidate): string {
    const r = ranking.get()!;
    const why = r.whyThisOne(c);
    const inSentence = (ids: readonly RegionId[]) => r.regionList(ids, { inSentence: true });
    return [
      why.local.length ? msg(str`Its trigger points lie where it hurts: ${inSentence(why.local)}.`, { id: 'finder.why.local' }) : '',
      why.primary.length ? msg(str`It is known to send pain mainly to: ${inSentence(why.primary)}.`, { id: 'finder.why.primary' }) : '',
      why.secondary.length ? msg(str`It can also spread pain to: ${inSentence(why.secondary)}.`, { id: 'finder.why.secondary' }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  /** Which of the reader's areas a candidate explains, in words: "Explains the pain in your left temple and left jaw." */
  private _explains(explains: readonly RegionId[], selected: number): string {
    const list = ranking.get()!.regionList(explains, { inSentence: true });
    const n = new Set(explains).size;
    if (n >= selected) return msg(str`Explains the pain in your ${list}.`, { id: 'finder.candidate.explains-all' });
    return n === 1
      ? msg(str`Explains one of your ${selected} areas: your ${list}.`, { id: 'finder.candidate.explains-one' })
      : msg(str`Explains ${n} of your ${selected} areas: your ${list}.`, { id: 'finder.candidate.explains-some' });
  }

  private _musclesStep() {
    const r = ranking.get();
    const all = this._candidates;
    if (!r || !all) return html`<section><p class="loading">${msg('Loading…', { id: 'finder.loading' })}</p></section>`;
    if (!all.length) {
      return html`<section class="none">
        ${this._nerveWarning()} ${this._areaWarning()}
        <p>${msg('None of the muscles in this guide usually sends pain to just these areas.', { id: 'finder.none.text' })}</p>
        <ul>
          <li>${msg('Try marking the areas around the pain as well, or one area at a time.', { id: 'finder.none.try-1' })}</li>
          <li>${msg('Pain that is in a joint, comes with swelling, or follows an injury is often not a muscle knot.', { id: 'finder.none.try-2' })}</li>
        </ul>
        <p>${msg('See a doctor or physiotherapist if the pain is new, severe, keeps you awake or is not getting better.', { id: 'finder.none.clinician' })}</p>
        <div part="nav" class="nav">${this._back(msg('Change the areas', { id: 'finder.none.back' }))}</div>
      </section>`;
    }
    const shown = all.slice(0, this._shown);
    const pointed = shown.find((c) => candidateKey(c) === this._pointed) ?? shown[0];
    const chosen = new Set(this._state.muscles);
    const selected = this._state.selection.length;
    return html`
      <section class="muscles-step">
        ${this._nerveWarning()} ${this._areaWarning()}
        <p>${msg('Best match first. Choose the ones to work on; focus or point at one to see its trigger points and where it sends pain.', { id: 'finder.muscles.intro' })}</p>
        <div class="columns">
          <ul part="candidates" class="candidates">
            ${shown.map((c) => {
              const key = candidateKey(c);
              const id = `c-${key.replace('.', '-')}`;
              return html`<li
                part="candidate"
                class="candidate ${c === pointed ? 'pointed' : ''}"
                @focusin=${() => this._point(key)}
                @mouseenter=${() => this._point(key)}
              >
                <label class="choose"
                  ><input type="checkbox" aria-describedby=${id} ?checked=${chosen.has(key)} @change=${(e: Event) => this._toggleMuscle(key, (e.target as HTMLInputElement).checked)} /><span class="name"
                    >${this._candidateName(c)}</span
                  ></label
                >
                <div id=${id} class="about">
                  <p class="explains">${this._explains(c.explains, selected)}</p>
                  <p class="why">${this._why(c)}</p>
                </div>
              </li>`;
            })}
          </ul>
          <figure class="figure">
            <figcaption class="showing">${msg(str`On the map: ${this._candidateName(pointed)}`, { id: 'finder.muscles.showing' })}</figcaption>
            ${bodyMap.get()
              ? html`<knot-body-map part="map" readonly .highlight=${r.candidateHighlight(pointed)} .value=${this._state.selection}></knot-body-map>`
              : nothing}
          </figure>
        </div>
        ${all.length > this._shown
          ? html`<button type="button" class="more" @click=${this._showMore}>${msg(str`Show more (${all.length - this._shown})`, { id: 'finder.muscles.more' })}</button>`
          : nothing}
        <div part="nav" class="nav">
          ${this._back()}
          <button type="button" class="primary" @click=${this._toCards}>${msg('Show how to release them', { id: 'finder.muscles.next' })}</button>
        </div>
      </section>
    `;
  }

  private _point(key: CandidateKey): void {
    if (this._pointed === key) return;
    this._pointed = key;
    this.requestUpdate();
  }

  private _showMore(): void {
    this.work.pending = Promise.all([this.work.pending, this._more()]);
  }

  private async _more(): Promise<void> {
    const before = this._shown;
    this._shown = Math.min(this._candidates!.length, this._shown + this.maxResults);
    await this._loadMuscles(this._candidates!.slice(before, this._shown).map((c) => c.muscle.id));
    const more = this._shown - before;
    this._status = more === 1 ? msg('1 more muscle shown.', { id: 'finder.muscles.more-status-one' }) : msg(str`${more} more muscles shown.`, { id: 'finder.muscles.more-status' });
    // The first newly shown muscle takes focus: the reader reads on from there.
    this._focusCandidate = before;
    this.requestUpdate();
  }

  private _focusCandidate = -1;

  private _cardsStep() {
    const ready = cards.get() && this._state.muscles.every((k) => this._muscles.has(parseCandidateKey(k)!.muscle));
    const chosen = new Set(this._state.techniques);
    return html`
      <section part="cards" class="cards-step">
        <p>${msg('Read each card, warnings first. Tick the techniques to put in your routine.', { id: 'finder.cards.intro' })}</p>
        ${this._nerveWarning()}
        ${ready
          ? [...new Set(this._state.muscles.map((k) => parseCandidateKey(k)!.muscle))].map((id) => {
              const muscle = this._muscles.get(id)!;
              const sides = this._state.muscles.filter((k) => k.startsWith(`${id}.`)).map((k) => ({ muscle: { id }, side: parseCandidateKey(k)!.side }));
              return html`<section class="muscle">
                <h3>${sides.length === 1 ? this._candidateName(sides[0]) : this._candidateName({ muscle: { id }, side: 'both' })}</h3>
                ${muscle.techniques.map((t) => {
                  const technique = this._techniques.get(t);
                  return html`<div class="technique">
                    <knot-technique-card heading-level="4" technique=${t}></knot-technique-card>
                    <label class="choose"
                      ><input type="checkbox" ?checked=${chosen.has(t)} @change=${(e: Event) => this._toggleTechnique(t, (e.target as HTMLInputElement).checked)} /><span
                        >${msg(str`Add “${technique?.title() ?? t}” to my routine`, { id: 'finder.cards.add' })}</span
                      ></label
                    >
                  </div>`;
                })}
              </section>`;
            })
          : html`<p class="loading">${msg('Loading…', { id: 'finder.loading' })}</p>`}
        <div part="nav" class="nav">
          ${this._back()}
          <button type="button" class="primary" @click=${this._toRoutine}>${msg('Build my routine', { id: 'finder.cards.next' })}</button>
        </div>
      </section>
    `;
  }

  private _routineStep() {
    const routine = this._routine;
    return html`
      <section part="routine" class="routine-step">
        ${routine && player.get()
          ? html`
              ${this._nerveWarning()}
              <knot-routine-player part="player" heading-level="3" .routine=${routine}></knot-routine-player>
              <div class="share">
                <a class="download" href=${this._download} download="my-routine.json">${msg('Download the routine (JSON)', { id: 'finder.routine.download' })}</a>
                <button type="button" @click=${() => (this.work.pending = this._copy())}>${msg('Copy the embed code', { id: 'finder.routine.copy' })}</button>
              </div>
              <details>
                <summary>${msg('Embed code for a blog post', { id: 'finder.routine.embed' })}</summary>
                <textarea readonly rows="8" aria-label=${msg('Embed code for a blog post', { id: 'finder.routine.embed' })} .value=${ranking.get()!.embedSnippet(routine)}></textarea>
              </details>
            `
          : html`<p class="loading">${msg('Loading…', { id: 'finder.loading' })}</p>`}
        <div part="nav" class="nav">${this._back()}</div>
      </section>
    `;
  }
}
