import type { Clock } from './clock.js';
import { HoldSequence, planSegments, type HoldConfig, type Segment, type Snapshot, type TimerState } from './hold-sequence.js';
import { secondsLeft } from './format.js';
import { HOLD_SECONDS, PREPARE_SECONDS, REST_SECONDS, SWITCH_SECONDS } from './limits.js';
import type { Sides } from './limits.js';
import type { RoutineStep } from './routine-format.js';
import { STROKE_SECONDS, type Dose } from '../data/types.js';

/**
 * A routine run: every step's hold plan laid end to end, with a "Next up" pause between
 * steps, driven as one hold sequence. So the whole routine has one clock: it ends at exactly
 * its total time, pauses shift everything after them, a hidden tab catches up across steps,
 * and Previous / Next are jumps in the plan. DOM-free; the clock is injected.
 */

/** What a step needs to run, its dose already resolved (technique defaults, then overrides). */
export interface StepDose {
  holdSeconds: number;
  /** Paced strokes instead of a static hold (0: a hold), from a `strokes` technique dose. */
  strokes: number;
  reps: number;
  sides: Sides;
  restSeconds: number;
  prepareSeconds: number;
}

/** Release between reps inside a routine: shorter than a standalone timer's. */
export const ROUTINE_REST_SECONDS = 10;

/**
 * A step's dose: what the routine says, else the technique's dose (`each` side → both
 * sides, `one` → the sore side, unsided), else the timer's defaults. A stroke technique
 * stays strokes (its count follows the step's time at `STROKE_SECONDS` each).
 */
export function stepDose(step: RoutineStep, technique?: Dose): StepDose {
  const holdSeconds = step.hold ?? technique?.holdSeconds ?? HOLD_SECONDS.default;
  // A stroke technique keeps its pace when a routine shortens or lengthens its time.
  const strokes = technique?.kind === 'strokes' && technique.strokes ? (step.hold == null ? technique.strokes : Math.max(1, Math.round(holdSeconds / STROKE_SECONDS))) : 0;
  return {
    holdSeconds,
    strokes,
    reps: step.reps ?? technique?.reps ?? 1,
    sides: step.sides ?? (technique?.sides === 'each' ? 'both' : 'none'),
    restSeconds: step.rest ?? ROUTINE_REST_SECONDS,
    prepareSeconds: step.prepare ?? PREPARE_SECONDS.default,
  };
}

/** The pause between two steps, to read the next one and get into position. */
export const BETWEEN_STEPS_SECONDS = REST_SECONDS.default;

export function stepConfig(dose: StepDose): HoldConfig {
  return {
    holdMs: dose.holdSeconds * 1000,
    prepareMs: dose.prepareSeconds * 1000,
    reps: dose.reps,
    restMs: dose.restSeconds * 1000,
    sides: dose.sides,
    switchMs: SWITCH_SECONDS.default * 1000,
  };
}

export interface RoutinePlan {
  segments: Segment[];
  /** Where each step starts in the plan, ms. */
  stepStarts: number[];
  totalMs: number;
}

/** Lays the steps end to end; between two steps, a `between` rest. */
export function planRoutine(doses: readonly StepDose[]): RoutinePlan {
  const segments: Segment[] = [];
  const stepStarts: number[] = [];
  let offset = 0;
  doses.forEach((dose, step) => {
    stepStarts.push(offset);
    for (const s of planSegments(stepConfig(dose))) {
      segments.push({ ...s, index: segments.length, step, startMs: s.startMs + offset, endMs: s.endMs + offset });
    }
    offset = segments.at(-1)?.endMs ?? offset;
    if (step < doses.length - 1) {
      const ms = BETWEEN_STEPS_SECONDS * 1000;
      segments.push({ index: segments.length, step, between: true, phase: 'rest', rep: dose.reps, side: null, startMs: offset, endMs: offset + ms });
      offset += ms;
    }
  });
  return { segments, stepStarts, totalMs: offset };
}

export interface RoutineSnapshot extends Snapshot {
  /** The step being done (during a `between` pause: the one just finished). */
  step: number;
  /** True during the pause between two steps. */
  between: boolean;
  /** Time left in the whole routine, ms. */
  routineRemainingMs: number;
  /** Time left in the current step (its holds and rests), ms. */
  stepRemainingMs: number;
}

