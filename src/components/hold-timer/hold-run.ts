import type { Clock, Scheduler } from '../../core/clock.js';
import { msg, str } from '../../i18n/msg.js';
import { HoldSequence, strokeDue, type HoldConfig, type Phase, type Side, type Snapshot, type TimerState } from '../../core/hold-sequence.js';
import { momentOf, type CueKind } from '../../core/cues.js';
import { CuePlayer } from './cue-player.js';
import { ScreenWakeLock } from './wake-lock.js';

/** What a run needs from its `<knot-hold-timer>`. */
export interface RunHost extends HTMLElement {
  /** `strokes`: paced strokes in each hold (0: a sustained hold). */
  readonly config: HoldConfig & { strokes: number };
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  readonly noWakeLock: boolean;
  readonly cueKinds: ReadonlySet<CueKind>;
  readonly muted: boolean;
  /** Created inside the user's Start gesture, or null. */
  readonly audio: AudioContext | null;
  show(snapshot: Snapshot): void;
  announce(text: string): void;
  flash(): void;
  phaseText(phase: Phase): string;
  spokenText(phase: Phase): string;
  detailText(rep: number, side: Side): string;
  timeLeftText(seconds: number): string;
}

/**
 * A running hold timer: the sequence, its frame loop, the cues and the wake lock. Loaded
 * when Start is first pressed (most readers of a post never press it), so the first paint
 * of a page carries only the idle view. The start time is taken at the press, so the
 * milliseconds the module takes to arrive are not lost.
 */
export class HoldRun {
  private sequence: HoldSequence;
  private frame = 0;
  private cues: CuePlayer;
  private wakeLock = new ScreenWakeLock();

  constructor(private readonly host: RunHost) {
    this.sequence = new HoldSequence(host.config, host.clock);
    this.cues = new CuePlayer(host);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  get state(): TimerState {
    return this.sequence.state;
  }

  snapshot(): Snapshot {
    return this.sequence.snapshot();
  }

  /** The hold phase's name when it is paced strokes ("Stroke 3 of 12"); empty for a plain hold. */
  holdText(): string {
    const n = this.host.config.strokes;
    return n ? msg(str`Stroke ${strokeDue(this.snapshot().remainingMs, this.host.config.holdMs, n)} of ${n}`) : '';
  }

  start(at: number): void {
    const state = this.state;
    if (state === 'paused') return this.resume();
    if (state === 'running') return;
    // From idle or done: a fresh plan from the current settings.
    this.sequence = new HoldSequence(this.host.config, this.host.clock);
    this.sequence.start(at);
    this.emit('knot-start');
    this.tick();
  }

  pause(): void {
    if (this.state !== 'running') return;
    this.sequence.pause();
    this.emit('knot-pause');
    this.tick();
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.sequence.resume();
    this.emit('knot-resume');
    this.tick();
  }

  reset(): void {
    if (this.state === 'idle') return;
    this.sequence.reset();
    this.emit('knot-reset');
    this.tick();
  }

  skip(): void {
    this.sequence.skip();
    this.tick();
  }

  /** The element came back into the page: pick the loop up again. */
  connect(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.state === 'running') this.tick();
  }

  /** The element left the page: nothing keeps running. */
  disconnect(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.cancelFrame();
    this.wakeLock.want(false);
    this.cues.stop();
  }

  /** Looks at the clock: fires what happened since the last look, updates the view. */
  tick = (): void => {
    this.cancelFrame();
    const host = this.host;
    const { snapshot, transitions, marks } = this.sequence.look();
    for (const t of transitions) {
      const { phase, rep, side, late } = t;
      this.emit('knot-phase', { phase, rep, side, late });
      if (late) continue; // a cue minutes late would mislead
      this.cues.play(momentOf(t), host.spokenText(phase));
      host.announce([host.phaseText(phase), phase === 'done' ? '' : host.detailText(rep, side)].filter(Boolean).join(', '));
      host.flash();
    }
    for (const mark of marks) {
      if (mark.late) continue;
      const moment = momentOf(mark);
      const text = moment === 'ten-left' ? host.timeLeftText(mark.secondsLeft) : null;
      if (text) host.announce(text);
      this.cues.play(moment, text);
    }
    host.show(snapshot);
    this.wakeLock.want(snapshot.state === 'running' && !host.noWakeLock);
    if (snapshot.state === 'running') this.frame = host.scheduler.request(this.tick);
    if (transitions.some((t) => t.phase === 'done')) this.emit('knot-complete', this.sequence.summary());
  };

  private cancelFrame(): void {
    if (this.frame) this.host.scheduler.cancel(this.frame);
    this.frame = 0;
  }

  private onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.wakeLock.refresh();
    // Catch up at once: missed phases fire in order, marked late.
    if (this.state === 'running') this.tick();
  };

  private emit(type: string, detail?: unknown): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
