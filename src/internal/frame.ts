import type { Scheduler } from '../core/clock.js';

/**
 * The browser's frame scheduler. It only decides *when* an element looks at its clock; what
 * it shows is always computed from the clock (tests inject a manual scheduler instead).
 */
export const frameScheduler: Scheduler = {
  request: (callback) => requestAnimationFrame(() => callback()),
  cancel: (handle) => cancelAnimationFrame(handle),
};