/** What a player shows of a moment: it renders again only when this changes, not every frame. */
export interface RoutineShown {
  state: TimerState;
  step: number;
  between: boolean;
  /** How far into the whole routine, 0–100. */
  percent: number;
  /** Whole seconds left in the pause between two steps (0 outside one). */
  countdown: number;
}

export function routineShown(snapshot: RoutineSnapshot, totalMs: number): RoutineShown {
  const { state, step, between, positionMs, remainingMs } = snapshot;
  return { state, step, between, percent: Math.round((positionMs / totalMs) * 100), countdown: between ? secondsLeft(remainingMs) : 0 };
}

/** Whether two moments look the same on screen. */
export function sameShown(a: RoutineShown | null, b: RoutineShown): boolean {
  return JSON.stringify(a) === JSON.stringify(b); // one shape, made by routineShown
}

export class RoutineRun {
  readonly plan: RoutinePlan;
  readonly sequence: HoldSequence;

  constructor(
    readonly doses: readonly StepDose[],
    clock: Clock,
  ) {
    this.plan = planRoutine(doses);
    // The config is a stand-in for summaries; the plan is the routine's.
    const last = doses.at(-1);
    this.sequence = new HoldSequence(
      { holdMs: HOLD_SECONDS.default * 1000, prepareMs: PREPARE_SECONDS.default * 1000, reps: last?.reps ?? 1, restMs: 0, sides: 'none', switchMs: 0 },
      clock,
      this.plan.segments,
    );
  }

  snapshot(): RoutineSnapshot {
    const snapshot = this.sequence.snapshot();
    const position = snapshot.positionMs;
    const segment = this.plan.segments.find((s) => position >= s.startMs && position < s.endMs) ?? this.plan.segments.at(-1);
    const step = segment?.step ?? 0;
    const stepEnd = this.plan.segments.filter((s) => s.step === step && !s.between).at(-1)?.endMs ?? position;
    return {
      ...snapshot,
      step,
      between: Boolean(segment?.between) && snapshot.state !== 'done',
      routineRemainingMs: this.plan.totalMs - position,
      stepRemainingMs: Math.max(0, stepEnd - position),
    };
  }

  /** The steps left before their end by Next or Go to (a step gone back to is to do again). */
  readonly skipped = new Set<number>();

  /** Goes to the start of step `index` (clamped), running or paused as before. */
  goTo(index: number): void {
    const i = Math.min(this.doses.length - 1, Math.max(0, index));
    this.jumpTo(this.plan.stepStarts[i] ?? 0);
  }

  next(): void {
    const { step, between } = this.snapshot();
    if (step >= this.doses.length - 1 && !between) this.jumpTo(this.plan.totalMs);
    else this.goTo(step + 1);
  }

  /** A jump in the plan: forward, it skips what it passes of unfinished steps; back, those steps are to do again. */
  private jumpTo(to: number): void {
    const from = this.sequence.snapshot().positionMs;
    this.plan.stepStarts.forEach((start, i) => {
      const end = this.plan.segments.filter((s) => s.step === i && !s.between).at(-1)?.endMs ?? start;
      if (to > from && start < to && end > from) this.skipped.add(i);
      if (to < from && end > to) this.skipped.delete(i);
    });
    this.sequence.jumpTo(to);
  }

  /** To the start of this step, or of the one before when already near its start. */
  previous(): void {
    const { step, between, positionMs } = this.snapshot();
    const start = this.plan.stepStarts[step] ?? 0;
    this.goTo(!between && positionMs - start < 3_000 ? step - 1 : step);
  }
}

/** Which steps began since the view last showed step `shown`. */
export interface StepChange {
  /** Steps crossed without being shown (a hidden tab), in order: each still "began". */
  passed: number[];
  /** The step to show now, when it changed (not during a pause between steps or at the end). */
  enter: number | null;
  /** The step the view counts as shown afterwards. */
  shown: number;
}

/**
 * Time passing can cross whole steps, and each still begins, in order; a jump (Next,
 * Previous, resume) begins only the step it lands on.
 */
export function stepChange(shown: number, snapshot: RoutineSnapshot, stepCount: number, jumped: boolean): StepChange {
  const done = snapshot.state === 'done';
  const begun = done ? stepCount - 1 : snapshot.step;
  const enter = !snapshot.between && !done && snapshot.step !== shown ? snapshot.step : null;
  const passed: number[] = [];
  if (!jumped) for (let i = shown + 1; i < (enter === null ? begun + 1 : begun); i++) passed.push(i);
  return { passed, enter, shown: enter ?? Math.max(shown, begun) };
}
