import { html, isServer, nothing, type PropertyValues } from 'lit';
import { msg } from '../../i18n/msg.js';
import { performanceClock, type Clock, type Scheduler } from '../../core/clock.js';
import { RoutineRun, routineShown, sameShown, stepChange, type RoutineShown, type RoutineSnapshot } from '../../core/routine.js';
import type { Routine } from '../../core/routine-format.js';
import { browserStorage, type KeyValueStorage } from '../../core/storage.js';
import { KnotElement } from '../../internal/knot-element.js';
import { checkNumber } from '../../core/validate.js';
import { frameScheduler } from '../../internal/frame.js';
import type { KnotHoldTimer } from '../hold-timer/hold-timer.component.js';
import { loadRoutine, type LoadedRoutine, type ReadyStep } from './routine-load.js';
import type { KnotRoutineCompleteDetail } from './routine-player.events.js';
import { keyCommand } from './routine-keys.js';
import { RoutineProgress } from './routine-progress.js';
import { controls, currentStep, finish, header, nextUp, nextUpText, problemList, resumePrompt, sayNextUp, stepList, stepNowText, summaryText } from './routine-player.view.js';
import { styles } from './routine-player.styles.js';

export type { KnotRoutineCompleteDetail, KnotStepDetail } from './routine-player.events.js';
// The step's timer fires these too (see below): typed from here as well. (KnotCompleteDetail
// stays exported for code written against earlier versions; the step's timer no longer completes.)
export type { KnotCompleteDetail, KnotPhaseDetail } from '../hold-timer/hold-timer.component.js';

/**
 * Plays a routine: a short guided session of techniques, each with a timed hold, one after
 * the other. One clock runs the whole routine (a hidden tab catches up across steps); the
 * current step shows its technique card and a hold timer driven by that clock, which answers
 * to the routine only. With `persist`, a reload offers to resume where you left off.
 *
 * Keyboard, wherever focus is in the player: Space pauses and resumes (on a button or a
 * disclosure, Space presses it instead; on the timer's dial, Enter pauses and resumes too),
 * Left and Right go to the previous and the next step.
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
 * @csspart bar - The step's timer and the controls, kept in view at the bottom of the screen while the player is on it.
 * @csspart timer - The step's hold timer (compact; the player runs it, so its own buttons are hidden).
 * @csspart next-up - "Next up" between steps, with the time left before the next one.
 * @csspart controls - Previous, Pause/Resume, Next.
 * @csspart resume - The "Resume where you left off?" prompt.
 * @csspart finish - The summary at the end.
 * @csspart error - The list of problems with a routine (with `base`; `role="alert"`).
 * @csspart empty - What to set when no routine is given (with `base`).
 *
 * @cssprop [--progress-color=var(--knot-color-accent, #0f766e)] - The progress bar.
 *
 * @fires {CustomEvent<KnotStepDetail>} knot-step - A step began: `{index, step}`.
 * @fires {CustomEvent<KnotRoutineCompleteDetail>} knot-routine-complete - The routine ended: `{routineId, durationMs, stepsDone, stepsSkipped}` (a step left early by Next is skipped, not done).
 * @fires {CustomEvent<void>} knot-start - From the current step's hold timer, which the player starts with each step (it bubbles out of the player; so do the timer's other events).
 * @fires {CustomEvent<void>} knot-pause - From the step's hold timer: it paused with the routine.
 * @fires {CustomEvent<void>} knot-resume - From the step's hold timer: it resumed with the routine.
 * @fires {CustomEvent<void>} knot-reset - From the step's hold timer: it went back to the start (each new step).
 * @fires {CustomEvent<KnotPhaseDetail>} knot-phase - From the step's hold timer: a phase began, `{phase, rep, side, late}` (never `done`: the routine, not the timer, says what comes next).
 */
export class KnotRoutinePlayer extends KnotElement {
  static override styles = styles;

