import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '../../i18n/msg.js';
import { currentLocale } from '../../i18n/current.js';
import { performanceClock, type Clock, type Scheduler } from '../../core/clock.js';
import { formatClock, formatDuration, secondsLeft } from '../../core/format.js';
import { RoutineRun, stepChange, stepDose, type RoutineSnapshot, type StepDose } from '../../core/routine.js';
import { ROUTINE_FORMAT } from '../../core/routine-version.js';
import type { Routine, RoutineStep } from '../../core/routine-format.js';
import { browserStorage, progressKey, readProgress, safeStore, type KeyValueStorage, type SafeStore } from '../../core/storage.js';
import { loadTechnique } from '../../data/catalog.js';
import { builtInRoutine } from '../../data/routines.js';
import type { Technique } from '../../data/types.js';
import { warnOnce } from '../../internal/warn.js';
import { frameScheduler } from '../../internal/frame.js';
import { settle } from '../../internal/settle.js';
import type { KnotHoldTimer } from '../hold-timer/hold-timer.component.js';
import { styles } from './routine-player.styles.js';

export interface KnotStepDetail {
  index: number;
  step: RoutineStep;
}

export interface KnotRoutineCompleteDetail {
  routineId: string;
  /** Time actually spent, ms (pauses and skipped parts excluded). */
  durationMs: number;
  stepsDone: number;
}

interface ReadyStep {
  step: RoutineStep;
  title: string;
  technique?: Technique;
  dose: StepDose;
}

/** How often progress is saved while running: at most this much is lost on a reload. */
const SAVE_EVERY_MS = 1_000;


/**
 * Plays a routine: a short guided session of techniques, each with a timed hold, one after
 * the other. One clock runs the whole routine (a hidden tab catches up across steps); the
 * current step shows its technique card and a hold timer driven by that clock. With
 * `persist`, a reload offers to resume where you left off.
 *
 * @summary Guided self-care routine: steps, timers, progress, resume after a reload.
 * @tagname knot-routine-player
 *
 * @csspart base - The player.
 * @csspart header - Title, total time and progress.
 * @csspart progress - The overall progress bar.
 * @csspart steps - The step list.
 * @csspart step - One step in the list (also `step current`, `step done`).
 * @csspart current - The current step's card or instructions.
 * @csspart timer - The hold timer.
 * @csspart next-up - "Next up" between steps.
 * @csspart controls - Previous, Pause/Resume, Next.
 * @csspart resume - The "Resume where you left off?" prompt.
 * @csspart finish - The summary at the end.
 * @csspart error - The list of problems with a routine.
 *
 * @cssprop [--progress-color=var(--knot-color-accent, #0f766e)] - The progress bar.
 *
 * @fires {CustomEvent<KnotStepDetail>} knot-step - A step began: `{index, step}`.
 * @fires {CustomEvent<KnotRoutineCompleteDetail>} knot-routine-complete - The routine ended: `{routineId, durationMs, stepsDone}`.
 */
export class KnotRoutinePlayer extends LitElement {
  static override styles = styles;

  static override properties = {
    routine: { converter: { fromAttribute: (v: string | null) => v } },
    src: {},
    persist: { type: Boolean },
    noAutoAdvance: { type: Boolean, attribute: 'no-auto-advance' },
    cues: {},
    clock: { attribute: false },
    scheduler: { attribute: false },
    storage: { attribute: false },
  };

  /**
   * A built-in routine id (`desk-neck-shoulders`), or a routine object in the file format.
   * @type {string | Routine | null}
   */
  routine: string | Routine | null = null;
  /** URL of a routine JSON file (fetched once). */
  src = '';
  /** Saves progress, so a reload can resume where the reader left off. */
  persist = false;
  /** Waits for Next after the pause between steps instead of moving on by itself. */
  noAutoAdvance = false;
  /** Cues for the hold timer: any of `beep voice vibrate` (default `beep`). */
  cues = 'beep';
  /** The time source (tests inject a manual clock). */
  clock: Clock = performanceClock;
  /** When the player looks at the clock (tests inject a manual scheduler). */
  scheduler: Scheduler = frameScheduler;
  /** Where progress is saved (default `localStorage`, guarded). */
  storage: KeyValueStorage | null = browserStorage();

