/*
 * Catalog texts are translated per muscle: the catalog says which muscles a page uses, and
 * the translation runtime (loaded only on non-English pages) fetches just their texts.
 */
const wanted = new Set<string>();
let onWanted: ((muscle: string) => Promise<void>) | null = null;

/** Called by the catalog when a muscle's module loads; resolves once its texts are in. */
export function wantContent(muscle: string): Promise<void> {
  wanted.add(muscle);
  return onWanted?.(muscle) ?? Promise.resolve();
}

/** Called by the translation runtime: hears about every muscle wanted, past and future. */
export function whenContentWanted(listener: (muscle: string) => Promise<void>): void {
  onWanted = listener;
  wanted.forEach((muscle) => void listener(muscle));
}

export function wantedContent(): string[] {
  return [...wanted];
}
