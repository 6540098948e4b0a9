import type { Clock, Scheduler } from '../../core/clock.js';
import { msg, str } from '../../i18n/msg.js';
import { HoldSequence, strokeDue, type Phase, type Snapshot, type TimerState } from '../../core/hold-sequence.js';
import { secondsLeft } from '../../core/format.js';
import { momentOf } from '../../core/cues.js';
import type { DetailOf } from '../../internal/knot-element.js';
import { CuePlayer, type CueSettings } from './cue-player.js';
import { ScreenWakeLock } from './wake-lock.js';
import type * as texts from './hold-texts.js';
import type { TimerConfig } from './hold-config.js';

/** The settings a run reads from its `<knot-hold-timer>` (and its shadow root, for the flash). */
export interface RunSettings extends CueSettings {
  readonly config: TimerConfig;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  readonly noWakeLock: boolean;
  readonly renderRoot: ParentNode;
  readonly reducedMotion?: MediaQueryList;
  /** A timer off the page never starts: nothing would stop its loop, wake lock and listener. */
  readonly isConnected: boolean;
}

/** How a run shows itself, handed over by the timer: none of it is the element's API. */
export interface RunView {
  /** Renders a moment of the run; says `said` through the polite status region when given. */
  show(snapshot: Snapshot, said?: string): void;
  /** Sends one of the timer's events from the element. */
  emit<K extends keyof HTMLElementEventMap>(type: K, detail?: DetailOf<K>): void;
  /** The timer's words its idle view needs too (hold-texts.ts): handed over, not imported, so they ship in the timer's file only. */
  texts: typeof texts;
}

/** A visual cue at phase changes, for noisy rooms, ms. */
const FLASH_MS = 600;

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

  constructor(
    private readonly host: RunSettings,
    private readonly view: RunView,
  ) {
    this.sequence = new HoldSequence(host.config, host.clock);
    this.cues = new CuePlayer(host);
  }

  get state(): TimerState {
    return this.sequence.state;
  }

  snapshot(): Snapshot {
    return this.sequence.snapshot();
  }

  /** The hold phase's name when it is paced strokes ("Stroke 3 of 12"); empty for a plain hold. */
  holdText(): string {
    const { strokes, holdMs } = this.host.config;
    return strokes ? msg(str`Stroke ${strokeDue(this.snapshot().remainingMs, holdMs, strokes)} of ${strokes}`) : '';
  }

  start(at: number): void {
    const state = this.state;
    // Removed while its code loaded (or before): a start now would run detached until the hold ends.
    if (!this.host.isConnected) return;
    document.addEventListener('visibilitychange', this.onVisibility);
    if (state === 'paused') return this.resume();
    if (state === 'running') return;
    // From idle or done: a fresh plan from the current settings.
    this.sequence = new HoldSequence(this.host.config, this.host.clock);
    this.sequence.start(at);
    this.view.emit('knot-start');
    this.tick();
  }

  pause(): void {
    if (this.state !== 'running') return;
    this.sequence.pause();
    this.view.emit('knot-pause');
    this.tick();
  }

  resume(): void {
    if (this.state !== 'paused' || !this.host.isConnected) return;
    this.sequence.resume();
    this.view.emit('knot-resume');
    this.tick();
  }

  reset(): void {
    if (this.state === 'idle') return;
    this.sequence.reset();
    this.view.emit('knot-reset');
    this.tick(''); // and clears the status region
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
  tick = (said?: string): void => {
    this.cancelFrame();
    const { host, view } = this;
    const { detailText, timeLeftText } = view.texts;
    const { snapshot, transitions, marks } = this.sequence.look();
    for (const t of transitions) {
      const { phase, rep, side, late } = t;
      view.emit('knot-phase', { phase, rep, side, late });
      if (late) continue; // a cue minutes late would mislead
      const name = this.phaseText(phase);
      this.cues.play(momentOf(t), phase === 'done' ? msg('All done') : name);
      said = [name, phase === 'done' ? '' : detailText(rep, side, host.config.reps)].filter(Boolean).join(', ');
      this.flash();
    }
    for (const mark of marks) {
      if (mark.late) continue;
      const moment = momentOf(mark);
      const text = moment === 'ten-left' ? timeLeftText(mark.secondsLeft) : null;
      if (text) said = text;
      this.cues.play(moment, text);
    }
    view.show(snapshot, said);
    this.drawRing(snapshot);
    // Off the page (a skip after removal), nothing loops or keeps the screen on.
    const live = snapshot.state === 'running' && host.isConnected;
    this.wakeLock.want(live && !host.noWakeLock);
    if (live) this.frame = host.scheduler.request(this.tick);
    if (transitions.some((t) => t.phase === 'done')) view.emit('knot-complete', this.sequence.summary());
  };

  /** The phase's name, shown and said ("Stroke 3 of 12" for a paced hold). */
  phaseText(phase: Phase): string {
    switch (phase) {
      case 'prepare':
        return msg('Get ready');
      case 'hold':
        return this.holdText() || msg('Hold');
      case 'switch':
        return msg('Switch sides');
      case 'rest':
        return msg('Release and rest');
      case 'done':
        return msg('Done');
    }
  }

  /** The ring, every frame (under reduced motion, in whole seconds with the text). */
  private drawRing({ remainingMs, phaseMs }: Snapshot): void {
    const remaining = this.host.reducedMotion?.matches ? secondsLeft(remainingMs) * 1000 : remainingMs;
    const fraction = phaseMs > 0 ? Math.min(1, remaining / phaseMs) : 0;
    this.host.renderRoot.querySelector('.indicator')?.setAttribute('stroke-dashoffset', (100 - fraction * 100).toFixed(2));
  }

  /** A visual cue at phase changes, for noisy rooms (not under reduced motion). */
  private flash(): void {
    if (!this.host.reducedMotion?.matches) this.host.renderRoot.querySelector('.ring')?.animate?.([{ opacity: 1 }, { opacity: 0.35 }, { opacity: 1 }], FLASH_MS);
  }

  private cancelFrame(): void {
    if (this.frame) this.host.scheduler.cancel(this.frame);
    this.frame = 0;
  }

  private onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.wakeLock.refresh();
    // Catch up at once: missed phases fire in order, marked late.
    if (this.state === 'running') this.tick();
  };

}
