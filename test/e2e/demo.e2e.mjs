// End to end, as a blogger's reader sees it: demo/hold-timer.html served statically with a
// strict Content-Security-Policy, using only the built CDN files (run `npm run build` first).
// Checks that the timer renders, starts, follows <html lang>, and breaks no CSP rule.
import { createServer } from 'node:http';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../../.ci/find-browser.mjs';

const ROOT = process.cwd();
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(ROOT, path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-security-policy': CSP });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const failures = [];
let checks = 0;
const check = (ok, what) => {
  checks++;
  console.log(`${ok ? '✓' : '✗'} ${what}`);
  if (!ok) failures.push(what);
};
try {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.location().url.endsWith('/favicon.ico')) return; // the browser asks; the demo has none
    if (m.type() === 'error' || /Content Security Policy/.test(m.text())) problems.push(`console ${m.type()}: ${m.text()} ${m.location().url}`);
  });
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`http://127.0.0.1:${port}/demo/hold-timer.html`);
  await page.waitForFunction(() => customElements.get('knot-hold-timer') && document.querySelector('knot-hold-timer')?.shadowRoot?.querySelector('[part~="time"]'));
  const timer = page.locator('knot-hold-timer').first();
  check((await timer.locator('[part~="time"]').textContent()) === '1:00', 'idle timer shows 1:00');
  check(requests.every((p) => p.startsWith('/demo/') || p.startsWith('/dist/cdn/')), 'loads only the page and dist/cdn files');
  check(!requests.some((p) => /localization|\/(es|de|fr)-/.test(p)), 'an English page loads no translation code');
  await timer.getByRole('button', { name: 'Start' }).click();
  await page.waitForFunction(() => document.querySelector('knot-hold-timer')?.getAttribute('state') === 'running');
  check((await timer.locator('[part~="phase"]').textContent()) === 'Get ready', 'Start runs the timer: "Get ready"');
  await page.screenshot({ path: 'bench/shots/hold-timer-demo.png', fullPage: true });
  await page.evaluate(() => (document.documentElement.lang = 'de'));
  await page.waitForFunction(() => document.querySelector('knot-hold-timer')?.shadowRoot?.querySelector('[part~="phase"]')?.textContent?.trim() === 'Mach dich bereit', null, { timeout: 3000 }).catch(() => {});
  const german = (await timer.locator('[part~="phase"]').textContent())?.trim();
  check(german === 'Mach dich bereit', `<html lang="de"> switches the running timer to German ("${german}")`);
  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({ path: 'bench/shots/hold-timer-demo-320.png', fullPage: true });
  check(problems.length === 0, `no page errors or CSP violations${problems.length ? `: ${problems.join('; ')}` : ''}`);

  // The autoloader page: French from <html lang>, cloak lifted once the tag is defined.
  const loader = await browser.newPage();
  const loaderProblems = [];
  loader.on('pageerror', (e) => loaderProblems.push(e.message));
  await loader.goto(`http://127.0.0.1:${port}/demo/loader.html`);
  await loader.waitForFunction(() => !document.documentElement.classList.contains('knot-cloak') && customElements.get('knot-hold-timer'));
  await loader.waitForFunction(() => document.querySelector('knot-hold-timer')?.shadowRoot?.querySelector('[part~="phase"]')?.textContent?.trim() === 'Prêt');
  check(loaderProblems.length === 0, `loader.js defines the tag, lifts the cloak and follows <html lang="fr">${loaderProblems.length ? `: ${loaderProblems.join('; ')}` : ''}`);

  // The body map in a form, from dist/cdn/body-map.js alone, at 800 and 320 px.
  const body = await browser.newPage({ viewport: { width: 800, height: 1000 } });
  const bodyProblems = [];
  body.on('pageerror', (e) => bodyProblems.push(e.message));
  await body.goto(`http://127.0.0.1:${port}/demo/body-map.html`);
  await body.waitForFunction(() => document.querySelector('knot-body-map')?.shadowRoot?.querySelectorAll('[part~="region"]').length > 100);
  await body.locator('knot-body-map [data-region="temple-left"]').click();
  await body.locator('knot-body-map [data-region="low-back-right"]').click();
  const entries = await body.evaluate(() => new FormData(document.querySelector('form')).getAll('pain'));
  check(JSON.stringify(entries) === JSON.stringify(['temple-left:5', 'low-back-right:5']), `body map: clicks become form entries (${entries.join(', ')})`);
  await body.screenshot({ path: 'bench/shots/body-map-demo.png', fullPage: true });
  await body.setViewportSize({ width: 320, height: 900 });
  await body.waitForFunction(() => document.querySelector('knot-body-map')?.hasAttribute('narrow'));
  await body.screenshot({ path: 'bench/shots/body-map-demo-320.png', fullPage: true });
  check(bodyProblems.length === 0, `body map demo: no page errors${bodyProblems.length ? `: ${bodyProblems.join('; ')}` : ''}`);

  // A technique card from dist/cdn/technique-card.js: one muscle module, then the timer on Start.
  const cardPage = await browser.newPage({ viewport: { width: 800, height: 1400 } });
  const cardProblems = [];
  const cardRequests = [];
  cardPage.on('pageerror', (e) => cardProblems.push(e.message));
  cardPage.on('request', (r) => cardRequests.push(new URL(r.url()).pathname));
  await cardPage.goto(`http://127.0.0.1:${port}/demo/technique-card.html`);
  await cardPage.waitForFunction(() => document.querySelector('knot-technique-card')?.shadowRoot?.querySelector('[part~="steps"] li'));
  const muscleIds = [...(await readFile('src/data/muscles/index.ts', 'utf8')).matchAll(/'([a-z-]+)': \(\) => import/g)].map((m) => m[1]);
  const modules = cardRequests.filter((p) => muscleIds.some((id) => p.startsWith(`/dist/cdn/chunks/${id}-`) && /^[\w-]{8}\.js$/.test(p.slice(`/dist/cdn/chunks/${id}-`.length))));
  check(modules.length === 1 && modules[0].includes('upper-trapezius'), `technique card loads one muscle module (${modules.join(', ')})`);
  await cardPage.locator('knot-technique-card').getByRole('button', { name: 'Start the timer' }).click();
  await cardPage.waitForFunction(() => document.querySelector('knot-technique-card')?.shadowRoot?.querySelector('knot-hold-timer')?.getAttribute('state') === 'running');
  await cardPage.screenshot({ path: 'bench/shots/technique-card-demo.png', fullPage: true });
  check(cardProblems.length === 0, `technique card: Start opens a running timer, no page errors${cardProblems.length ? `: ${cardProblems.join('; ')}` : ''}`);

  // A routine from dist/cdn/routine-player.js: start it, see step 1 running, reload, resume.
  const routinePage = await browser.newPage({ viewport: { width: 800, height: 1400 } });
  const routineProblems = [];
  routinePage.on('pageerror', (e) => routineProblems.push(e.message));
  await routinePage.goto(`http://127.0.0.1:${port}/demo/routine-player.html`);
  const playerButton = (name) => routinePage.locator('knot-routine-player').getByRole('button', { name, exact: true });
  await playerButton('Start the routine').click();
  await routinePage.waitForFunction(() => document.querySelector('knot-routine-player')?.shadowRoot?.querySelector('knot-hold-timer')?.getAttribute('state') === 'running', null, { timeout: 5000 }).catch(() => {
    throw new Error('routine player: the first step\'s timer did not run');
  });
  await routinePage.screenshot({ path: 'bench/shots/routine-player-demo.png', fullPage: true });
  await playerButton('Next').click();
  await routinePage.waitForFunction(() => document.querySelector('knot-routine-player')?.snapshot?.step === 1, null, { timeout: 5000 }).catch(() => {
    throw new Error('routine player: Next did not reach step 2');
  });
  await routinePage.evaluate(() => dispatchEvent(new Event('pagehide')));
  await routinePage.reload();
  await playerButton('Resume').click({ timeout: 5000 }).catch(() => {
    throw new Error('routine player: no "Resume" after the reload');
  });
  await routinePage.waitForFunction(() => document.querySelector('knot-routine-player')?.snapshot?.step === 1, null, { timeout: 5000 }).catch(() => {
    throw new Error('routine player: did not resume at step 2');
  });
  check(routineProblems.length === 0, `routine player: runs step 1, resumes at step 2 after a reload${routineProblems.length ? `: ${routineProblems.join('; ')}` : ''}`);

  // knotkit/react: a React 19 app bundled from the sources renders two wrappers (each imported
  // on its own) and gets their events.
  await mkdir('bench/shots', { recursive: true });
  const app = await build({
    stdin: {
      contents: `
        import { createElement as h } from 'react';
        import { createRoot } from 'react-dom/client';
        import { HoldTimer } from './src/react/hold-timer.ts';
        import { BodyMap } from './src/react/body-map.ts';
        window.reactEvents = [];
        createRoot(document.getElementById('app')).render([
          h(HoldTimer, { key: 't', duration: 30, label: 'From React', onKnotStart: () => window.reactEvents.push('knot-start') }),
          h(BodyMap, { key: 'm', view: 'front', onChange: (e) => window.reactEvents.push('change:' + e.detail.value.map((v) => v.region).join()) }),
        ]);`,
      resolveDir: '.',
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    tsconfig: 'tsconfig.json',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  await writeFile('bench/shots/react-e2e.js', app.outputFiles[0].text);
  await writeFile('bench/shots/react-e2e.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>react</title><script type="module" src="react-e2e.js"></script></head><body><div id="app"></div></body></html>');
  const reactPage = await browser.newPage();
  const reactProblems = [];
  reactPage.on('pageerror', (e) => reactProblems.push(e.message));
  await reactPage.goto(`http://127.0.0.1:${port}/bench/shots/react-e2e.html`);
  await reactPage.waitForFunction(() => document.querySelector('knot-hold-timer')?.shadowRoot?.querySelector('[part~="label"]')?.textContent === 'From React');
  await reactPage.locator('knot-hold-timer').getByRole('button', { name: 'Start' }).click();
  await reactPage.locator('knot-body-map [data-region="temple-left"]').click();
  const reactEvents = await reactPage.evaluate(() => window.reactEvents);
  check(reactProblems.length === 0 && reactEvents.includes('knot-start') && reactEvents.includes('change:temple-left'), `knotkit/react: props render, events reach React handlers (${reactEvents.join(', ')})`);
  const registered = await reactPage.evaluate(() => ['knot-hold-timer', 'knot-body-map', 'knot-technique-card', 'knot-routine-player'].filter((tag) => customElements.get(tag)));
  check(registered.join() === 'knot-hold-timer,knot-body-map', `knotkit/react/<element>.js registers only its element (${registered.join(', ')})`);
} catch (error) {
  check(false, `demo run: ${error.message}`);
} finally {
  await browser.close();
  server.close();
}
console.log(`\ndemo e2e: ${checks - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
