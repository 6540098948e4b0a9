// What both benchmark pages expose to bench/body-map.bench.mjs as window.bench:
//   name                 label for the report
//   ready()              throws when the page cannot run (element not registered…)
//   mount()    → timing  creating the component → first complete render (DOM committed, layout forced)
//   toggle()   → timing  changing the selection → committed re-render (layout forced)
//   checkMounted()       throws unless the mounted DOM is complete; returns counts for the report
//   checkToggled()       throws unless the toggle shows in the DOM
//   unmount()
// (Plain .mjs, not .ts: eslint ignores *.mjs, and bench/ is outside tsconfig.json.)

/** Style and layout of the whole document (Chromium lays out the document, not a subtree). */
export function forceLayout(el) {
  el.getBoundingClientRect();
}

/** Call right after the forced layout: { ms: t0 → now, layoutMs: t1 (DOM committed) → now }. */
export function timing(t0, t1) {
  const t2 = performance.now();
  return { ms: t2 - t0, layoutMs: t2 - t1 };
}

export function elementCount(root) {
  let n = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  while (walker.nextNode()) n++;
  return n;
}

export function exposeBench(bench) {
  window.bench = bench;
}
