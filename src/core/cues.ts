import type { Mark, Transition } from './hold-sequence.js';

/**
 * The cue plan: which sound, vibration and spoken cue belongs to which moment of a hold.
 * Tones are synthesized (no audio files); each moment has its own contour so it can be
 * told apart without looking: rising = press, falling = release, two equal = switch,
 * a three-note arpeggio = all done, short ticks = 3-2-1.
 */

export type { CueKind } from './limits.js';

export type Moment = 'prepare' | 'hold' | 'switch' | 'rest' | 'done' | 'countdown' | 'ten-left';

export interface Tone {
  /** Hz. */
  frequency: number;
  /** ms. */
  duration: number;
  /** ms of silence before this tone. */
  delay: number;
}

const note = (frequency: number, duration: number, delay = 0): Tone => ({ frequency, duration, delay });

/** Tone sequences (A4 = 440 Hz; intervals chosen to be distinct, not musical). */
export const TONES: Record<Moment, readonly Tone[]> = {
  prepare: [note(523, 120)],
  hold: [note(523, 140), note(784, 220, 40)],
  switch: [note(659, 160), note(659, 160, 120)],
  rest: [note(784, 140), note(523, 240, 40)],
  done: [note(523, 140), note(659, 140, 30), note(784, 320, 30)],
  countdown: [note(880, 70)],
  'ten-left': [],
};

/** navigator.vibrate patterns (ms on, off, on…). */
export const VIBRATIONS: Record<Moment, readonly number[]> = {
  prepare: [],
  hold: [200],
  switch: [120, 80, 120],
  rest: [400],
  done: [200, 100, 200, 100, 400],
  countdown: [40],
  'ten-left': [],
};

export function momentOf(event: Transition | Mark): Moment {
  if ('phase' in event) return event.phase;
  return event.secondsLeft >= 10 ? 'ten-left' : 'countdown';
}
