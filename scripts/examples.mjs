// The example apps (examples/*) against the packed tarball, as a new user gets knotkit: build
// the package when dist/ is older than src/, `npm pack` it to examples/knotkit.tgz, install that
// into each example (its package.json names `file:../knotkit.tgz`), build each with its own
// `npm run build`, serve the folder its package.json names on 127.0.0.1 and drive it in
// Chromium: the page says its language, a click on the app's button while knotkit's module is
// still loading throws nothing, the elements render, a click on a body-map region changes the
// app's own text, the app's button starts the timer, no console errors. An app with a `check`
// script (a type check) runs it after its build. An app that renders knotkit on the server
// must also send the elements' shadow roots in its HTML (the timer's 0:30, the map's regions,
// a catalog card's loading state), show them with scripts off, and hydrate them: the server's
// nodes are the ones that respond, and the browser draws no second copy of them (the only
// sign of a broken hydration in a production build: Lit reports nothing in the console).
// Each app says how it is served in its package.json:
//   "knotkitExample": { "serve": "dist", "ssr": false }   (these are the defaults)
// Exit 1 on any failure. `npm run examples`; `node scripts/examples.mjs react-vite` for one.
// `npm run release:check` runs it too, through `examples()`.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from '../.ci/find-browser.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.txt': 'text/plain' };

/**
 * How an app is served (its package.json's `knotkitExample`): the folder its build writes,
 * whether it renders knotkit on the server, and its type check (the `check` script's command,
 * run after the build), if it has one.
 */
export function exampleOptions(pkg) {
  const { serve = 'dist', ssr = false } = pkg.knotkitExample ?? {};
  return { serve, ssr, check: pkg.scripts?.check ?? null };
}

/** Every `tag` element's markup in a page, without Lit's comments: what a browser parses. */
const elements = (page, tag) => {
  const html = page.replace(/<!--[^]*?-->/g, '');
  const found = [];
  for (let start = html.indexOf(`<${tag}`); start >= 0; start = html.indexOf(`<${tag}`, start + 1)) {
    const end = html.indexOf(`</${tag}>`, start);
    if (end < 0) break;
    found.push(html.slice(start, end));
  }
  return found;
};
/** `tag`'s markup in a page (the first one). */
const element = (page, tag) => elements(page, tag)[0] ?? '';

/** A card's catalog id, from its start tag (a card given an object has none). */
const catalogId = (card) => /^<knot-technique-card\b[^>]*\stechnique="([^"]+)"/.exec(card)?.[1];

/**
 * What a server-rendered page must contain before any script runs: each element with its
 * declarative shadow root, the timer's time, the map's region paths, a card given a catalog id
 * its loading state (the browser loads the technique), a card given an object its steps.
 * Returns what is missing.
 */
