/**
 * The locale knotkit renders in, readable without loading @lit/localize's runtime: an
 * English page never downloads the translation machinery (see localization.ts).
 */
let current = 'en';

export function currentLocale(): string {
  return current;
}

/** Called by localization.ts once a locale is loaded. */
export function setCurrentLocale(locale: string): void {
  current = locale;
}


/**
 * The page's first locale while it loads (CDN pages): knotkit defines its elements after it,
 * so they render once, in the page's language, and keep their reserved space until then.
 */
export let firstLocale: Promise<unknown> | undefined;

export function loadingFirstLocale(loading: Promise<unknown>): void {
  firstLocale = loading.finally(() => (firstLocale = undefined));
}
