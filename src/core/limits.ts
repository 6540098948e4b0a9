/**
 * The accepted ranges of the hold timer's settings, in seconds, with their sources.
 * One place, so the element, its warnings, its docs and its tests agree.
 */

export interface Range {
  readonly min: number;
  readonly max: number;
  readonly default: number;
  /** Whole numbers only (reps). */
  readonly integer?: boolean;
}

/**
 * Hold length, the timer's default and range. Neither reference sets a fixed time:
 * Travell & Simons (Trigger Point Manual, vol. 1, 2nd ed., ch. 3) hold trigger-point pressure
 * release until the tissue softens, and Davies (Trigger Point Therapy Workbook, 3rd ed.,
 * ch. 3) teaches short, repeated strokes, not holds. The catalog gives each technique the
 * dose its source teaches (src/data/types.ts, `Dose`). 60 s is our default cap for a
 * release; 5–600 s leaves room for a stretch's 15–30 s and for paced strokes.
 */
export const HOLD_SECONDS: Range = { min: 5, max: 600, default: 60 };
/** Time to get the ball or fingers in place before the hold counts. */
export const PREPARE_SECONDS: Range = { min: 0, max: 60, default: 5 };
/** Paced strokes in a hold (Davies: about 6–12 per trigger point); 0 for a sustained hold. */
export const STROKES: Range = { min: 0, max: 30, default: 0, integer: true };
/** Repetitions of the hold. */
export const REPS: Range = { min: 1, max: 20, default: 1, integer: true };
/** Release between reps, letting blood flow back into the tissue. */
export const REST_SECONDS: Range = { min: 0, max: 300, default: 15 };
/** The pause for moving the ball to the other side when `sides` is `both`. */
export const SWITCH_SECONDS: Range = { min: 0, max: 60, default: 5 };

/** A spoken/announced "10 seconds left" only for holds long enough for it to help. */
export const TEN_SECONDS_LEFT_MS = 10_000;
export const TEN_SECONDS_LEFT_MIN_HOLD_MS = 20_000;
/** Beeps 3, 2, 1 s before a hold ends. */
export const COUNTDOWN_SECONDS = [3, 2, 1] as const;
/**
 * A transition or cue noticed more than this long after it was due is "late": a hidden
 * tab caught up. A late cue is reported but not played (a beep 5 minutes late misleads).
 */
export const LATE_AFTER_MS = 1_000;

/** Which side is held: not sided, one side, or left then right. */
export const SIDES = ['none', 'left', 'right', 'both'] as const;
export type Sides = (typeof SIDES)[number];

/** Cue channels a timer can use. */
export const CUE_KINDS = ['beep', 'voice', 'vibrate'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

/**
 * The routine file format's version and size limit, apart from its schema (routine-format.ts),
 * so a page playing a built-in routine never loads the validator.
 */
export const ROUTINE_FORMAT = 1;
export const MAX_STEPS = 50;