export function serverMarkupProblems(page) {
  const problems = [];
  const shadow = /^<[a-z-]+[^>]*>\s*<template shadowroot(mode)?="open"/;
  for (const tag of ['knot-body-map', 'knot-hold-timer', 'knot-technique-card']) {
    if (!shadow.test(element(page, tag))) problems.push(`<${tag}> has no declarative shadow root`);
  }
  if (!/part="time"[^>]*>0:30</.test(element(page, 'knot-hold-timer'))) problems.push('the timer does not show 0:30');
  const map = element(page, 'knot-body-map');
  const regions = map.match(/<path [^>]*data-region="/g)?.length ?? 0;
  if (regions < 20 || !/<path [^>]*data-region="temple-left"/.test(map)) problems.push(`the map has ${regions} region paths`);
  for (const card of elements(page, 'knot-technique-card').filter((c) => shadow.test(c))) {
    const id = catalogId(card);
    if (id && !/<div part="base" class="base" aria-busy="true">Loading…<\/div>/.test(card)) problems.push(`the card "${id}" does not show its loading state`);
    if (!id && !/<ol part="steps"><li>/.test(card)) problems.push('a card given an object does not show its steps');
  }
  return problems;
}

/**
 * A script that defines <knot-hold-timer>: knotkit's `define('knot-hold-timer', …)` or
 * `customElements.define`, minified or not (webpack calls it as `(0,r.t)("knot-hold-timer",s.t)`).
 * The module an app's button needs.
 */
export const DEFINES_TIMER = /[\w$)]\(\s*(["'`])knot-hold-timer\1\s*,\s*[\w$.]+\s*\)/;

/** The newest modification time under a folder, in ms. */
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((max, e) => Math.max(max, statSync(join(e.parentPath, e.name)).mtimeMs), 0);

/** Serves one folder on 127.0.0.1 (unknown paths get index.html, as an app host does). */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    const body = await readFile(file).catch(() => null);
    if (body) res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    else if (extname(path)) res.writeHead(404).end('not found');
    else res.writeHead(200, { 'content-type': 'text/html' }).end(await readFile(join(dir, 'index.html')));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** A server-rendered app: its HTML carries the elements' shadow roots, which a browser shows with scripts off. */
async function checkServerRendering(browser, app, url, check) {
  const page = await fetch(url).then((r) => r.text());
  const missing = serverMarkupProblems(page);
  check(!missing.length, `${app}: the server's HTML holds each element's declarative shadow root, the timer's 0:30, the map's regions and the card's loading state${missing.length ? `: ${missing.join('; ')}` : ''}`);

  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const tab = await context.newPage();
    await tab.goto(url);
    const time = await tab.locator('knot-hold-timer [part~="time"]').textContent({ timeout: 3000 }).catch(() => null);
    const regions = await tab.locator('knot-body-map [part~="region"]').count();
    check(time === '0:30' && regions > 20, `${app}: with scripts off, the timer shows ${time ?? 'nothing'} and the map ${regions} regions`);
  } finally {
    await context.close();
  }
}

/**
 * Before the page's scripts run (the document is parsed, deferred and module scripts wait):
 * the nodes the server sent, which hydration must take over, and every element the browser
 * adds to the cards' shadow roots from then on (a hydrated card draws no loading state of its
 * own; a card given an object keeps its title).
 */
function keepServerNodes() {
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const shadow = (tag) => document.querySelector(tag)?.shadowRoot;
    const cards = [...document.querySelectorAll('knot-technique-card')].map((card) => {
      const root = card.shadowRoot;
      const added = [];
      if (root) {
        new MutationObserver((records) => {
          for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) added.push(node, ...node.querySelectorAll('*'));
        }).observe(root, { childList: true, subtree: true });
      }
      return { card, catalog: card.hasAttribute('technique'), loading: root?.querySelector('[aria-busy="true"]'), title: root?.querySelector('.title'), added };
    });
    window.__serverNodes = {
      temple: shadow('knot-body-map')?.querySelector('[data-region="temple-left"]'),
      time: shadow('knot-hold-timer')?.querySelector('[part~="time"]'),
      cards,
    };
  });
}

/**
 * Opens the app with the script that defines <knot-hold-timer> held back, clicks the app's
 * button if the page shows it meanwhile (a server-rendered page does), then lets the script
 * load. The click must throw nothing: an app whose button calls `timer.start()` before the
 * element is defined throws "start is not a function". Returns what happened, for the check.
 */
async function clickBeforeTheElements(page, url, problems) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let held;
  const heldBack = new Promise((resolve) => (held = resolve));
  await page.route(
    (u) => /\.m?js$/.test(u.pathname),
    async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (DEFINES_TIMER.test(body)) {
        held(route.request().url());
        await released;
      }
      await route.fulfill({ response, body });
    },
  );
  try {
    await page.goto(url, { waitUntil: 'commit' });
    let timeout;
    const file = await Promise.race([heldBack, new Promise((resolve) => (timeout = setTimeout(resolve, 10000, null)))]);
    clearTimeout(timeout);
    if (!file) return { ok: false, said: 'no script the page loaded defines <knot-hold-timer>' };
    await page.waitForFunction(() => document.readyState !== 'loading');
    const start = page.getByRole('button', { name: 'Start a 30-second hold' });
    if (!(await start.count())) return { ok: true, said: `the app shows its button only once ${file.slice(file.lastIndexOf('/') + 1)} has run` };
    const before = problems.length;
    const defined = await page.evaluate(() => !!customElements.get('knot-hold-timer'));
    await start.click();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve))); // the click's handlers have run
    const thrown = problems.slice(before);
    return { ok: !defined && thrown.length === 0, said: `clicked while ${file.slice(file.lastIndexOf('/') + 1)} was held back (timer ${defined ? 'already' : 'not yet'} defined)${thrown.length ? `: ${thrown.join('; ')}` : ''}` };
  } finally {
    release();
  }
}

