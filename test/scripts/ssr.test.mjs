// `npm run test:scripts` (part of `npm test`, after `npm run build` in .ci/run): every element
// rendered on a server by @lit-labs/ssr from the BUILT npm entries (test/ssr/render.mjs), and
// what a reader of that HTML sees before any script runs. test/ssr/hydrate.test.ts hydrates it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, renderFixture } from '../ssr/render.mjs';

/** The markup without Lit's hydration comments: what a browser shows. */
const shown = (markup) => markup.replace(/<!--[^]*?-->/g, '');
/** The attributes of the path drawn for `region` in `view`'s group. */
function regionPath(markup, view, region) {
  const group = new RegExp(`<g class="regions" data-view="${view}"[^>]*>([^]*?)</g>`).exec(markup)?.[1] ?? '';
  return new RegExp(`<path [^>]*data-region="${region}"[^>]*>`).exec(group)?.[0] ?? '';
}

const warnings = [];
console.warn = (...args) => warnings.push(args.join(' '));

test('every element renders on a server into a declarative shadow root, without a warning', async () => {
  for (const name of Object.keys(FIXTURES)) {
    const markup = await renderFixture(name);
    assert.match(markup, /^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?<knot-[a-z-]+[ >]/, name);
    assert.match(markup, /<template shadowroot="open" shadowrootmode="open"><style>/, name);
  }
  assert.deepEqual(warnings, []);
});

test('the hold timer: its dial with the time, the phase and its buttons', async () => {
  const markup = shown(await renderFixture('hold-timer'));
  assert.match(markup, /role="timer"[^>]*aria-label="Upper trapezius, Ready"/);
  assert.match(markup, /<span part="time" class="time">0:45<\/span>/);
  assert.match(markup, /<span part="phase" class="phase">Ready<\/span>/);
  assert.match(markup, /45 seconds left/);
  for (const button of ['aria-label="Reset"', 'aria-label="Skip"', 'aria-label="Mute cues"', '>Start<']) assert.ok(markup.includes(button), button);
});

test('the body map: every region path, named, in its state (chosen, tab stop), marked as drawn', async () => {
  const markup = await renderFixture('body-map');
  const paths = markup.match(/<path [^>]*data-region="[^"]+"/g) ?? [];
  assert.ok(paths.length > 100, `${paths.length} region paths`);
  assert.match(markup, /<g class="regions" data-view="front" data-drawn="front choose en">/);
  const temple = regionPath(markup, 'front', 'temple-left');
  assert.match(temple, /aria-label="Left temple"/);
  assert.match(temple, /role="button"/);
  assert.match(temple, /aria-pressed="true"/);
  assert.match(temple, /class="selected i2"/);
  assert.match(temple, /tabindex="0"/);
  const jaw = regionPath(markup, 'front', 'jaw-right');
  assert.match(jaw, /aria-pressed="false"/);
  assert.match(jaw, /tabindex="-1"/);
  assert.equal((markup.match(/tabindex="0"/g) ?? []).length, 1, 'one tab stop');
});

test('a read-only body map: the referral zone drawn, nothing to press', async () => {
  const markup = await renderFixture('body-map-readonly');
  assert.match(markup, /role="img" aria-label="Body map\. Pain is felt mostly in: Left temple\."/);
  assert.match(regionPath(markup, 'front', 'temple-left'), /class=" ?referral-primary"/);
  assert.doesNotMatch(markup, /role="button"/);
});

test('a technique card given an object: its title, muscle, steps, dose, warning signs and picture', async () => {
  const markup = shown(await renderFixture('technique-card'));
  assert.match(markup, /<slot name="title">Ball against a wall<\/slot>/);
  assert.match(markup, /<p class="muscle">Upper trapezius<\/p>/);
  assert.match(markup, /<ol part="steps"><li>Stand with your back to a wall\.<\/li><li>Lean into the ball until you feel a good hurt\.<\/li><\/ol>/);
  assert.match(markup, /part="dose"/);
  assert.match(markup, /Check the warning signs first/);
  assert.ok(markup.indexOf('Check the warning signs first') < markup.indexOf('part="steps"'), 'safety before the how-to');
  assert.match(markup, /class="picture" role="img"/);
  assert.match(regionPath(markup, 'back', 'top-of-shoulder-left'), /data-region/);
  assert.match(markup, /<circle part="marker"/);
  assert.match(markup, />Start the timer</);
  assert.doesNotMatch(markup, /Loading/);
});

