/**
 * Storage that never breaks a session: every access to the browser's storage is guarded
 * (it throws in private modes, when full, when blocked by the page's settings), and a
 * memory copy keeps the session going whatever happens. Saved data is namespaced and
 * versioned; anything unreadable or from another version is ignored and cleared.
 */

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SafeStore {
  read(key: string): unknown;
  /** True when the browser's storage took it (the memory copy always does). */
  write(key: string, value: unknown): boolean;
  remove(key: string): void;
}

export const STORAGE_PREFIX = 'knotkit';

export function safeStore(storage: KeyValueStorage | null | undefined): SafeStore {
  const memory = new Map<string, string>();
  return {
    read(key) {
      let text: string | null | undefined;
      try {
        text = storage?.getItem(key);
      } catch {
        text = undefined;
      }
      text ??= memory.get(key) ?? null;
      if (text == null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        this.remove(key); // corrupt: never read it again
        return undefined;
      }
    },
    write(key, value) {
      const text = JSON.stringify(value);
      memory.set(key, text);
      try {
        if (!storage) return false;
        storage.setItem(key, text);
        return true;
      } catch {
        return false; // full or blocked: the memory copy carries the session
      }
    },
    remove(key) {
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        /* nothing to do */
      }
    },
  };
}

/** `window.localStorage`, or null where even touching it throws (sandboxed iframes). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The saved progress of a routine, one record per routine id and routine format. */
export interface SavedProgress {
  v: 1;
  /** Position in the routine's plan, ms. */
  positionMs: number;
  /** Total of the plan it was saved against: a changed routine does not resume. */
  totalMs: number;
  savedAt: number;
}

export const progressKey = (routineId: string, format: number) => `${STORAGE_PREFIX}:routine:${routineId}:f${format}`;

export function readProgress(store: SafeStore, key: string, totalMs: number): SavedProgress | undefined {
  const data = store.read(key) as Partial<SavedProgress> | undefined;
  const valid = data && typeof data === 'object' && data.v === 1 && Number.isFinite(data.positionMs) && data.totalMs === totalMs && data.positionMs! >= 0 && data.positionMs! < totalMs;
  if (data !== undefined && !valid) store.remove(key); // older format, another plan, or nonsense
  return valid ? (data as SavedProgress) : undefined;
}
