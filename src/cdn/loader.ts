/**
 * The script-tag autoloader: `<script type="module" src=".../cdn/loader.js">` and then any
 * `<knot-*>` tag on the page loads its own module, now or when it is added later. Modules
 * are fetched from beside this script, so it works from any static host.
 *
 * Each tag keeps its space from the moment the loader runs (themes/reserve.css's rules, for tags
 * added later; the page links reserve.css in its <head> for the first paint, before any script). Add `class="knot-cloak"` to `<html>` to
 * also keep knotkit tags hidden until they are defined (or 2 s have passed).
 */
import './auto-locale.js';
import reserve from '../themes/reserve.css?inline';

/** Tag → module file beside this script. */
const MODULES: Record<string, string> = {
  'knot-hold-timer': 'hold-timer.js',
  'knot-body-map': 'body-map.js',
  'knot-technique-card': 'technique-card.js',
  'knot-routine-player': 'routine-player.js',
  'knot-trigger-finder': 'trigger-finder.js',
};
const CLOAK_CLASS = 'knot-cloak';
const CLOAK_TIMEOUT_MS = 2000;

const base = new URL('.', import.meta.url);
const requested = new Set<string>();

function load(root: ParentNode): Promise<unknown>[] {
  const loads: Promise<unknown>[] = [];
  for (const [tag, file] of Object.entries(MODULES)) {
    if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
    loads.push(
      import(/* @vite-ignore */ new URL(file, base).href).catch((error: unknown) => {
        requested.delete(tag);
        console.warn(`knotkit loader: could not load <${tag}> from ${new URL(file, base).href}`, error);
      }),
    );
  }
  return loads;
}

function cloak(): void {
  const root = document.documentElement;
  const cloaked = root.classList.contains(CLOAK_CLASS);
  // A constructed sheet, not a <style> element: strict CSP pages allow it.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(reserve + (cloaked ? `.${CLOAK_CLASS} :is(${Object.keys(MODULES).join(', ')}):not(:defined) { visibility: hidden; }` : ''));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    /* very old browser: the page shows the tags as they load */
  }
  if (!cloaked) return;
  const uncloak = () => root.classList.remove(CLOAK_CLASS);
  setTimeout(uncloak, CLOAK_TIMEOUT_MS);
  void Promise.allSettled(load(document)).then(uncloak);
}

cloak();
void load(document);
new MutationObserver((records) => {
  if (records.some((r) => r.addedNodes.length > 0)) void load(document);
}).observe(document.documentElement, { childList: true, subtree: true });
