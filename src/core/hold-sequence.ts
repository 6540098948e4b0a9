import type { Clock } from './clock.js';
import { COUNTDOWN_SECONDS, LATE_AFTER_MS, TEN_SECONDS_LEFT_MIN_HOLD_MS, TEN_SECONDS_LEFT_MS } from './limits.js';

/**
 * The hold sequence: a plan of timed segments (prepare → hold → switch → hold → rest → …)
 * and a run (start, pauses, skips). Everything the timer shows is computed from the plan,
 * the run and `now`: remaining time is always `end − now`, never a count of ticks, so a
 * throttled or hidden tab is exactly right the moment it looks again.
 */

import type { Sides } from './limits.js';

export type { Sides };
export type Phase = 'prepare' | 'hold' | 'switch' | 'rest' | 'done';
/** The person's own side being held; `null` when the hold is not sided. */
export type Side = 'left' | 'right' | null;
export type TimerState = 'idle' | 'running' | 'paused' | 'done';

export interface HoldConfig {
  /** Hold length in ms. */
  holdMs: number;
  /** Getting into position before the first hold, in ms (0 skips it). */
  prepareMs: number;
  reps: number;
  /** Release between reps, in ms (0 skips it). Never after the last rep. */
  restMs: number;
  sides: Sides;
  /** Pause between the left and the right hold when `sides` is `both`, in ms. */
  switchMs: number;
}

export interface Segment {
  index: number;
  /** In a routine: the step this segment belongs to. */
  step?: number;
  /** In a routine: the pause between two steps ("Next up"). */
  between?: boolean;
  phase: Exclude<Phase, 'done'>;
  /** 1-based repetition this segment belongs to. */
  rep: number;
  side: Side;
  /** Offsets in active time (pauses excluded) from the start of the run. */
  startMs: number;
  endMs: number;
}

export interface Transition {
  phase: Phase;
  rep: number;
  side: Side;
  /** Index of the segment entered (`segments.length` for done). */
  index: number;
  /** True when noticed more than `LATE_AFTER_MS` after it was due (a hidden tab catching up). */
  late: boolean;
}

/** A moment inside a hold worth a cue: 10 s left, and 3-2-1 before it ends. */
export interface Mark {
  secondsLeft: number;
  rep: number;
  side: Side;
  late: boolean;
}

export interface Snapshot {
  state: TimerState;
  phase: Phase;
  rep: number;
  side: Side;
  /** Time left in the current phase, ms. */
  remainingMs: number;
  /** Length of the current phase, ms. */
  phaseMs: number;
  /** Time spent running (pauses and skipped time excluded), ms. */
  elapsedMs: number;
  /** Position in the plan, ms (elapsed plus skipped time). */
  positionMs: number;
  totalMs: number;
}

export interface Look {
  snapshot: Snapshot;
  /** Phase changes since the previous look, in order, each reported once. */
  transitions: Transition[];
  /** Cue marks crossed since the previous look, in order. */
  marks: Mark[];
}

/**
 * Which of `strokes` paced strokes is due in a hold with `remainingMs` of `holdMs` left:
 * 1 at the start, `strokes` in the last stroke's time (the strokes share the hold evenly).
 */
export function strokeDue(remainingMs: number, holdMs: number, strokes: number): number {
  return Math.min(strokes, Math.max(1, 1 + Math.floor(strokes - (remainingMs * strokes) / holdMs)));
}

export function sidesOf(sides: Sides): Side[] {
  if (sides === 'both') return ['left', 'right'];
  if (sides === 'none') return [null];
  return [sides];
}

/** Lays the config out as consecutive segments. */
export function planSegments(config: HoldConfig): Segment[] {
  const segments: Segment[] = [];
  let t = 0;
  const push = (phase: Segment['phase'], rep: number, side: Side, ms: number) => {
    if (ms <= 0) return;
    segments.push({ index: segments.length, phase, rep, side, startMs: t, endMs: t + ms });
    t += ms;
  };
  const sides = sidesOf(config.sides);
  push('prepare', 1, sides[0] ?? null, config.prepareMs);
  for (let rep = 1; rep <= config.reps; rep++) {
    sides.forEach((side, i) => {
      if (i > 0) push('switch', rep, side, config.switchMs);
      push('hold', rep, side, config.holdMs);
    });
    if (rep < config.reps) push('rest', rep, sides[sides.length - 1] ?? null, config.restMs);
  }
  return segments;
}

interface Run {
  startedAt: number;
  /** Set while paused: the clock time the pause began. */
  pausedAt: number | null;
  pausedMs: number;
  skippedMs: number;
  skippedHoldMs: number;
}

/** What `knot-complete` reports. */
export interface Summary {
  reps: number;
  /** Time actually spent holding (skipped parts excluded), ms. */
  holdMs: number;
  /** Time actually spent running (pauses and skipped parts excluded), ms. */
  totalMs: number;
}

/**
 * A hold sequence driven by a clock. `look()` is the only way to learn what happened:
 * call it from a frame callback, on `visibilitychange`, or whenever; it reports each
 * transition exactly once, however long the gap.
 */
export class HoldSequence {
  readonly segments: readonly Segment[];
  readonly totalMs: number;
  private run: Run | null = null;
  /** Plan position at the previous look; -1 before the first. */
  private seenMs = -1;
  /** Plan intervals jumped over by `skip()`: cue marks inside them never sound. */
  private skipJumps: Array<[number, number]> = [];

