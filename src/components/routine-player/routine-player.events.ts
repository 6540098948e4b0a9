import type { RoutineStep } from '../../core/routine-format.js';

/** `knot-step`: a step began. */
export interface KnotStepDetail {
  /** From 0. */
  index: number;
  step: RoutineStep;
}

/** `knot-routine-complete`: the routine ended. */
export interface KnotRoutineCompleteDetail {
  routineId: string;
  /** Time actually spent, ms (pauses and skipped parts excluded). */
  durationMs: number;
  /** Steps done to their end (those left early by Next are not). */
  stepsDone: number;
  /** Steps left before their end by Next (or a step picked further on). */
  stepsSkipped: number;
}
