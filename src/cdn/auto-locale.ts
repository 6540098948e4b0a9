import { allLocales, sourceLocale } from '../generated/locale-codes.js';
import { currentLocale, loadingFirstLocale } from '../i18n/current.js';
import { matchLocale } from '../i18n/match.js';

/*
 * The CDN bundle owns its copy of @lit/localize, so it follows the page: the language of
 * `<html lang>` (nearest supported), and again whenever the page changes it. The runtime
 * and the translations load only when a page is not in English. Importing this module starts
 * it (once per page), before the elements' modules define them: they wait for the first locale.
 */
const root = document.documentElement;
const apply = () => {
  const wanted = matchLocale(root.lang, allLocales, sourceLocale);
  if (wanted === currentLocale()) return;
  return import('../i18n/localization.js')
    .then((i18n) => i18n.setLocale(wanted))
    .catch((error: unknown) => console.warn(`knotkit: could not load the "${wanted}" translations`, error));
};
const first = apply();
if (first) loadingFirstLocale(first);
new MutationObserver(() => void apply()).observe(root, { attributes: true, attributeFilter: ['lang'] });
