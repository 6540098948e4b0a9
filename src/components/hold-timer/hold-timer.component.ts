import { html, isServer, nothing, type PropertyValues } from 'lit';
import { msg } from '../../i18n/msg.js';
import { performanceClock, type Clock, type Scheduler } from '../../core/clock.js';
import type { Phase, Side, Sides, TimerState } from '../../core/hold-sequence.js';
import { CUE_KINDS, HOLD_SECONDS, PREPARE_SECONDS, REPS, REST_SECONDS, SWITCH_SECONDS, type CueKind } from '../../core/limits.js';
import { checkTokens } from '../../core/validate.js';
import { formatClock, secondsLeft } from '../../core/format.js';
import { currentLocale as getLocale } from '../../i18n/current.js';
import { KnotElement } from '../../internal/knot-element.js';
import { frameScheduler } from '../../internal/frame.js';
import type { HoldRun } from './hold-run.js';
import { detailText, timeLeftText } from './hold-texts.js';
import { idleMoment, readConfig, type Shown, type TimerConfig } from './hold-config.js';
import { ICONS, icon } from './hold-timer.icons.js';
import { closeAudio, unlockAudio } from './audio-unlock.js';
import { styles } from './hold-timer.styles.js';

export interface KnotPhaseDetail {
  phase: Phase;
  rep: number;
  side: Side;
  /** True when the change was noticed late (the tab was hidden) and its cue was not played. */
  late: boolean;
}

export interface KnotCompleteDetail {
  reps: number;
  /** Time actually spent holding, ms (skipped parts excluded). */
  holdMs: number;
  /** Time actually spent running, ms (pauses and skipped parts excluded). */
  totalMs: number;
}

const RING_RADIUS = 45;

/**
 * A sustained-pressure timer for one trigger point: get ready, hold (or a paced count of
 * strokes), (switch sides,)
 * release and rest, for a number of reps, with sound, voice and vibration cues, and the
 * screen kept awake while it runs. Time is measured from a clock, never counted, so a
 * hidden tab is right again the moment it is shown. Keyboard: Space or Enter on the dial
 * starts and pauses it. With the global `autofocus` attribute, its main button takes the
 * focus when it appears (a card puts it in place of its own Start button).
 *
 * @summary Sustained-pressure timer: prepare, hold, switch sides, rest, reps, cues.
 * @tagname knot-hold-timer
 *
 * @csspart base - The wrapper around everything.
 * @csspart label - What is being held (the `label`).
 * @csspart dial - The ring with the time inside; the `role="timer"` element.
 * @csspart ring - The SVG progress ring.
 * @csspart track - The ring's background circle.
 * @csspart indicator - The ring's arc for the time left in the phase.
 * @csspart time - The time left, as m:ss.
 * @csspart phase - The phase name (Get ready, Hold, Switch sides, Release and rest, Done).
 * @csspart detail - "Rep 2 of 3 · left side", when there are reps or sides.
 * @csspart controls - The button group.
 * @csspart button - Every button.
 * @csspart primary - The Start / Pause / Resume button.
 *
 * @cssprop [--size=12rem] - Diameter of the ring (4rem in `compact`).
 * @cssprop [--track-width=6] - Ring thickness, in SVG units of a 100-unit box.
 * @cssprop [--track-color=var(--knot-color-track, #e5e7eb)] - Ring background.
 * @cssprop [--indicator-color=var(--knot-color-accent, #0f766e)] - Ring arc while holding.
 * @cssprop [--prepare-color=var(--knot-color-prepare, #b45309)] - Ring arc while getting ready.
 * @cssprop [--switch-color=var(--knot-color-switch, #a21caf)] - Ring arc while switching sides.
 * @cssprop [--rest-color=var(--knot-color-rest, #4338ca)] - Ring arc while resting.
 *
 * @fires {CustomEvent<void>} knot-start - The timer started (Start pressed or `autostart`).
 * @fires {CustomEvent<void>} knot-pause - The timer paused.
 * @fires {CustomEvent<void>} knot-resume - The timer resumed.
 * @fires {CustomEvent<KnotPhaseDetail>} knot-phase - A phase began: `{phase, rep, side, late}`. After a hidden tab, every missed phase fires in order with `late: true`.
 * @fires {CustomEvent<KnotCompleteDetail>} knot-complete - The last hold ended: `{reps, holdMs, totalMs}`.
 * @fires {CustomEvent<void>} knot-reset - The timer went back to the start.
 */
export class KnotHoldTimer extends KnotElement {
  static override styles = styles;

  // Declared without decorators: the decorator helpers cost more bytes than the element.
  static override properties = {
    duration: { type: Number },
    strokes: { type: Number },
    prepare: { type: Number },
    reps: { type: Number },
    rest: { type: Number },
    sides: {},
    switchDuration: { type: Number, attribute: 'switch-duration' },
    label: {},
    autostart: { type: Boolean },
    cues: {},
    noWakeLock: { type: Boolean, attribute: 'no-wake-lock' },
    compact: { type: Boolean, reflect: true },
  };

