import type { Range } from './limits.js';

/** The result of checking one setting: the value to use and, when it was bad, why. */
export interface Checked<T> {
  value: T;
  /** Set when the input was rejected or corrected; says what was wrong, for a warning. */
  problem?: string;
}

/**
 * Checks a numeric setting against its range. Not a number (NaN, null, text) → the
 * default; out of range → the nearest bound; a fraction where whole numbers are
 * required → rounded. Never throws.
 */
export function checkNumber(input: unknown, range: Range, unit = ''): Checked<number> {
  const n = typeof input == 'number' ? input : typeof input == 'string' && input.trim() ? Number(input) : NaN;
  const rounded = range.integer ? Math.round(n) : n;
  const value = n !== n ? range.default : Math.min(range.max, Math.max(range.min, rounded));
  return value === n
    ? { value }
    : { value, problem: `must be ${range.integer ? 'a whole number' : 'a number'} from ${range.min} to ${range.max}${unit && ` ${unit}`}; using ${value}` };
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

