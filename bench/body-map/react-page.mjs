// Benchmark page for react-body-highlighter, bundled by bench/body-map.bench.mjs.
// `?views=both` (default) mounts the anterior and the posterior model side by side, as
// <knot-body-map> shows both views; `?views=anterior` mounts the library's single default model.
import { createElement as h, Fragment } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import Model from 'react-body-highlighter';
import { elementCount, exposeBench, forceLayout, timing } from './shared.mjs';

const views = new URLSearchParams(location.search).get('views') === 'anterior' ? ['anterior'] : ['anterior', 'posterior'];
// trapezius is drawn in the posterior view only, chest in the anterior view only.
const MOUNT_DATA = [{ name: 'x', muscles: ['trapezius'] }];
const TOGGLE_DATA = [{ name: 'x', muscles: ['chest'] }];
const BODY = 'rgb(182, 189, 195)'; // the library's unworked colour, #B6BDC3 (src/constants)
const highlighted = (p) => p.style.fill !== '' && p.style.fill !== BODY;

function App({ data }) {
  return h(Fragment, null, views.map((type) => h(Model, { key: type, type, data, style: { width: '10rem', display: 'inline-block' } })));
}

const stage = document.getElementById('stage');
let container;
let root;

const polygons = () => [...container.querySelectorAll('svg.rbh polygon')];

exposeBench({
  name: views.length === 2 ? 'react-body-highlighter' : 'react-body-highlighter (anterior only)',
  ready() {},
  async mount() {
    container = document.createElement('div');
    container.className = 'slot';
    stage.append(container);
    const t0 = performance.now();
    root = createRoot(container);
    flushSync(() => root.render(h(App, { data: MOUNT_DATA })));
    const t1 = performance.now();
    forceLayout(container);
    return timing(t0, t1);
  },
  async toggle() {
    const t0 = performance.now();
    flushSync(() => root.render(h(App, { data: TOGGLE_DATA })));
    const t1 = performance.now();
    forceLayout(container);
    return timing(t0, t1);
  },
  checkMounted() {
    const svgs = container.querySelectorAll('svg.rbh').length;
    if (svgs !== views.length) throw new Error(`react-body-highlighter: ${svgs} svg.rbh after flushSync, expected ${views.length}`);
    const all = polygons();
    if (all.length === 0) throw new Error('react-body-highlighter: no polygons after flushSync');
    if (views.includes('posterior') && !all.some(highlighted)) throw new Error('react-body-highlighter: trapezius not highlighted after mount');
    return { shapes: all.length, svgs, elements: elementCount(container) };
  },
  checkToggled() {
    const lit = polygons().filter(highlighted).length;
    if (lit === 0) throw new Error('react-body-highlighter: chest not highlighted after the data change');
    return { pressed: lit };
  },
  unmount() {
    root?.unmount();
    container?.remove();
    container = root = undefined;
  },
});