  constructor(
    readonly config: HoldConfig,
    private readonly clock: Clock,
    /** A ready-made plan (a routine's steps laid end to end); by default the config's. */
    segments: readonly Segment[] = planSegments(config),
  ) {
    this.segments = segments;
    this.totalMs = this.segments.at(-1)?.endMs ?? 0;
  }

  get state(): TimerState {
    if (!this.run) return 'idle';
    if (this.position() >= this.totalMs) return 'done';
    return this.run.pausedAt === null ? 'running' : 'paused';
  }

  /** Starts the run; `at` backdates it to when the user asked (defaults to now). */
  start(at = this.clock.now()): void {
    if (this.run) return;
    this.run = { startedAt: at, pausedAt: null, pausedMs: 0, skippedMs: 0, skippedHoldMs: 0 };
  }

  pause(): void {
    if (this.state !== 'running' || !this.run) return;
    this.run.pausedAt = this.clock.now();
  }

  resume(): void {
    if (this.state !== 'paused' || !this.run || this.run.pausedAt === null) return;
    this.run.pausedMs += this.clock.now() - this.run.pausedAt;
    this.run.pausedAt = null;
  }

  /** Ends the current phase now; the next one starts in full. */
  skip(): void {
    const state = this.state;
    if (!this.run || (state !== 'running' && state !== 'paused')) return;
    const position = this.position();
    const segment = this.segmentAt(position);
    if (!segment) return;
    const skipped = segment.endMs - position;
    this.run.skippedMs += skipped;
    this.skipJumps.push([position, segment.endMs]);
    if (segment.phase === 'hold') this.run.skippedHoldMs += skipped;
  }

  /**
   * Moves to a point of the plan (a routine's Previous / Next / jump to a step), running or
   * paused as before; only the phase entered there is reported, not the ones passed over.
   */
  jumpTo(positionMs: number): void {
    if (!this.run) return;
    const target = Math.min(this.totalMs, Math.max(0, positionMs));
    const position = this.position();
    this.run.skippedMs += target - position;
    if (target > position) this.skipJumps.push([position, target]);
    this.seenMs = target - 0.001;
  }

  reset(): void {
    this.run = null;
    this.seenMs = -1;
    this.skipJumps = [];
  }

  /** The state now, without consuming transitions. */
  snapshot(): Snapshot {
    const state = this.state;
    const position = this.position();
    const segment = this.segmentAt(position);
    const elapsedMs = this.run ? position - this.run.skippedMs : 0;
    if (!segment) {
      const last = this.segments.at(-1);
      return { state, phase: 'done', rep: this.config.reps, side: last?.side ?? null, remainingMs: 0, phaseMs: 0, elapsedMs, positionMs: position, totalMs: this.totalMs };
    }
    return {
      state,
      phase: segment.phase,
      rep: segment.rep,
      side: segment.side,
      remainingMs: segment.endMs - position,
      phaseMs: segment.endMs - segment.startMs,
      elapsedMs,
      positionMs: position,
      totalMs: this.totalMs,
    };
  }

  /** The state now, and every transition and cue mark since the previous look. */
  look(): Look {
    const snapshot = this.snapshot();
    if (!this.run) return { snapshot, transitions: [], marks: [] };
    const position = snapshot.positionMs;
    const from = this.seenMs;
    const transitions: Transition[] = [];
    for (const s of this.segments) {
      if (s.startMs > from && s.startMs <= position) {
        transitions.push({ phase: s.phase, rep: s.rep, side: s.side, index: s.index, late: position - s.startMs > LATE_AFTER_MS });
      }
    }
    if (this.totalMs > from && this.totalMs <= position) {
      const last = this.segments.at(-1);
      transitions.push({ phase: 'done', rep: this.config.reps, side: last?.side ?? null, index: this.segments.length, late: position - this.totalMs > LATE_AFTER_MS });
    }
    const marks: Mark[] = [];
    for (const s of this.segments) {
      if (s.phase !== 'hold') continue;
      const length = s.endMs - s.startMs;
      const seconds = [...(length >= TEN_SECONDS_LEFT_MIN_HOLD_MS ? [TEN_SECONDS_LEFT_MS / 1000] : []), ...COUNTDOWN_SECONDS];
      for (const secondsLeft of seconds) {
        const at = s.endMs - secondsLeft * 1000;
        // A mark is crossed by time passing, not by a skip jumping over it.
        if (at > from && at <= position && at > s.startMs && !this.skippedOver(at, from)) {
          marks.push({ secondsLeft, rep: s.rep, side: s.side, late: position - at > LATE_AFTER_MS });
        }
      }
    }
    this.seenMs = position;
    return { snapshot, transitions, marks };
  }

  /** What `knot-complete` reports; meaningful once done. */
  summary(): Summary {
    const plannedHold = this.segments.filter((s) => s.phase === 'hold').reduce((sum, s) => sum + s.endMs - s.startMs, 0);
    const skippedHold = this.run?.skippedHoldMs ?? 0;
    const skipped = this.run?.skippedMs ?? 0;
    return { reps: this.config.reps, holdMs: plannedHold - skippedHold, totalMs: Math.min(this.position(), this.totalMs) - skipped };
  }

  private skippedOver(at: number, from: number): boolean {
    return this.skipJumps.some(([a, b]) => at > a && at <= b && b > from);
  }

  private position(): number {
    const run = this.run;
    if (!run) return 0;
    const now = run.pausedAt ?? this.clock.now();
    return Math.min(this.totalMs, Math.max(0, now - run.startedAt - run.pausedMs + run.skippedMs));
  }

  private segmentAt(position: number): Segment | undefined {
    return this.segments.find((s) => position >= s.startMs && position < s.endMs);
  }
}
