import type { Range } from './limits.js';

/** The result of checking one setting: the value to use and, when it was bad, why. */
export interface Checked<T> {
  value: T;
  /** Set when the input was rejected or corrected; says what was wrong, for a warning. */
  problem?: string;
}

function describe(range: Range, unit: string): string {
  const kind = range.integer ? 'a whole number' : 'a number';
  return `${kind} from ${range.min} to ${range.max}${unit ? ` ${unit}` : ''}`;
}

/**
 * Checks a numeric setting against its range. Not a number (NaN, null, text) → the
 * default; out of range → the nearest bound; a fraction where whole numbers are
 * required → rounded. Never throws.
 */
export function checkNumber(input: unknown, range: Range, unit = ''): Checked<number> {
  const accepted = describe(range, unit);
  const n = typeof input === 'number' ? input : typeof input === 'string' && input.trim() !== '' ? Number(input) : NaN;
  if (!Number.isFinite(n)) {
    if (n === Infinity) return { value: range.max, problem: `must be ${accepted}; using ${range.max}` };
    if (n === -Infinity) return { value: range.min, problem: `must be ${accepted}; using ${range.min}` };
    return { value: range.default, problem: `must be ${accepted}; using ${range.default}` };
  }
  if (n < range.min) return { value: range.min, problem: `must be ${accepted}; using ${range.min}` };
  if (n > range.max) return { value: range.max, problem: `must be ${accepted}; using ${range.max}` };
  if (range.integer && !Number.isInteger(n)) {
    const rounded = Math.round(n);
    return { value: rounded, problem: `must be ${accepted}; using ${rounded}` };
  }
  return { value: n };
}

/** Checks that `input` is one of `allowed`; otherwise the fallback. */
export function checkOneOf<T extends string>(input: unknown, allowed: readonly T[], fallback: T): Checked<T> {
  if (typeof input === 'string' && (allowed as readonly string[]).includes(input)) return { value: input as T };
  return { value: fallback, problem: `must be one of ${allowed.join(', ')}; using ${fallback}` };
}

/**
 * Reads a space-separated token list, keeping the known tokens in the order given and
 * reporting unknown ones. An empty string is a valid empty list.
 */
export function checkTokens<T extends string>(input: unknown, allowed: readonly T[]): Checked<T[]> {
  const raw = typeof input === 'string' ? input.trim().split(/\s+/).filter(Boolean) : [];
  const known = raw.filter((t): t is T => (allowed as readonly string[]).includes(t));
  const unknown = raw.filter((t) => !(allowed as readonly string[]).includes(t));
  const value = [...new Set(known)];
  if (typeof input !== 'string' && input != null) {
    return { value, problem: `must be a space-separated list of ${allowed.join(', ')}` };
  }
  if (unknown.length > 0) {
    return { value, problem: `has unknown ${unknown.length === 1 ? 'value' : 'values'} ${unknown.map((u) => JSON.stringify(u.slice(0, 40))).join(', ')}; accepted: ${allowed.join(', ')}` };
  }
  return { value };
}