  static override properties = {
    routine: { converter: { fromAttribute: (v: string | null) => v } },
    src: {},
    persist: { type: Boolean },
    noAutoAdvance: { type: Boolean, attribute: 'no-auto-advance' },
    cues: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
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
  /** The routine title's heading level, 2–6 (the step's card sits one below): match the page's outline. */
  headingLevel = 2;
  /** The time source (tests inject a manual clock). */
  clock: Clock = performanceClock;
  /** When the player looks at the clock (tests inject a manual scheduler). */
  scheduler: Scheduler = frameScheduler;
  /** Where progress is saved (default `localStorage`, guarded). */
  storage: KeyValueStorage | null = isServer ? null : browserStorage();

  private _routine: Routine | null = null;
  private _steps: ReadyStep[] = [];
  /** The routine's total time, ms: computed once per routine. */
  private _total = 0;
  private _problems: string[] = [];
  /** A routine is being read (its `src` fetched, its techniques loaded). */
  private _loading = true;
  private _run: RoutineRun | null = null;
  private _snap: RoutineSnapshot | null = null;
  /** What the view shows of `_snap`: a frame renders only when this changes. */
  private _shown: RoutineShown | null = null;
  private _shownStep = -1;
  private _frame = 0;
  private _progress: RoutineProgress | null = null;
  /** Where a saved session stopped: the reader may resume there. */
  private _offer: number | null = null;
  private _complete: KnotRoutineCompleteDetail | null = null;
  private _jumped = false;
  /** The step reached by a jump, announced once in the status region (-1: none). */
  private _saidStep = -1;
  /** The step whose timer is to start once it is on screen (-1: none). */
  private _timerStep = -1;

  constructor() {
    super();
    // Capture: the keys reach the player before the step's timer, which the player runs.
    this.addEventListener('keydown', this._onKey, true);
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
    this._run = new RoutineRun(this._steps.map((s) => s.dose), this.clock);
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

  private _timer(): KnotHoldTimer | null | undefined {
    return this.renderRoot?.querySelector?.<KnotHoldTimer>('knot-hold-timer');
  }

  next(): void {
    this._jump((run) => run.next());
  }

  previous(): void {
    this._jump((run) => run.previous());
  }

  /** Goes to step `index` (from 0). */
  goTo(index: number): void {
    this._jump((run) => run.goTo(index));
  }

  /** A jump begins only the step it lands on (see `stepChange`). */
  private _jump(move: (run: RoutineRun) => void): void {
    this._jumped = true;
    if (this._run) move(this._run);
    this._tick();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server that calls this (`litSsrCallConnectedCallback`) has no document to listen to.
    if (isServer) return;
    document.addEventListener('visibilitychange', this._onVisibility);
    addEventListener('pagehide', this._save);
    if (this._run) {
      this._tick();
      this.requestUpdate(); // a step timer left to start while off the page starts now
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this._onVisibility);
    removeEventListener('pagehide', this._save);
    this._save();
    if (this._frame) this.scheduler.cancel(this._frame);
    this._frame = 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('routine') || changed.has('src') || !this.hasUpdated) {
      this._run = null;
      this._snap = this._shown = null;
      this._shownStep = -1;
      // A newer routine or src wins over an older, slower answer.
      const isLatest = this.latest('routine');
      this._loading = true;
      // A server renders once, now: the loading state, which keeps the player's space. (It
      // cannot see the player's children, and fetches nothing.)
      if (isServer) return;
      const script = this.querySelector('script[type="application/json"]')?.textContent;
      this.work.pending = loadRoutine(this.routine, this.src, script).then((loaded) => {
        if (!isLatest()) return; // a newer routine or src was asked for meanwhile
        this._loading = false;
        this._show(loaded);
      });
    }
  }

  /** Shows a loaded routine, ready to start (or to resume), its problems, or (null) that there is none. */
  private _show(loaded: LoadedRoutine | null): void {
    if (!loaded) {
      this._routine = null;
      this._steps = [];
      this._problems = [];
    } else if ('problems' in loaded) {
      const { attribute, value, problems } = loaded;
      this.warn(attribute, value, `is not a usable routine: ${problems.join('; ').replace(/\.$/, '')}`);
      this._routine = null;
      this._steps = [];
      this._problems = problems;
    } else {
      const { routine, steps, totalMs } = loaded;
      this._routine = routine;
      this._steps = steps;
      this._total = totalMs;
      this._problems = [];
      this._progress = this.persist ? new RoutineProgress(this.storage, routine.id) : null;
      this._offer = this._progress?.read(totalMs) ?? null;
    }
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
      const next = this._steps[(segment?.step ?? 0) + 1];
      // "Next up: …" is on screen too; spoken when voice cues are on.
      if (segment?.between && !t.late && next && this._cues().includes('voice')) sayNextUp(next);
    }
    const jumped = this._jumped;
    const change = stepChange(this._shownStep, snap, this._steps.length, jumped);
    this._jumped = false;
    // A step reached by Previous / Next was not announced by "Next up": say where the reader is.
    if (change.enter !== null) this._saidStep = jumped ? change.enter : -1;
    // A new step stops the step's timer first: after a jump (Next, Previous) it must not see
    // the clock jump, as a step left early is not "Done".
    if (change.enter !== null) this._timer()?.reset();
    change.passed.forEach((i) => this._emitStep(i));
    if (change.enter !== null) this._enterStep(change.enter);
    // Every step change is saved at once (a renderer crash gives no `pagehide`).
    if (change.enter !== null) this._progress?.write(run);
    this._shownStep = change.shown;
    if (snap.state === 'done' && !this._complete) this._finish();
    // Off the page nothing loops (a `next()` after removal); `connectedCallback` looks again.
    if (snap.state === 'running' && this.isConnected) {
      this._frame = this.scheduler.request(this._tick);
      this._progress?.write(run, true);
    }
    // Render only when what is shown changed (the timer draws its own ring every frame).
    const shown = routineShown(snap, this._total);
    if (!sameShown(this._shown, shown)) {
      this._shown = shown;
      this.requestUpdate();
    }
  };