  private _routine: Routine | null = null;
  private _steps: ReadyStep[] = [];
  private _problems: string[] = [];
  private _run: RoutineRun | null = null;
  private _snap: RoutineSnapshot | null = null;
  private _shownStep = -1;
  private _frame = 0;
  private _store: SafeStore | null = null;
  private _offer: number | null = null;
  private _lastSave = -Infinity;
  private _complete: KnotRoutineCompleteDetail | null = null;
  private _work = { pending: null as Promise<unknown> | null };
  private _timerReady: Promise<unknown> | null = null;
  private _jumped = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addEventListener('keydown', this._onKey);
  }

  /** The routine being played (validated), or null. */
  get current(): Routine | null {
    return this._routine;
  }

  /** Where the routine is: step, phase, time left; null before it starts. */
  get snapshot(): RoutineSnapshot | null {
    return this._snap;
  }

  start(): void {
    if (!this._steps.length) return;
    this._offer = null;
    this._complete = null;
    this._run = new RoutineRun(
      this._steps.map((s) => s.dose),
      this.clock,
    );
    this._run.sequence.start();
    this._tick();
  }

  pause(): void {
    this._run?.sequence.pause();
    this._timer()?.pause(); // lets go of the screen wake lock too
    this._tick();
  }

  resume(): void {
    this._run?.sequence.resume();
    this._timer()?.resume();
    this._tick();
  }

  private _timer(): KnotHoldTimer | null {
    return this.renderRoot?.querySelector?.<KnotHoldTimer>('knot-hold-timer') ?? null;
  }

  next(): void {
    this._jumped = true;
    this._run?.next();
    this._tick();
  }

  previous(): void {
    this._jumped = true;
    this._run?.previous();
    this._tick();
  }

  /** Goes to step `index` (from 0). */
  goTo(index: number): void {
    this._jumped = true;
    this._run?.goTo(index);
    this._tick();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this._onVisibility);
    addEventListener('pagehide', this._save);
    if (this._run) this._tick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this._onVisibility);
    removeEventListener('pagehide', this._save);
    this._save();
    if (this._frame) this.scheduler.cancel(this._frame);
    this._frame = 0;
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return settle(() => super.getUpdateComplete(), this._work);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('routine') || changed.has('src') || !this.hasUpdated) {
      this._work.pending = this._loadRoutine();
    }
  }

  /** Reads the routine from its source, validates it, resolves each step's technique and dose. */
  private async _loadRoutine(): Promise<void> {
    this._run = null;
    this._snap = null;
    this._shownStep = -1;
    let input: unknown = this.routine;
    let attribute = 'routine';
    let routine: Routine | null = null;
    if (typeof input === 'string' && input.trim() && !input.trim().startsWith('{')) {
      const id = input.trim();
      // Built-in routines are valid by construction (the tests run each through the schema).
      routine = builtInRoutine(id) ?? null;
      if (!routine) return this._fail('routine', id, [msg(str`"${id}" is not a built-in routine.`, { id: 'routine-player.unknown' })]);
    } else if (input == null || input === '') {
      if (this.src) {
        attribute = 'src';
        try {
          const response = await fetch(this.src);
          if (!response.ok) return this._fail('src', this.src, [msg(str`The routine could not be loaded (HTTP ${response.status}).`, { id: 'routine-player.http' })]);
          input = await response.text();
        } catch {
          return this._fail('src', this.src, [msg('The routine could not be loaded (network error).', { id: 'routine-player.network' })]);
        }
      } else {
        const script = this.querySelector('script[type="application/json"]');
        if (!script) return;
        attribute = 'script';
        input = script.textContent ?? '';
      }
    }
    if (!routine) {
      // An author's routine: the validator loads only now.
      const [{ validateRoutine }, { TECHNIQUE_IDS }] = await Promise.all([import('../../core/routine-format.js'), import('../../data/muscles/technique-ids.js')]);
      const checked = validateRoutine(input, TECHNIQUE_IDS);
      if (!checked.routine) return this._fail(attribute, attribute === 'src' ? this.src : '(routine)', checked.problems);
      routine = checked.routine;
    }
    const steps = await Promise.all(routine.steps.map((step) => this._resolve(step)));
    this._routine = routine;
    this._steps = steps;
    this._problems = [];
    this._store = this.persist ? safeStore(this.storage) : null;
    const saved = this._store && readProgress(this._store, progressKey(routine.id, ROUTINE_FORMAT), new RoutineRun(steps.map((s) => s.dose), this.clock).plan.totalMs);
    this._offer = saved ? saved.positionMs : null;
    this.requestUpdate();
  }

  private async _resolve(step: RoutineStep): Promise<ReadyStep> {
    const found = step.technique ? await loadTechnique(step.technique) : undefined;
    return {
      step,
      title: found ? found.technique.title() : (step.custom?.title ?? ''),
      technique: found?.technique,
      dose: stepDose(step, found?.technique.dose),
    };
  }

  private _fail(attribute: string, value: unknown, problems: string[]): void {
    warnOnce(this, attribute, value, `is not a usable routine: ${problems.join('; ')}`);
    this._routine = null;
    this._steps = [];
    this._problems = problems;
    this.requestUpdate();
  }

  /** Looks at the clock: moves the steps on, keeps the timer in step, saves progress. */
  private _tick = (): void => {
    if (this._frame) this.scheduler.cancel(this._frame);
    this._frame = 0;
    const run = this._run;
    if (!run) return;
    const { transitions } = run.sequence.look();
    let snap = run.snapshot();
    // Wait at the end of a pause between steps when the reader moves on by hand.
    if (this.noAutoAdvance && snap.state === 'running' && transitions.some((t) => t.phase === 'prepare' && t.index > 0) && !snap.between) {
      run.sequence.pause();
      snap = run.snapshot();
    }
    this._snap = snap;
    for (const t of transitions) {
      const segment = run.plan.segments[t.index];
      if (segment?.between && !t.late) this._sayNextUp(segment.step ?? 0);
    }
    const change = stepChange(this._shownStep, snap, this._steps.length, this._jumped);
    this._jumped = false;
    change.passed.forEach((i) => this._emitStep(i));
    if (change.enter !== null) this._enterStep(change.enter);
    this._shownStep = change.shown;
    if (snap.state === 'done' && !this._complete) this._finish();
    if (snap.state === 'running') {
      this._frame = this.scheduler.request(this._tick);
      if (snap.positionMs - this._lastSave >= SAVE_EVERY_MS) this._save();
    }
    this.requestUpdate();
  };

  /** "Next up: …", spoken when voice cues are on (the text is on screen too). */
  private _sayNextUp(finished: number): void {
    const next = this._steps[finished + 1];
    const synth = globalThis.speechSynthesis;
    if (!next || !synth || !/(^|\s)voice(\s|$)/.test(this.cues)) return;
    try {
      const utterance = new SpeechSynthesisUtterance(msg(str`Next up: ${next.title}`, { id: 'routine-player.next-up' }));
      utterance.lang = currentLocale();
      synth.speak(utterance);
    } catch {
      /* speech unavailable */
    }
  }

  private _emitStep(index: number): void {
    const step = this._steps[index];
    if (step) this.dispatchEvent(new CustomEvent<KnotStepDetail>('knot-step', { detail: { index, step: step.step }, bubbles: true, composed: true }));
  }

  private _enterStep(index: number): void {
    this._shownStep = index;
    const step = this._steps[index];
    if (!step) return;
    this._emitStep(index);
    // The timer runs this step on a clock that follows the routine's: paused, jumped and
    // caught up with it, so the two can never disagree.
    const start = this._run?.plan.stepStarts[index] ?? 0;
    const clock: Clock = { now: () => (this._run?.snapshot().positionMs ?? start) - start };
    this._timerReady = import('../hold-timer/hold-timer.js').then(async () => {
      this.requestUpdate();
      await super.getUpdateComplete();
      const timer = this.renderRoot.querySelector<KnotHoldTimer>('knot-hold-timer');
      if (!timer || this._shownStep !== index) return;
      timer.reset();
      timer.clock = clock;
      await timer.updateComplete;
      timer.start();
      await timer.updateComplete;
      if (this._run?.sequence.state === 'paused') timer.pause();
    });
    this._work.pending = this._timerReady;
  }

  private _finish(): void {
    const run = this._run;
    if (!run || !this._routine) return;
    this._complete = { routineId: this._routine.id, durationMs: run.sequence.summary().totalMs, stepsDone: this._steps.length };
    this._store?.remove(progressKey(this._routine.id, ROUTINE_FORMAT));
    this.dispatchEvent(new CustomEvent<KnotRoutineCompleteDetail>('knot-routine-complete', { detail: this._complete, bubbles: true, composed: true }));
  }

  private _save = (): void => {
    const run = this._run;
    if (!run || !this._store || !this._routine || run.sequence.state === 'done' || run.sequence.state === 'idle') return;
    const { positionMs } = run.save();
    this._lastSave = positionMs;
    this._store.write(progressKey(this._routine.id, ROUTINE_FORMAT), { v: 1, positionMs, totalMs: run.plan.totalMs, savedAt: Date.now() });
  };

  private _resume(): void {
    const at = this._offer;
    if (at == null) return;
    this.start();
    this._jumped = true;
    this._run?.restore({ positionMs: at, paused: false });
    this._tick();
  }

  private _startOver(): void {
    if (this._routine) this._store?.remove(progressKey(this._routine.id, ROUTINE_FORMAT));
    this._offer = null;
    this.start();
  }

  private _onVisibility = (): void => {
    if (this._run?.sequence.state === 'running') this._tick();
    else this._save();
  };

  private _toggle(): void {
    const state = this._run?.sequence.state;
    if (state === 'running') this.pause();
    else if (state === 'paused') this.resume();
    else this.start();
  }

  private _onKey = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0] as HTMLElement | undefined;
    const inControl = target?.matches?.('button, input, a, summary, [role="button"], [tabindex]:not(.base)') ?? false;
    if (event.key === ' ' && !inControl && this._run) {
      event.preventDefault();
      this._toggle();
    } else if (event.key === 'ArrowRight' && this._run && !target?.matches?.('input, [role="button"]')) {
      event.preventDefault();
      this.next();
    } else if (event.key === 'ArrowLeft' && this._run && !target?.matches?.('input, [role="button"]')) {
      event.preventDefault();
      this.previous();
    }
  };

  private _doseText(dose: StepDose): string {
    const hold = dose.strokes
      ? msg(str`About ${dose.strokes} slow strokes per tender spot`, { id: 'dose.strokes' })
      : formatDuration(dose.holdSeconds, currentLocale());
    const sides = dose.sides === 'both' ? msg('each side', { id: 'dose.each-side' }) : '';
    const reps = dose.reps > 1 ? msg(str`${dose.reps} times`, { id: 'dose.reps' }) : '';
    return [hold, reps, sides].filter(Boolean).join(' · ');
  }

  protected override render() {
    if (this._problems.length) {
      return html`<div part="base error" class="base error" role="alert">
        <p><strong>${msg('This routine cannot be played:', { id: 'routine-player.invalid' })}</strong></p>
        <ul>
          ${this._problems.map((p) => html`<li>${p}</li>`)}
        </ul>
      </div>`;
    }
    const routine = this._routine;
    if (!routine) return html`<div part="base" class="base" aria-busy="true">${msg('Loading…', { id: 'technique-card.loading' })}</div>`;
    const run = this._run;
    const snap = this._snap;
    const total = run?.plan.totalMs ?? new RoutineRun(this._steps.map((s) => s.dose), this.clock).plan.totalMs;
    const done = snap?.state === 'done';
    const progress = snap ? Math.round((snap.positionMs / total) * 100) : 0;
    const current = snap ? snap.step : -1;
    const state = snap?.state ?? 'idle';
    const nextStep = snap?.between ? this._steps[current + 1] : undefined;
    return html`
      <div part="base" class="base" tabindex="-1">
        <header part="header">
          <h2 class="title">${routine.title}</h2>
          ${routine.description ? html`<p class="description">${routine.description}</p>` : nothing}
          <p class="total">${msg(str`Total time: ${formatDuration(Math.round(total / 1000), currentLocale())}`, { id: 'routine-player.total' })}</p>
          <progress part="progress" class="progress" max="100" .value=${progress} aria-label=${msg('Progress', { id: 'routine-player.progress' })}></progress>
        </header>
        ${this._offer != null && !run
          ? html`<div part="resume" class="resume" role="group" aria-label=${msg('Resume where you left off?', { id: 'routine-player.resume-question' })}>
              <p>${msg('Resume where you left off?', { id: 'routine-player.resume-question' })}</p>
              <button type="button" class="primary" @click=${this._resume}>${msg('Resume', { id: 'routine-player.resume' })}</button>
              <button type="button" @click=${this._startOver}>${msg('Start over', { id: 'routine-player.start-over' })}</button>
            </div>`
          : nothing}
        <ol part="steps" class="steps">
          ${this._steps.map((s, i) => {
            const isDone = done || i < current || (i === current && snap?.between === true);
            const isCurrent = i === current && !done;
            return html`<li part="step${isCurrent ? ' current' : ''}${isDone ? ' done' : ''}" class=${isCurrent ? 'current' : isDone ? 'done' : ''} aria-current=${isCurrent ? 'step' : 'false'}>
              <span class="mark" aria-hidden="true">${isDone ? '✓' : i + 1}</span>
              <span class="name">${s.title}</span>
              <span class="dose">${this._doseText(s.dose)}</span>
              ${isDone ? html`<span class="sr">${msg('done', { id: 'routine-player.done' })}</span>` : nothing}
            </li>`;
          })}
        </ol>
        ${done && this._complete
          ? html`<div part="finish" class="finish" role="status">
              <p class="title">${msg('Well done!', { id: 'routine-player.finished' })}</p>
              <p>${msg(str`${this._complete.stepsDone} steps in ${formatDuration(Math.round(this._complete.durationMs / 1000), currentLocale())}.`, { id: 'routine-player.summary' })}</p>
              <button type="button" class="primary" @click=${this.start}>${msg('Do it again', { id: 'routine-player.again' })}</button>
            </div>`
          : nothing}
        ${!run && this._offer == null
          ? html`<button type="button" class="primary start" @click=${this.start}>${msg('Start the routine', { id: 'routine-player.start' })}</button>`
          : nothing}
        ${run && !done ? this._renderCurrent(current, nextStep, snap, state) : nothing}
      </div>
    `;
  }

  private _renderCurrent(index: number, nextStep: ReadyStep | undefined, snap: RoutineSnapshot | null, state: string) {
    const step = this._steps[index];
    if (!step) return nothing;
    const running = state === 'running';
    return html`
      ${nextStep && snap
        ? html`<div part="next-up" class="next-up" role="status">
            <strong>${msg(str`Next up: ${nextStep.title}`, { id: 'routine-player.next-up' })}</strong>
            <span class="countdown">${formatClock(secondsLeft(snap.remainingMs), currentLocale())}</span>
          </div>`
        : nothing}
      <div part="current" class="current-step">
        ${step.technique
          ? html`<knot-technique-card technique=${step.technique.id} heading-level="3" no-figure></knot-technique-card>`
          : html`<h3>${step.title}</h3>
              <ol>
                ${(step.step.custom?.steps ?? []).map((line) => html`<li>${line}</li>`)}
              </ol>
              ${step.step.custom?.cautions?.length
                ? html`<div class="cautions"><strong>${msg('Cautions', { id: 'technique-card.cautions' })}</strong><ul>${step.step.custom.cautions.map((c) => html`<li>${c}</li>`)}</ul></div>`
                : nothing}`}
        ${step.step.note ? html`<p class="note">${step.step.note}</p>` : nothing}
        <knot-hold-timer
          part="timer"
          class="timer"
          ?hidden=${Boolean(nextStep)}
          label=${step.title}
          cues=${this.cues}
          duration=${step.dose.holdSeconds}
          strokes=${step.dose.strokes}
          reps=${step.dose.reps}
          rest=${step.dose.restSeconds}
          prepare=${step.dose.prepareSeconds}
          sides=${step.dose.sides}
        ></knot-hold-timer>
      </div>
      <div part="controls" class="controls" role="group" aria-label=${msg('Routine controls', { id: 'routine-player.controls' })}>
        <button type="button" @click=${this.previous}>${msg('Previous', { id: 'routine-player.previous' })}</button>
        <button type="button" class="primary" @click=${this._toggle}>${running ? msg('Pause', { id: 'routine-player.pause' }) : msg('Resume', { id: 'routine-player.resume' })}</button>
        <button type="button" @click=${this.next}>${msg('Next', { id: 'routine-player.next' })}</button>
      </div>
    `;
  }
}

