/**
 * Picks the supported locale nearest to a BCP 47 tag: exact (case-insensitive), then the
 * language alone (`es-MX` → `es`), then the source locale. Pure, so it is unit-tested.
 */
export function matchLocale(tag: string | null | undefined, supported: readonly string[], fallback: string): string {
  if (!tag) return fallback;
  const wanted = tag.trim().toLowerCase().replace(/_/g, '-');
  const exact = supported.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return supported.find((l) => l.toLowerCase() === language) ?? fallback;
}