/** The app in a browser: it renders, a map click reaches the app, the app's button starts the timer, the console stays clean. */
async function checkApp(browser, app, url, { ssr }, check) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.location().url.endsWith('/favicon.ico')) return; // the browser asks; the apps have none
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  if (ssr) await page.addInitScript(keepServerNodes);
  const text = (selector) => page.locator(selector).textContent().then((t) => t?.replace(/\s+/g, ' ').trim());
  try {
    const early = await clickBeforeTheElements(page, url, problems);
    check(early.ok, `${app}: a click on the app's button before knotkit's elements load throws nothing (${early.said})`);
    const lang = await page.evaluate(() => document.documentElement.lang);
    check(lang === 'en', `${app}: the page says its language (<html lang="${lang}">)`);
    const rendered = await page
      .waitForFunction(() => {
        const tags = ['knot-body-map', 'knot-hold-timer', 'knot-technique-card'];
        const shadow = (tag) => document.querySelector(tag)?.shadowRoot;
        // Defined and updated once (a server-rendered element: hydrated), not waiting on a framework.
        const live = tags.every((tag) => document.querySelector(tag)?.hasUpdated && !document.querySelector(`${tag}[defer-hydration]`));
        return (
          live &&
          shadow('knot-body-map')?.querySelectorAll('[part~="region"]').length > 20 &&
          shadow('knot-hold-timer')?.querySelector('[part~="time"]')?.textContent.trim() === '0:30' &&
          [...document.querySelectorAll('knot-technique-card')].every((card) => card.shadowRoot?.querySelector('[part~="steps"] li'))
        );
      }, null, { timeout: 10000 })
      .then(() => true, () => false);
    check(rendered, `${app}: the body map, the 0:30 hold timer and the technique cards' steps render`);
    if (ssr) {
      const kept = await page.evaluate(() => {
        const shadow = (tag) => document.querySelector(tag)?.shadowRoot;
        const server = window.__serverNodes ?? {};
        const cards = (server.cards ?? []).map(({ card, catalog, loading, title, added }) =>
          catalog
            ? // The server's loading state was hydrated (never drawn again), then replaced by the technique.
              !!loading && !loading.isConnected && !added.some((n) => n.matches('[aria-busy]')) && card.shadowRoot.querySelectorAll('[part~="base"]').length === 1
            : !!title && title === card.shadowRoot.querySelector('.title'),
        );
        return {
          temple: !!server.temple && server.temple === shadow('knot-body-map')?.querySelector('[data-region="temple-left"]'),
          time: !!server.time && server.time === shadow('knot-hold-timer')?.querySelector('[part~="time"]'),
          cards: cards.length > 0 && cards.every(Boolean),
          count: cards.length,
        };
      });
      const said = (ok) => (ok ? 'same' : 'drawn again');
      check(
        kept.temple && kept.time && kept.cards,
        `${app}: hydration keeps the server's nodes (map region: ${said(kept.temple)}, timer time: ${said(kept.time)}, ${kept.count} card${kept.count === 1 ? '' : 's'}: ${said(kept.cards)})`,
      );
    }

    const before = await text('#regions');
    await page.locator('knot-body-map [data-region="temple-left"]').click();
    await page.waitForFunction(() => document.querySelector('#regions')?.textContent.includes('temple-left'), null, { timeout: 3000 }).catch(() => {});
    const after = await text('#regions');
    check(before === 'Chosen: nothing yet' && after === 'Chosen: temple-left', `${app}: a click on the left temple changes the app's text ("${before}" → "${after}")`);

    await page.getByRole('button', { name: 'Start a 30-second hold' }).click();
    await page.waitForFunction(() => document.querySelector('knot-hold-timer')?.getAttribute('state') === 'running', null, { timeout: 3000 }).catch(() => {});
    const state = await page.locator('knot-hold-timer').getAttribute('state');
    const phase = await text('knot-hold-timer [part~="phase"]');
    const said = await text('#timer');
    check(state === 'running' && phase === 'Get ready' && said === 'Timer: running', `${app}: the app's button starts the timer (state ${state}, "${phase}", app says "${said}")`);
  } catch (error) {
    check(false, `${app}: ${error.message}`);
  }
  check(problems.length === 0, `${app}: no console errors or warnings${problems.length ? `: ${problems.join('; ')}` : ''}`);
  await page.close();
}

/**
 * Packs the package, installs the tarball into the example apps (all, or those named in
 * `only`), builds and drives each. Returns what failed (empty when all passed).
 * @param {{ root?: string, only?: string[] }} [options]
 * @returns {Promise<string[]>}
 */
