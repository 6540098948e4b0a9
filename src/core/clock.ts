/**
 * Time sources for the engines. Engines never read the wall clock themselves:
 * they take a `Clock`, so tests drive time by hand and nothing ever sleeps.
 */

/** A monotonic time source in milliseconds. */
export interface Clock {
  now(): number;
}

/** `performance.now()`: monotonic, unaffected by the user changing the system clock. */
export const performanceClock: Clock = {
  now: () => performance.now(),
};

/**
 * Requests a callback soon (the next animation frame in a browser). The timer only uses
 * it to decide *when to look*; what it shows is always computed from `Clock.now()`.
 */
export interface Scheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}
