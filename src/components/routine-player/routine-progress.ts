import type { RoutineRun } from '../../core/routine.js';
import { ROUTINE_FORMAT } from '../../core/limits.js';
import { progressKey, readProgress, safeStore, type KeyValueStorage } from '../../core/storage.js';

/** How often progress is saved while running: at most this much is lost on a reload. */
const SAVE_EVERY_MS = 1_000;

/** Where a routine was (the player's `persist`), so that a reload can offer to resume there. */
export class RoutineProgress {
  private readonly store;
  private readonly key;
  private saved = -Infinity;

  constructor(storage: KeyValueStorage | null, routineId: string) {
    this.store = safeStore(storage);
    this.key = progressKey(routineId, ROUTINE_FORMAT);
  }

  /** Where a session of this plan stopped, if one was saved (anything else is cleared). */
  read(totalMs: number): number | null {
    return readProgress(this.store, this.key, totalMs)?.positionMs ?? null;
  }

  /**
   * Saves where `run` is, while it runs or is paused (`often`: at most once a second, unless
   * the position moved back: Previous, or the routine begun again).
   */
  write(run: RoutineRun, often?: boolean): void {
    const { state, positionMs } = run.sequence.snapshot();
    if (state === 'done' || state === 'idle' || (often && positionMs >= this.saved && positionMs - this.saved < SAVE_EVERY_MS)) return;
    this.saved = positionMs;
    this.store.write(this.key, { v: 1, positionMs, totalMs: run.plan.totalMs, savedAt: Date.now() });
  }

  remove(): void {
    this.saved = -Infinity;
    this.store.remove(this.key);
  }
}
