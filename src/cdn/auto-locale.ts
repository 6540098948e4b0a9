import { setLocale } from '../i18n/localization.js';

/**
 * The CDN bundle owns its copy of @lit/localize, so it follows the page: the language of
 * `<html lang>` (nearest supported), and again whenever the page changes it.
 */
let following = false;

export function followDocumentLanguage(): void {
  if (following) return;
  following = true;
  const root = document.documentElement;
  const apply = () => {
    setLocale(root.lang).catch((error: unknown) => {
      console.warn('knotkit: could not load translations for', root.lang, error);
    });
  };
  apply();
  new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ['lang'] });
}
