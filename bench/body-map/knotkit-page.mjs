// Benchmark page for <knot-body-map>, bundled by bench/body-map.bench.mjs; the generated entry
// imports the element first. Every timing is taken in the page with performance.now().
import { elementCount, exposeBench, forceLayout, timing } from './shared.mjs';

const TAG = 'knot-body-map';
const TOGGLED = 'temple-left';

/** Lit resolves updateComplete with false when another update was queued meanwhile; wait for that one too. */
async function settled(el) {
  for (let i = 0; i < 100; i++) if (await el.updateComplete) return;
  throw new Error(`<${TAG}>: updateComplete kept resolving false (an update loop?)`);
}

const stage = document.getElementById('stage');
let container;
let el;

function regions() {
  if (!el?.shadowRoot) throw new Error(`<${TAG}> has no open shadow root after updateComplete`);
  return [...el.shadowRoot.querySelectorAll('[part~="region"]')];
}

exposeBench({
  name: 'knotkit',
  ready() {
    if (!customElements.get(TAG)) throw new Error(`<${TAG}> is not registered by the imported module`);
  },
  async mount() {
    container = document.createElement('div');
    container.className = 'slot';
    stage.append(container);
    const t0 = performance.now();
    el = document.createElement(TAG);
    container.append(el);
    await settled(el);
    const t1 = performance.now();
    forceLayout(el);
    return timing(t0, t1);
  },
  async toggle() {
    const value = [{ region: TOGGLED, intensity: 5 }];
    const t0 = performance.now();
    el.value = value;
    await settled(el);
    const t1 = performance.now();
    forceLayout(el);
    return timing(t0, t1);
  },
  checkMounted() {
    const all = regions();
    if (all.length === 0) throw new Error(`<${TAG}>: no [part~="region"] in the shadow root after updateComplete`);
    const pressed = all.filter((r) => r.getAttribute('aria-pressed') === 'true');
    if (pressed.length) throw new Error(`<${TAG}>: ${pressed.length} region(s) pressed before any value was set`);
    return { shapes: all.length, svgs: el.shadowRoot.querySelectorAll('svg').length, elements: elementCount(el.shadowRoot) };
  },
  checkToggled() {
    const pressed = regions().filter((r) => r.getAttribute('aria-pressed') === 'true');
    if (pressed.length === 0) throw new Error(`<${TAG}>: no region has aria-pressed="true" after value = [${TOGGLED}]`);
    // Which attribute carries the id is the element's business: any attribute equal to it counts.
    const named = pressed.some((r) => [...r.attributes].some((a) => a.value === TOGGLED));
    return { pressed: pressed.length, namedToggled: named };
  },
  unmount() {
    container?.remove();
    container = el = undefined;
  },
});