  /** Hold length in seconds, 5–600. */
  duration = HOLD_SECONDS.default;

  /**
   * Short, slow strokes instead of a static hold (Davies' method): the hold's `duration` is
   * paced into this many strokes, shown as "Stroke 3 of 12". 0 (default): a sustained hold.
   */
  strokes = 0;

  /** Seconds to get into position before the first hold, 0–60. */
  prepare = PREPARE_SECONDS.default;

  /** Number of holds, 1–20. */
  reps = REPS.default;

  /** Seconds of release between reps, 0–300. */
  rest = REST_SECONDS.default;

  /** Which side is held: `none`, `left`, `right`, or `both` (left, a switch pause, then right). The person's own side. */
  sides: Sides = 'none';

  /** Seconds to move to the other side when `sides` is `both`, 0–60. */
  switchDuration = SWITCH_SECONDS.default;

  /** What is being held, e.g. "Upper trapezius". Shown above the ring and in the timer's accessible name. */
  label = '';

  /** Start as soon as the element is on the page (sound cues then wait for a tap: browsers block audio without one). */
  autostart = false;

  /** Space-separated cues: any of `beep`, `voice`, `vibrate`; empty for none. */
  cues = 'beep';

  /** Do not keep the screen awake while running. */
  noWakeLock = false;

  /** A small single-row layout for use inside cards and lists. */
  compact = false;

  /** The time source (tests inject a manual clock); read when the timer starts. */
  clock: Clock = performanceClock;

  /** When the timer looks at the clock (tests inject a manual scheduler). */
  scheduler: Scheduler = frameScheduler;

  private _state: TimerState = 'idle';
  private _phase: Phase = 'prepare';
  private _rep = 1;
  private _side: Side = null;
  private _seconds = HOLD_SECONDS.default;
  private _announcement = '';
  /** The running machinery, loaded on the first start. */
  private _run?: HoldRun;

  /**
   * The settings in force, checked (see `willUpdate`).
   * @internal
   */
  config: TimerConfig = readConfig(this);
  /** Which cues are on. @internal */
  cueKinds = new Set<CueKind>(['beep']);
  /** Created inside the Start gesture when beeps are on. @internal */
  audio: AudioContext | null = null;
  /** The mute toggle's state. @internal */
  muted = false;
  /** Under reduced motion the ring moves in whole seconds and phase changes do not flash. @internal */
  reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');

  constructor() {
    super();
    this.addEventListener('pointerdown', this._unlockAudio);
    this.addEventListener('keydown', this._unlockAudio);
  }

  /** `idle`, `running`, `paused` or `done`. */
  get state(): TimerState {
    return this._run?.state ?? 'idle';
  }

  /** The current phase (when idle: the phase it will start with). */
  get phase(): Phase {
    return this._snapshot().phase;
  }

  /** The current rep, from 1. */
  get rep(): number {
    return this._snapshot().rep;
  }

  /** The side being held now (`left`, `right`), or `null` when not sided. */
  get side(): Side {
    return this._snapshot().side;
  }

  /** Time left in the current phase, in ms (when idle: the hold length). */
  get remaining(): number {
    return this._snapshot().remainingMs;
  }

  /**
   * Starts from the beginning (from `done`, starts again; from `paused`, resumes). The
   * running machinery loads on the first start; the start time is taken now.
   */
  start(): void {
    const at = this.clock.now();
    this._unlockAudio();
    this.work.pending = import('./hold-run.js').then(({ HoldRun }) =>
      (this._run ??= new HoldRun(this, {
        show: (snapshot, said) => this._show(snapshot, said),
        emit: (type, detail) => this.emit(type, detail),
        texts: { detailText, timeLeftText },
      })).start(at),
    );
  }

  pause(): void {
    this._run?.pause();
  }

  resume(): void {
    this._unlockAudio();
    this._run?.resume();
  }

  /** Back to the start, idle. */
  reset(): void {
    this._run?.reset();
  }

