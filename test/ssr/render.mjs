// Server-side rendering of knotkit's BUILT npm entries (dist/, `npm run build` first) with
// @lit-labs/ssr, as an Astro, Eleventy or Next server would: test/scripts/ssr.test.mjs reads
// the markup in Node, and test/ssr/hydrate.test.ts hydrates it in Chromium (through the
// `knot-ssr` command in web-test-runner.config.mjs, which runs this file in a child process:
// the runner's own process never gets the DOM shim's globals).
//   node test/ssr/render.mjs <fixture>   prints one fixture's markup
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** A technique written by a page's author (the card's `technique` property), as a framework hands it over (hydrate.test.ts fetches the same file). */
export const TECHNIQUE = JSON.parse(readFileSync(new URL('./technique.json', import.meta.url), 'utf8'));

/** What each test renders: markup a page would contain. */
export const FIXTURES = {
  'hold-timer': () => html`<knot-hold-timer duration="45" label="Upper trapezius"></knot-hold-timer>`,
  'body-map': () => html`<knot-body-map value='[{"region":"temple-left","intensity":6}]'></knot-body-map>`,
  'body-map-readonly': () => html`<knot-body-map readonly highlight='{"referral":{"primary":["temple-left"]}}'></knot-body-map>`,
  'technique-card': () => html`<knot-technique-card .technique=${TECHNIQUE}></knot-technique-card>`,
  'technique-card-id': () => html`<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>`,
  'routine-player': () => html`<knot-routine-player routine="desk-neck-shoulders"></knot-routine-player>`,
  'trigger-finder': () => html`<knot-trigger-finder></knot-trigger-finder>`,
};

let loaded;
/** Registers every element from dist/index.js, once. */
async function load() {
  if (!existsSync(`${DIST}index.js`)) throw new Error('dist/index.js is missing: run `npm run build` before the SSR tests');
  return (loaded ??= import(pathToFileURL(`${DIST}index.js`).href));
}

/** The server's markup for a fixture (with the hydration markers @lit-labs/ssr-client reads). */
export async function renderFixture(name) {
  const fixture = FIXTURES[name];
  if (!fixture) throw new Error(`no SSR fixture "${name}"`);
  await load();
  return collectResultSync(render(fixture()));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(await renderFixture(process.argv[2]));
}