test('a card with a catalog id and a player with a built-in routine: their loading state, which keeps their space', async () => {
  for (const name of ['technique-card-id', 'routine-player']) {
    assert.match(shown(await renderFixture(name)), /<div part="base" class="base" aria-busy="true">Loading…<\/div>/, name);
  }
});

// The server renders a catalog card's loading state and never its technique: importing the
// muscle's module there (the card's willUpdate did) is work for a result nobody renders.
test('a card with a catalog id imports no muscle module on the server', () => {
  const index = readFileSync(new URL('../../src/data/muscles/index.ts', import.meta.url), 'utf8');
  const muscles = [...index.matchAll(/^\s*'([a-z-]+)': \(\) => import\(/gm)].map((m) => m[1]);
  assert.ok(muscles.includes('upper-trapezius'), `${muscles.length} muscles`);
  const dir = mkdtempSync(join(tmpdir(), 'knotkit-ssr-'));
  try {
    const log = join(dir, 'imports.txt');
    execFileSync(process.execPath, ['--import', './test/ssr/record-imports.mjs', 'test/ssr/render.mjs', 'technique-card-id'], { env: { ...process.env, KNOT_IMPORT_LOG: log }, encoding: 'utf8' });
    const chunks = readFileSync(log, 'utf8').split('\n').filter((url) => url.includes('/dist/chunks/')).map((url) => url.slice(url.lastIndexOf('/') + 1));
    assert.ok(chunks.some((file) => file.startsWith('catalog-')), 'the log records chunk imports (the catalog, which the card imports)');
    assert.deepEqual(chunks.filter((file) => muscles.some((id) => new RegExp(`^${id}-[\\w-]{8}\\.js$`).test(file))), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the trigger finder: its first step, the warning signs', async () => {
  const markup = shown(await renderFixture('trigger-finder'));
  assert.match(markup, /Step 1 of 5/);
  assert.match(markup, /First, check the warning signs/);
});

// Next.js (@lit-labs/nextjs) renders shadow roots by replacing `createElement` on React's
// module.exports (@lit-labs/ssr-react's enable-lit-ssr.js) after React is loaded. Node hands an
// ES module that imports React's namespace (`import * as React`) a copy of its exports taken
// at that time: a wrapper reading `createElement` from it never saw the patch, so Next sent
// <knot-body-map></knot-body-map> empty (examples/next found it).
test('the React wrappers create their element through React.createElement as it is when they render', async () => {
  const dist = new URL('../../dist/', import.meta.url);
  const { renderFixture: loadElements } = await import('../ssr/render.mjs');
  await loadElements('hold-timer'); // the DOM shim and the elements, as a server render has them
  const { HoldTimer } = await import(new URL('react/hold-timer.js', dist).href);
  const { BodyMap } = await import(new URL('react/body-map.js', dist).href);
  const { renderToStaticMarkup } = await import('react-dom/server');
  const React = createRequire(import.meta.url)('react'); // module.exports, what a server patch replaces
  const original = React.createElement;
  const created = [];
  React.createElement = function patched(type, ...rest) {
    if (typeof type === 'string') created.push(type);
    return original(type, ...rest);
  };
  try {
    renderToStaticMarkup(original('div', null, original(BodyMap, { view: 'front' }), original(HoldTimer, { duration: 30 })));
  } finally {
    React.createElement = original;
  }
  assert.deepEqual(created, ['knot-body-map', 'knot-hold-timer']);
});
