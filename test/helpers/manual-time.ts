import type { Clock, Scheduler } from '../../src/core/clock.js';

/** A clock whose time only moves when the test says so. */
export class ManualClock implements Clock {
  constructor(private time = 0) {}
  now(): number {
    return this.time;
  }
  /** Moves time forward by `ms` (never backward). */
  advance(ms: number): void {
    this.time += Math.max(0, ms);
  }
  set(ms: number): void {
    this.time = ms;
  }
}

/** A scheduler that runs nothing until `flush()`: a test decides when a "frame" happens. */
export class ManualScheduler implements Scheduler {
  private next = 1;
  private pending = new Map<number, () => void>();
  request(callback: () => void): number {
    const handle = this.next++;
    this.pending.set(handle, callback);
    return handle;
  }
  cancel(handle: number): void {
    this.pending.delete(handle);
  }
  /** How many callbacks wait for the next frame. */
  get size(): number {
    return this.pending.size;
  }
  /** Runs the callbacks requested so far (callbacks they request wait for the next flush). */
  flush(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const callback of due) callback();
  }
}
