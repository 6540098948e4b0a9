import type { CSSResult } from 'lit';

/** A module loaded on first use, then kept: the page loads it once for every element that needs it. */
export function lazy<M>(load: () => Promise<M>) {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  return { get: () => module, load: () => (loading ??= load().then((m) => (module = m))) };
}

/** Adds a lazily loaded module's styles to a shadow root, once (`adoptedStyleSheets`: strict CSP pages allow it). */
export function adoptStyles(root: ShadowRoot, styles: CSSResult | undefined): void {
  const sheet = styles?.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
