import { configureLocalization } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales, allLocales } from '../generated/locale-codes.js';
import { matchLocale } from './match.js';
import { setCurrentLocale } from './current.js';
import type { ContentRegistry } from './content-registry.js';
import { content } from '../generated/locales/content.js';
import { LOCALE_STATUS_EVENT } from '@lit/localize/internal/locale-status-event.js';

export { sourceLocale, targetLocales, allLocales };
export type KnotLocale = (typeof allLocales)[number];

type Target = (typeof targetLocales)[number];
type Templates = LocaleModule['templates'];

// Literal import() calls: bundlers and the test server must see each path.
const modules: Record<Target, () => Promise<{ templates: Templates }>> = {
  es: () => import('../generated/locales/es.js'),
  de: () => import('../generated/locales/de.js'),
  fr: () => import('../generated/locales/fr.js'),
};

/**
 * One templates object per locale, owned here: @lit/localize reads it by reference, so the
 * catalog texts of each muscle can be merged in when that muscle is used.
 */
const bundles: Partial<Record<Target, Promise<{ templates: Templates }>>> = {};
const loaders = Object.fromEntries(
  // The promise is kept, not the result: two loads at once must share one object.
  (Object.keys(modules) as Target[]).map((l) => [l, () => (bundles[l] ??= modules[l]().then((m) => ({ templates: { ...m.templates } })))]),
) as Record<Target, () => Promise<LocaleModule>>;

const registry = ((globalThis as unknown as Record<symbol, ContentRegistry>)[Symbol.for('knotkit.catalog-content')] ??= { wanted: new Set(), listener: null });

const merged = new Set<string>();
/** Adds one muscle's catalog texts to a locale; re-renders if that locale is showing. */
async function loadContent(locale: string, muscle: string): Promise<void> {
  const load = content[locale]?.[muscle];
  const key = `${locale} ${muscle}`;
  if (!load || merged.has(key)) return;
  merged.add(key);
  const [bundle, texts] = await Promise.all([loaders[locale as Target](), load()]);
  Object.assign(bundle.templates, texts.templates);
  if (api?.getLocale() === locale) dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: locale } }));
}

/**
 * knotkit's translated templates (all of them, catalog texts included), for an app that
 * already configured @lit/localize itself: call `loadKnotkitLocale(locale)` from your own
 * `loadLocale` and merge its `templates` into yours.
 */
export async function loadKnotkitLocale(locale: string): Promise<LocaleModule> {
  const target = matchLocale(locale, targetLocales, '');
  const load = (modules as Record<string, (() => Promise<{ templates: Templates }>) | undefined>)[target];
  if (!load) return { templates: {} };
  const parts = await Promise.all([load(), ...Object.values(content[target] ?? {}).map((m) => m())]);
  return { templates: Object.assign({}, ...parts.map((p) => p.templates)) as Templates };
}

let api: { getLocale: () => string; setLocale: (locale: string) => Promise<void> } | null | undefined;

/**
 * @lit/localize can be configured once per page. knotkit configures it on first use,
 * unless the app already did (then the app's locale wins and knotkit follows it).
 */
function configure() {
  if (api !== undefined) return api;
  try {
    api = configureLocalization({ sourceLocale, targetLocales, loadLocale: (l) => loaders[l as Target]() });
    registry.listener = (muscle) => {
      const locale = api?.getLocale();
      return locale && locale !== sourceLocale ? loadContent(locale, muscle) : Promise.resolve();
    };
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
  if (localization && chosen !== sourceLocale) {
    // The catalog texts of the muscles already on the page come with the locale.
    await Promise.all([localization.setLocale(chosen), ...[...registry.wanted].map((m) => loadContent(chosen, m))]);
    // Elements re-render on "ready"; say it again now that the catalog texts are in too.
    dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: chosen } }));
  } else if (localization && localization.getLocale() !== chosen) await localization.setLocale(chosen);
  const now = localization ? localization.getLocale() : sourceLocale;
  setCurrentLocale(now);
  return now;
}
