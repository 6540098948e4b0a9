import type { HoldConfig, Snapshot } from '../../core/hold-sequence.js';
import { HOLD_SECONDS, PREPARE_SECONDS, REPS, REST_SECONDS, SIDES, STROKES, SWITCH_SECONDS, type Range, type Sides } from '../../core/limits.js';
import { checkNumber, checkOneOf } from '../../core/validate.js';

/** The timer's settings, checked. `strokes`: paced strokes in each hold (0: a sustained hold). */
export type TimerConfig = HoldConfig & { strokes: number };

/** What a timer shows of a moment (before the first start, computed from its settings). */
export type Shown = Pick<Snapshot, 'state' | 'phase' | 'rep' | 'side' | 'remainingMs' | 'phaseMs'>;

/** The settings as a `<knot-hold-timer>` holds them (properties, and the attributes the author wrote). */
export interface TimerSettings {
  duration: number;
  strokes: number;
  prepare: number;
  reps: number;
  rest: number;
  sides: Sides;
  switchDuration: number;
  getAttribute(name: string): string | null;
}

type Warn = (attribute: string, value: unknown, problem: string) => void;

/** Checks every setting: a bad one falls back to the default or the nearest bound (and, with `warn`, says so). */
export function readConfig(timer: TimerSettings, warn?: Warn): TimerConfig {
  const seconds = (attribute: string, value: unknown, range: Range) => {
    const checked = checkNumber(value, range, range.integer ? '' : 'seconds');
    // Name what the author wrote (`duration="abc"`), not what the converter made of it (NaN).
    // The attribute's text when the value came from it, else the value a script set.
    const text = timer.getAttribute(attribute);
    if (checked.problem) warn?.(attribute, text !== null && (typeof value === 'number' ? Object.is(Number(text), value) : text === value) ? text : value, checked.problem);
    return checked.value;
  };
  const config = {
    holdMs: seconds('duration', timer.duration, HOLD_SECONDS) * 1000,
    prepareMs: seconds('prepare', timer.prepare, PREPARE_SECONDS) * 1000,
    reps: seconds('reps', timer.reps, REPS),
    restMs: seconds('rest', timer.rest, REST_SECONDS) * 1000,
    switchMs: seconds('switch-duration', timer.switchDuration, SWITCH_SECONDS) * 1000,
  };
  const sides = checkOneOf(timer.sides, SIDES, 'none');
  if (sides.problem) warn?.('sides', timer.sides, sides.problem);
  return { ...config, sides: sides.value, strokes: seconds('strokes', timer.strokes, STROKES) };
}

/** Before the first start: the phase it will start with, the first side, the hold's length. */
export function idleMoment({ holdMs, prepareMs, sides }: TimerConfig): Shown {
  return { state: 'idle', phase: prepareMs ? 'prepare' : 'hold', rep: 1, side: sides === 'none' ? null : sides === 'right' ? 'right' : 'left', remainingMs: holdMs, phaseMs: prepareMs || holdMs };
}