export async function examples({ root = process.cwd(), only = [] } = {}) {
  const ROOT = root;
  const EXAMPLES = join(ROOT, 'examples');
  const TARBALL = join(EXAMPLES, 'knotkit.tgz');
  const started = Date.now();
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

  const apps = readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(EXAMPLES, d.name, 'package.json')))
    .map((d) => d.name)
    .filter((name) => !only.length || only.includes(name));
  const options = Object.fromEntries(apps.map((app) => [app, exampleOptions(JSON.parse(readFileSync(join(EXAMPLES, app, 'package.json'), 'utf8')))]));
  /** Seconds each app spent in each stage (installs run side by side, so theirs overlap). */
  const times = Object.fromEntries(apps.map((app) => [app, {}]));
  const timed = async (app, stage, work) => {
    const t = Date.now();
    try {
      return await work();
    } finally {
      times[app][stage] = (Date.now() - t) / 1000;
    }
  };
  if (!apps.length) return [`examples: none found${only.length ? ` named ${only.join(', ')}` : ''}`];

  // The frameworks' usage reports stay off (CI has no network but the registry).
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', NG_CLI_ANALYTICS: 'false' };
  const run = (cmd, args, cwd = ROOT) => execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

  if (!existsSync(join(ROOT, 'dist/index.js')) || newest(join(ROOT, 'src')) > statSync(join(ROOT, 'dist/index.js')).mtimeMs) {
    console.log('dist/ is missing or older than src/: npm run build');
    run('npm', ['run', 'build', '--silent']);
  }
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', EXAMPLES]));
  renameSync(join(EXAMPLES, filename), TARBALL);
  console.log(`packed ${filename} → examples/knotkit.tgz (${seconds()})`);

  // Installs wait on the registry more than on the CPU: all at once. Builds one after another.
  const install = (app) =>
    timed(app, 'install', () => new Promise((resolve, reject) => {
      const dir = join(EXAMPLES, app);
      // The tarball keeps its path from run to run: drop the old copy so npm unpacks the new one.
      rmSync(join(dir, 'node_modules', 'knotkit'), { recursive: true, force: true });
      const npm = spawn('npm', ['install', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
      npm.on('error', reject);
      npm.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${app}: npm install exited ${code}`))));
    }));
  await Promise.all(apps.map(install));
  console.log(`installed the tarball into ${apps.join(', ')} (${seconds()})`);
  const failures = [];
  let checks = 0;
  const check = (ok, what) => {
    checks++;
    console.log(`${ok ? '✓' : '✗'} ${what}`);
    if (!ok) failures.push(what);
  };

  for (const app of apps) {
    await timed(app, 'build', () => run('npm', ['run', 'build', '--silent'], join(EXAMPLES, app)));
    console.log(`${app}: built (${seconds()})`);
    // An app's own type check (Astro's `astro check`): what its docs say it catches, it catches.
    if (options[app].check) {
      const failed = await timed(app, 'types', () => {
        try {
          execFileSync('npm', ['run', 'check', '--silent'], { cwd: join(EXAMPLES, app), env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
          return '';
        } catch (error) {
          // Its report: the errors, each with its file and line, and the count.
          return `${error.stdout ?? ''}\n${error.stderr ?? ''}`.replace(/\x1b\[[\d;]*m/g, '').split('\n').filter((line) => /error|Result|- \d/.test(line)).slice(-12).join('\n');
        }
      });
      check(!failed, `${app}: npm run check (${options[app].check}) passes${failed ? `:\n${failed}` : ''}`);
    }
  }

  const browser = await chromium.launch({
    executablePath: findBrowser(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    for (const app of apps) {
      const t = Date.now();
      const server = await serve(join(EXAMPLES, app, options[app].serve));
      const url = `http://127.0.0.1:${server.address().port}/`;
      try {
        if (options[app].ssr) await checkServerRendering(browser, app, url, check);
        await checkApp(browser, app, url, options[app], check);
      } finally {
        server.close();
        times[app].check = (Date.now() - t) / 1000;
      }
    }
  } finally {
    await browser.close();
  }
  console.log('\nseconds per app (installs run side by side):');
  for (const app of apps) {
    const types = times[app].types === undefined ? '' : `  types ${times[app].types.toFixed(1)}`;
    console.log(`  ${app.padEnd(14)} install ${times[app].install?.toFixed(1)}  build ${times[app].build?.toFixed(1)}${types}  check ${times[app].check?.toFixed(1)}`);
  }
  console.log(`example apps (${seconds()}): ${checks - failures.length} passed, ${failures.length} failed`);
  return failures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const failures = await examples({ only: process.argv.slice(2) });
  if (failures.length === 1 && failures[0].startsWith('examples: none found')) console.error(failures[0]);
  process.exit(failures.length ? 1 : 0);
}
