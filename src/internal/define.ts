import { VERSION } from '../version.js';
import { firstLocale } from '../i18n/current.js';

/** Classes knotkit registers carry the version that defined them. */
interface Versioned {
  knotVersion?: string;
}

const warned = new Set<string>();

/**
 * Registers `tag` once (after the page's first locale, when one is loading). Blog pages often load the same script twice (a theme and a post
 * both include it), and `customElements.define` would throw on the second call: instead
 * the second registration is skipped with one console warning naming both versions.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server-side rendering or a non-browser host
  // Not before the page's language has loaded: the element renders once, already translated.
  if (firstLocale) return void firstLocale.then(() => define(tag, element));
  const existing = registry.get(tag);
  if (!existing) {
    (element as Versioned).knotVersion = VERSION;
    registry.define(tag, element);
    return;
  }
  if (existing === element || warned.has(tag)) return;
  warned.add(tag);
  const theirs = (existing as Versioned).knotVersion ?? 'unknown (not knotkit)';
  console.warn(`<${tag}>: already defined by knotkit ${theirs}; skipped registering knotkit ${VERSION}. Load knotkit once per page.`);
}