  /** The cues as text (the step's timer checks and warns about the words). */
  private _cues(): string {
    return typeof this.cues === 'string' ? this.cues : '';
  }

  private _emitStep(index: number): void {
    const step = this._steps[index];
    if (step) this.emit('knot-step', { index, step: step.step });
  }

  private _enterStep(index: number): void {
    this._shownStep = index;
    if (!this._steps[index]) return;
    this._emitStep(index);
    // The hold timer's code loads with the first step; then `updated` starts it on this step.
    this.work.pending = import('../hold-timer/hold-timer.js').then(() => {
      this._timerStep = index;
      this.requestUpdate();
    });
  }

  protected override update(changed: PropertyValues<this>): void {
    const focused = this.shadowRoot?.activeElement;
    super.update(changed);
    // The control pressed went away (Start, Resume, the last Next) or the timer hid: focus
    // goes on to Pause, or to the summary at the end, never back to the page.
    if (focused && !this.shadowRoot.activeElement) this.renderRoot.querySelector<HTMLElement>('.controls .primary,.finish')?.focus();
  }

  protected override updated(): void {
    const index = this._timerStep;
    const timer = this._timer();
    const run = this._run;
    // Off the page the timer never updates (nor may it start): it starts once back on the page.
    if (index < 0 || index !== this._shownStep || !timer || !run || !this.isConnected) return;
    this._timerStep = -1;
    // The timer runs this step on a clock that follows the routine's: paused, jumped and
    // caught up with it, so the two can never disagree. That clock stops a millisecond before
    // the step ends: the routine, not the timer, says what comes next (no false "Done").
    const { positionMs, stepRemainingMs } = run.snapshot();
    const start = run.plan.stepStarts[index];
    const end = positionMs + stepRemainingMs - start - 1;
    timer.clock = { now: () => Math.min(run.sequence.snapshot().positionMs - start, end) };
    this.work.pending = (async () => {
      await timer.updateComplete;
      timer.start();
      await timer.updateComplete;
      if (run.sequence.state === 'paused') timer.pause();
    })();
  }

