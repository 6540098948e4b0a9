/*
 * Catalog texts are translated per muscle: the catalog says which muscles a page uses, and
 * the translation runtime (loaded only on non-English pages) fetches just their texts.
 *
 * The two meet through one page-wide object, `globalThis[Symbol.for(CONTENT_REGISTRY)]`,
 * not through a shared module: a shared module would be one more file on every page that
 * shows the catalog. This file holds only the shape (types vanish in the build).
 */

/** The `Symbol.for()` key of the registry (written out where it is used). */
export type CONTENT_REGISTRY = 'knotkit.catalog-content';

export interface ContentRegistry {
  /** Muscles whose modules were loaded, in order. */
  wanted: Set<string>;
  /** Set by the translation runtime: loads a muscle's texts for the current locale. */
  listener: ((muscle: string) => Promise<void>) | null;
}
