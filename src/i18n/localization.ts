import { configureLocalization } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales, allLocales } from '../generated/locale-codes.js';
import { matchLocale } from './match.js';
import { setCurrentLocale } from './current.js';

export { sourceLocale, targetLocales, allLocales };
export type KnotLocale = (typeof allLocales)[number];

// Literal import() calls: bundlers and the test server must see each path.
const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  es: () => import('../generated/locales/es.js'),
  de: () => import('../generated/locales/de.js'),
  fr: () => import('../generated/locales/fr.js'),
};

/**
 * knotkit's translated templates, for an app that already configured @lit/localize
 * itself: call `loadKnotkitLocale(locale)` from your own `loadLocale` and merge its
 * `templates` into yours.
 */
export function loadKnotkitLocale(locale: string): Promise<LocaleModule> {
  const target = matchLocale(locale, targetLocales, '');
  const load = (loaders as Record<string, (() => Promise<LocaleModule>) | undefined>)[target];
  return load ? load() : Promise.resolve({ templates: {} });
}

let api: { getLocale: () => string; setLocale: (locale: string) => Promise<void> } | null | undefined;

/**
 * @lit/localize can be configured once per page. knotkit configures it on first use,
 * unless the app already did (then the app's locale wins and knotkit follows it).
 */
function configure() {
  if (api !== undefined) return api;
  try {
    api = configureLocalization({ sourceLocale, targetLocales, loadLocale: (l) => loaders[l as (typeof targetLocales)[number]]() });
  } catch {
    console.warn('knotkit: @lit/localize is already configured by this page; merge loadKnotkitLocale() into its loader to translate knotkit.');
    api = null;
  }
  return api;
}

/** The locale knotkit renders in (`en` until set). */
export function getLocale(): string {
  return configure()?.getLocale() ?? sourceLocale;
}

/**
 * Switches every knotkit element on the page to the nearest supported locale
 * (`es-MX` → `es`, unknown → `en`). Resolves when the translations are loaded.
 */
export async function setLocale(locale: string): Promise<string> {
  const chosen = matchLocale(locale, allLocales, sourceLocale);
  const localization = configure();
  if (localization && localization.getLocale() !== chosen) await localization.setLocale(chosen);
  const now = localization ? localization.getLocale() : sourceLocale;
  setCurrentLocale(now);
  return now;
}
