import { VERSION } from '../version.js';

/** Classes knotkit registers carry the version that defined them. */
interface Versioned {
  knotVersion?: string;
}

const warned = new Set<string>();

/**
 * Registers `tag` once. Blog pages often load the same script twice (a theme and a post
 * both include it), and `customElements.define` would throw on the second call: instead
 * the second registration is skipped with one console warning naming both versions.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server-side rendering or a non-browser host
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
