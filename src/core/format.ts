/**
 * Time formatting through Intl in the given locale: digits, units and lists come out the
 * way each language writes them. DOM-free.
 */

const formats = new Map<string, unknown>();
/** One formatter per kind, locale and options: making one costs far more than using it. */
function cached<O, F>(Format: new (locale: string, options: O) => F, locale: string, options: O): F {
  const key = `${Format.name}|${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key) as F | undefined;
  if (!format) formats.set(key, (format = new Format(locale, options)));
  return format;
}

/** Whole seconds shown for a remaining time: a countdown shows 1:00 until it is below 59 s. */
export function secondsLeft(ms: number): number {
  return Math.max(0, Math.ceil(Math.round(ms) / 1000));
}

/** `m:ss` (or `h:mm:ss`), e.g. `1:05`, with the locale's digits. */
export function formatClock(totalSeconds: number, locale: string): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const two = cached(Intl.NumberFormat, locale, { minimumIntegerDigits: 2, useGrouping: false });
  const one = cached(Intl.NumberFormat, locale, { useGrouping: false });
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  return hours > 0 ? `${one.format(hours)}:${two.format(minutes)}:${two.format(seconds)}` : `${one.format(minutes)}:${two.format(seconds)}`;
}

/** A duration in words, e.g. "1 minute, 5 seconds" / "1 Minute und 5 Sekunden". */
export function formatDuration(totalSeconds: number, locale: string): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(s / 60);
  const seconds = s % 60;
  const unit = (value: number, name: 'minute' | 'second') => cached(Intl.NumberFormat, locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const parts = [...(minutes > 0 ? [unit(minutes, 'minute')] : []), ...(seconds > 0 || minutes === 0 ? [unit(seconds, 'second')] : [])];
  return cached(Intl.ListFormat, locale, { style: 'long', type: 'unit' }).format(parts);
}