  private _finish(): void {
    const run = this._run;
    if (!run || !this._routine) return;
    const skipped = run.skipped.size;
    this._complete = { routineId: this._routine.id, durationMs: run.sequence.summary().totalMs, stepsDone: this._steps.length - skipped, stepsSkipped: skipped };
    this._progress?.remove();
    this.emit('knot-routine-complete', this._complete);
  }

  private _save = (): void => {
    if (this._run) this._progress?.write(this._run);
  };

  private _resume(): void {
    const at = this._offer;
    if (at == null) return;
    this.start();
    // Where the saved session was, on this page's clock (a jump: only that step begins).
    this._jump((run) => run.sequence.jumpTo(at));
  }

  private _startOver(): void {
    this._progress?.remove();
    this._offer = null;
    this.start();
  }

  private _onVisibility = (): void => {
    // Hidden: maybe never shown again (a phone closes the tab); save where the reader is.
    if (document.visibilityState === 'hidden') this._save();
    if (this._run?.sequence.state === 'running') this._tick();
  };

  private _toggle(): void {
    const state = this._run?.sequence.state;
    if (state === 'running') this.pause();
    else if (state === 'paused') this.resume();
    else this.start();
  }

  private _onKey = (event: KeyboardEvent): void => {
    const command = this._run && keyCommand(event);
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    if (command === 'toggle') this._toggle();
    else this[command]();
  };

  /** `heading-level`, checked (2–6; anything else is 2, with a warning). */
  private _level(): number {
    const checked = checkNumber(this.headingLevel, { min: 2, max: 6, default: 2, integer: true });
    if (checked.problem) this.warn('heading-level', this.getAttribute('heading-level') ?? this.headingLevel, checked.problem);
    return checked.value;
  }

  protected override render() {
    if (this._problems.length) return problemList(this._problems);
    const routine = this._routine;
    if (!routine) {
      return this._loading
        ? html`<div part="base" class="base" aria-busy="true">${msg('Loading…', { id: 'technique-card.loading' })}</div>`
        : html`<div part="base empty" class="base empty">${msg('No routine to play yet. Set routine to a built-in routine id or to routine JSON, or src to the URL of a routine file.', { id: 'routine-player.empty' })}</div>`;
    }
    const { _run: run, _shown: shown, _steps: steps, _complete: complete } = this;
    const done = shown?.state === 'done';
    // Between two steps, the card shows the step coming up: time to read it and get ready.
    const next = shown?.between ? steps[shown.step + 1] : undefined;
    const step = next ?? (shown && !done ? steps[shown.step] : undefined);
    return html`
      <div part="base" class="base" tabindex="-1">
        ${header(routine, this._total, shown?.percent ?? 0, this._level())}
        ${this._offer != null && !run ? resumePrompt(this._resume, this._startOver) : nothing}
        ${stepList(steps, shown)}
        ${done && complete ? finish(complete, this.start) : nothing}
        ${!run && this._offer == null
          ? html`<button type="button" class="primary start" @click=${this.start}>${msg('Start the routine', { id: 'routine-player.start' })}</button>`
          : nothing}
        ${run && step
          ? [next && shown ? nextUp(next, shown.countdown) : nothing, currentStep(step, Boolean(next), this._cues(), this._level() + 1, controls(shown?.state === 'running', this.previous, this._toggle, this.next))]
          : nothing}
        <div class="sr" role="status">${next ? nextUpText(next) : done && complete ? summaryText(complete) : step && shown?.step === this._saidStep ? stepNowText(shown.step, steps.length, step) : ''}</div>
      </div>
    `;
  }
}
