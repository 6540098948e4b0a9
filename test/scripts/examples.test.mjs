// scripts/examples.mjs's own logic, without installing or building the apps (`npm run examples`
// does that): how an app says where it is served, and what its server's HTML must hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { readFileSync, readdirSync } from 'node:fs';
import { DEFINES_TIMER, exampleOptions, serverMarkupProblems } from '../../scripts/examples.mjs';
import { renderFixture } from '../ssr/render.mjs';

test('an app is served from dist/ unless its package.json names a folder; SSR checks only when it says so; its check script runs', () => {
  assert.deepEqual(exampleOptions({ name: 'x' }), { serve: 'dist', ssr: false, check: null });
  assert.deepEqual(exampleOptions({ knotkitExample: { serve: 'out', ssr: true } }), { serve: 'out', ssr: true, check: null });
  assert.deepEqual(exampleOptions({ scripts: { build: 'astro build', check: 'astro check' } }), { serve: 'dist', ssr: false, check: 'astro check' });
});

test('a server-rendered page passes; a client-only page and a page without the regions say what is missing', async () => {
  await renderFixture('hold-timer'); // registers the built elements on the server
  const page = (timer) =>
    `<!doctype html><main>${collectResultSync(render(html`<knot-body-map view="front"></knot-body-map>${timer}<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>`))}</main>`;
  assert.deepEqual(serverMarkupProblems(page(html`<knot-hold-timer duration="30"></knot-hold-timer>`)), []);
  assert.deepEqual(serverMarkupProblems(page(html`<knot-hold-timer duration="45"></knot-hold-timer>`)), ['the timer does not show 0:30']);
  const clientOnly = '<knot-body-map view="front"></knot-body-map><knot-hold-timer duration="30"></knot-hold-timer><knot-technique-card></knot-technique-card>';
  assert.deepEqual(serverMarkupProblems(clientOnly), [
    '<knot-body-map> has no declarative shadow root',
    '<knot-hold-timer> has no declarative shadow root',
    '<knot-technique-card> has no declarative shadow root',
    'the timer does not show 0:30',
    'the map has 0 region paths',
  ]);
});

test('a catalog card must arrive in its loading state, a card given an object with its steps', async () => {
  await renderFixture('hold-timer');
  const page = (card) => collectResultSync(render(html`<knot-body-map view="front"></knot-body-map><knot-hold-timer duration="30"></knot-hold-timer>${card}`));
  const technique = JSON.parse(readFileSync(new URL('../ssr/technique.json', import.meta.url), 'utf8'));
  assert.deepEqual(serverMarkupProblems(page(html`<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card><knot-technique-card .technique=${technique}></knot-technique-card>`)), []);
  // A card the server filled in from the catalog (or drew as "not found") is not the loading state the browser hydrates.
  assert.deepEqual(serverMarkupProblems(page(html`<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>`).replace(/aria-busy="true">(<!--[^]*?-->)*Loading…/, '>Upper trapezius')), ['the card "upper-trapezius-pincer" does not show its loading state']);
  assert.deepEqual(serverMarkupProblems(page(html`<knot-technique-card .technique=${{ title: 'No steps' }}></knot-technique-card>`)), ['a card given an object does not show its steps']);
});

test("the runner finds the script that defines <knot-hold-timer>, as knotkit's build and the apps' bundlers write it", () => {
  assert.match(readFileSync(new URL('../../dist/hold-timer.js', import.meta.url), 'utf8'), DEFINES_TIMER);
  for (const defines of ['e("knot-hold-timer",t)', "customElements.define('knot-hold-timer', KnotHoldTimer)", '(0,r.t)("knot-hold-timer",s.t)']) assert.match(defines, DEFINES_TIMER, defines);
  for (const uses of ['document.querySelector("knot-hold-timer")', 'createComponent({tagName:"knot-hold-timer",elementClass:r.t})', 'customElements.whenDefined("knot-hold-timer")', '<knot-hold-timer part="timer" autostart></knot-hold-timer>']) {
    assert.doesNotMatch(uses, DEFINES_TIMER, uses);
  }
});

test("the docs' install lines name the versions the example apps pin (and knotkit's own lit)", () => {
  const pins = new Map();
  const pin = (deps = {}) => Object.entries(deps).forEach(([name, version]) => pins.set(name, new Set([...(pins.get(name) ?? []), version])));
  pin(JSON.parse(readFileSync('package.json', 'utf8')).dependencies);
  for (const app of readdirSync('examples', { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const pkg = JSON.parse(readFileSync(`examples/${app.name}/package.json`, 'utf8'));
    pin(pkg.dependencies);
    pin(pkg.devDependencies);
  }
  const docs = ['stories/Ssr.mdx', 'stories/Frameworks.mdx'].map((file) => readFileSync(file, 'utf8')).join('\n');
  const specs = [...docs.matchAll(/npm i (?:-D )?([^\n`]+)/g)].flatMap((m) => m[1].trim().split(/\s+/)).filter((spec) => /.@\d/.test(spec));
  assert.ok(specs.length >= 12, `${specs.length} pinned packages in the install lines`);
  for (const spec of specs) {
    const at = spec.lastIndexOf('@');
    const [name, version] = [spec.slice(0, at), spec.slice(at + 1)];
    assert.ok(pins.get(name)?.has(version), `${spec}: the examples pin ${name} at ${[...(pins.get(name) ?? ['nothing'])].join(', ')}`);
  }
});

test("the Server rendering page's excerpt of package.json's imports is the file's", () => {
  const docs = readFileSync('stories/Ssr.mdx', 'utf8');
  const excerpt = /```json\n("imports": \{[^]*?\n\})\n```/.exec(docs)?.[1];
  assert.ok(excerpt, 'the excerpt');
  assert.deepEqual(JSON.parse(`{${excerpt}}`).imports, JSON.parse(readFileSync('package.json', 'utf8')).imports);
});