  /** Ends the current phase now. */
  skip(): void {
    this._run?.skip();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._run?.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._run?.disconnect();
    this.audio = closeAudio(this.audio);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.size) {
      // Any setting: reading them all is cheap, and warnings are once per value. A running
      // timer keeps its plan; new settings apply from the next start.
      this.config = readConfig(this, (attribute, value, problem) => this.warn(attribute, value, problem));
      if (this.state === 'idle') this._show(this._snapshot());
    }
    if (changed.has('cues')) {
      const cues = checkTokens<CueKind>(this.cues, CUE_KINDS);
      if (cues.problem) this.warn('cues', this.cues, cues.problem);
      this.cueKinds = new Set(cues.value);
    }
    // Not on a server: nothing runs there (the browser starts it once the element is live).
    if (!this.hasUpdated && this.autostart && !isServer) this.start();
  }

  protected override firstUpdated(): void {
    // Shown in place of what started it (a card's Start): focus goes on to the main button.
    if (this.autofocus) this.renderRoot.querySelector<HTMLElement>('.primary')?.focus();
  }

  protected override updated(): void {
    this.setAttribute('state', this._state);
    this.setAttribute('phase', this._phase);
    // A button that just lost its use (Reset once idle, Skip once done) hands focus on to
    // the main one, instead of dropping it to the page.
    if ((this.shadowRoot?.activeElement as HTMLButtonElement | null)?.disabled) this.renderRoot.querySelector<HTMLElement>('.primary')?.focus();
  }

  /**
   * Renders a moment of the run (text at most once a second; the run draws the ring every
   * frame), and says `said` through the polite status region.
   */
  private _show(snapshot: Shown, said?: string): void {
    const seconds = secondsLeft(snapshot.remainingMs);
    const { state, phase, rep, side } = snapshot;
    // Re-render only when something shown changed: the text at most once a second.
    if (said != null || state !== this._state || phase !== this._phase || rep !== this._rep || side !== this._side || seconds !== this._seconds) {
      Object.assign(this, { _state: state, _phase: phase, _rep: rep, _side: side, _seconds: seconds, _announcement: said ?? this._announcement });
      this.requestUpdate();
    }
  }

  /** Where the run is (before the first start: computed from the settings). */
  private _snapshot(): Shown {
    return this._run && this.state !== 'idle' ? this._run.snapshot() : idleMoment(this.config);
  }

  /** Every press on the timer lets the beeps' audio start (see `unlockAudio`). */
  private _unlockAudio = (): void => {
    if (this.cueKinds.has('beep') && !this.muted) this.audio = unlockAudio(this.audio);
  };

  private _toggle(): void {
    if (this.state === 'running') this.pause();
    else this.start();
  }

  private _onDialKey(event: KeyboardEvent): void {
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      this._toggle();
    }
  }

  private _onMute(): void {
    this.muted = !this.muted;
    this.requestUpdate();
    if (this.muted) this.audio = closeAudio(this.audio);
    else this._unlockAudio();
  }

  protected override render() {
    const state = this._state;
    const done = state === 'done';
    const phase = this._run && state !== 'idle' ? this._run.phaseText(this._phase) : msg('Ready');
    const detail = done ? '' : detailText(this._rep, this._side, this.config.reps);
    // Text only: a framework may hand over anything, and some objects cannot become text.
    const label = typeof this.label == 'string' ? this.label : '';
    const name = label || msg('Hold timer');
    // The dial's name changes with the phase only: a name that changed every second would be
    // read out every second on the focused dial. The time left is its content, read on demand.
    const dialLabel = `${name}, ${phase}`;
    const running = state === 'running';
    const names = [msg('Start'), msg('Pause'), msg('Resume')];
    const shown = running ? 1 : state === 'paused' ? 2 : 0;
    return html`
      <div part="base" class="base">
        ${label ? html`<div part="label" class="label">${label}</div>` : nothing}
        <div part="dial" class="dial" role="timer" tabindex="0" aria-label=${dialLabel} @keydown=${this._onDialKey}>
          <svg part="ring" class="ring" viewBox="0 0 100 100" aria-hidden="true">
            <circle part="track" cx="50" cy="50" r=${RING_RADIUS}></circle>
            <circle part="indicator" class="indicator" cx="50" cy="50" r=${RING_RADIUS} pathLength="100" stroke-dasharray="100 100" transform="rotate(-90 50 50)"></circle>
          </svg>
          <div class="readout" aria-hidden="true">
            <span part="time" class="time">${formatClock(this._seconds, getLocale())}</span>
            <span part="phase" class="phase">${phase}</span>
            ${detail ? html`<span part="detail" class="detail">${detail}</span>` : nothing}
          </div>
          <span class="sr">${done ? '' : timeLeftText(this._seconds)}</span>
        </div>
        <div part="controls" class="controls" role="group" aria-label=${msg('Timer controls')}>
          <button part="button primary" class="primary" type="button" @click=${this._toggle}>
            ${icon(running ? ICONS.pause : ICONS.play)}<span class="names">${names.map((name, i) => html`<span class=${i === shown ? '' : 'ghost'}>${name}</span>`)}</span>
          </button>
          <button part="button" type="button" aria-label=${msg('Reset')} ?disabled=${state === 'idle'} @click=${this.reset}>${icon(ICONS.reset)}</button>
          <button part="button" type="button" aria-label=${msg('Skip')} ?disabled=${!running && state !== 'paused'} @click=${this.skip}>${icon(ICONS.skip)}</button>
          ${this.cueKinds.size
            ? html`<button part="button" type="button" aria-label=${msg('Mute cues')} aria-pressed=${this.muted} @click=${this._onMute}>${icon(this.muted ? ICONS.muted : ICONS.sound)}</button>`
            : nothing}
        </div>
        <div class="sr" role="status">${this._announcement}</div>
      </div>
    `;
  }
}
