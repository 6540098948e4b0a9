// The example apps (examples/*) against the packed tarball, as a new user gets knotkit: build
// the package when dist/ is older than src/, `npm pack` it to examples/knotkit.tgz, install that
// into each example (its package.json names `file:../knotkit.tgz`), build each with its own
// `npm run build`, serve the folder its package.json names on 127.0.0.1 and drive it in
// Chromium: the elements render, a click on a body-map region changes the app's own text, the
// app's button starts the timer, no console errors. An app that renders knotkit on the server
// must also send the elements' shadow roots in its HTML (the timer's 0:30, the map's regions),
// show them with scripts off, and hydrate them: the server's nodes are the ones that respond.
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

/** How an app is served (its package.json's `knotkitExample`): the folder its build writes, and whether it renders knotkit on the server. */
export function exampleOptions(pkg) {
  const { serve = 'dist', ssr = false } = pkg.knotkitExample ?? {};
  return { serve, ssr };
}

/** `tag`'s markup in a page (the first one), without Lit's comments: what a browser parses. */
const element = (page, tag) => {
  const html = page.replace(/<!--[^]*?-->/g, '');
  const start = html.indexOf(`<${tag}`);
  const end = html.indexOf(`</${tag}>`, start);
  return start < 0 || end < 0 ? '' : html.slice(start, end);
};

/**
 * What a server-rendered page must contain before any script runs: each element with its
 * declarative shadow root, the timer's time, the map's region paths. Returns what is missing.
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
  return problems;
}

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
  check(!missing.length, `${app}: the server's HTML holds each element's declarative shadow root, the timer's 0:30 and the map's regions${missing.length ? `: ${missing.join('; ')}` : ''}`);

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

/** The app in a browser: it renders, a map click reaches the app, the app's button starts the timer, the console stays clean. */
async function checkApp(browser, app, url, { ssr }, check) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.location().url.endsWith('/favicon.ico')) return; // the browser asks; the apps have none
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  // Before the page's scripts run (the document is parsed, deferred and module scripts wait),
  // keep the nodes the server sent: hydration must take them over, not draw new ones.
  if (ssr) {
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const shadow = (tag) => document.querySelector(tag)?.shadowRoot;
        window.__serverNodes = {
          temple: shadow('knot-body-map')?.querySelector('[data-region="temple-left"]'),
          time: shadow('knot-hold-timer')?.querySelector('[part~="time"]'),
        };
      });
    });
  }
  const text = (selector) => page.locator(selector).textContent().then((t) => t?.replace(/\s+/g, ' ').trim());
  try {
    await page.goto(url);
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
          shadow('knot-technique-card')?.querySelector('[part~="steps"] li')
        );
      }, null, { timeout: 10000 })
      .then(() => true, () => false);
    check(rendered, `${app}: the body map, the 0:30 hold timer and the technique card's steps render`);
    if (ssr) {
      const kept = await page.evaluate(() => {
        const shadow = (tag) => document.querySelector(tag)?.shadowRoot;
        const server = window.__serverNodes ?? {};
        return {
          temple: !!server.temple && server.temple === shadow('knot-body-map')?.querySelector('[data-region="temple-left"]'),
          time: !!server.time && server.time === shadow('knot-hold-timer')?.querySelector('[part~="time"]'),
        };
      });
      check(kept.temple && kept.time, `${app}: hydration keeps the server's nodes (map region: ${kept.temple ? 'same' : 'replaced'}, timer time: ${kept.time ? 'same' : 'replaced'})`);
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
  for (const app of apps) {
    await timed(app, 'build', () => run('npm', ['run', 'build', '--silent'], join(EXAMPLES, app)));
    console.log(`${app}: built (${seconds()})`);
  }

  const failures = [];
  let checks = 0;
  const check = (ok, what) => {
    checks++;
    console.log(`${ok ? '✓' : '✗'} ${what}`);
    if (!ok) failures.push(what);
  };

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
  for (const app of apps) console.log(`  ${app.padEnd(14)} install ${times[app].install?.toFixed(1)}  build ${times[app].build?.toFixed(1)}  check ${times[app].check?.toFixed(1)}`);
  console.log(`example apps (${seconds()}): ${checks - failures.length} passed, ${failures.length} failed`);
  return failures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const failures = await examples({ only: process.argv.slice(2) });
  if (failures.length === 1 && failures[0].startsWith('examples: none found')) console.error(failures[0]);
  process.exit(failures.length ? 1 : 0);
}
