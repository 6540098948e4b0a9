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

