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
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
// Strict, with Trusted Types (issue 13): Lit's own `lit-html` policy is the only one allowed, once.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * Runs in the page: every visible text inside a knot-* element whose contrast with what is
 * painted behind it is under WCAG's 4.5:1 (3:1 for large text). The background is found by
 * walking up the flat tree (slot, parent, shadow host) to the first opaque background, and the
 * page's canvas (`Canvas` in its color-scheme) when nothing is painted; opacity is applied.
 */
function lowContrastText() {
  const ctx = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true });
  const rgba = (css) => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000';
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return { r, g, b, a: a / 255 };
  };
  const over = (top, below) => ({ r: top.r * top.a + below.r * (1 - top.a), g: top.g * top.a + below.g * (1 - top.a), b: top.b * top.a + below.b * (1 - top.a), a: 1 });
  const luminance = ({ r, g, b }) => [r, g, b].map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (x, y) => { const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p); return (hi + 0.05) / (lo + 0.05); };
  const show = ({ r, g, b }) => `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
  const parentOf = (el) => el.assignedSlot ?? el.parentElement ?? el.getRootNode().host ?? null;
  const probe = document.createElement('div');
  probe.style.backgroundColor = 'Canvas';
  document.documentElement.append(probe);
  const canvas = rgba(getComputedStyle(probe).backgroundColor);
  probe.remove();
  const all = function* (root) {
    for (const el of root.querySelectorAll('*')) {
      yield el;
      if (el.shadowRoot) yield* all(el.shadowRoot);
    }
  };
  const low = [];
  for (const host of [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('knot-') && e.shadowRoot)) {
    for (const el of all(host.shadowRoot)) {
      const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent.trim()).join(' ').trim();
      if (!text || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue; // visually hidden text for screen readers
      let disabled = false;
      let opacity = 1;
      const layers = [];
      let opaque = false;
      for (let e = el; e; e = parentOf(e)) {
        if (e.matches(':disabled, [aria-disabled="true"]')) disabled = true;
        const style = getComputedStyle(e);
        opacity *= Number(style.opacity);
        if (opaque) continue;
        const background = rgba(style.backgroundColor);
        if (background.a > 0) layers.push(background);
        opaque = background.a >= 1;
      }
      if (disabled) continue;
      const style = getComputedStyle(el);
      const paint = el instanceof SVGElement ? style.fill : style.color;
      if (!/^(rgb|color|oklab|oklch|lab|lch|hsl|#)/.test(paint)) continue;
      const bg = layers.reverse().reduce((below, top) => over(top, below), canvas);
      const fg = rgba(paint);
      const shown = over({ ...fg, a: fg.a * opacity }, bg);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const r = ratio(shown, bg);
      if (r < (large ? 3 : 4.5)) low.push({ tag: `${host.localName} ${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`, text: text.slice(0, 40), ratio: r.toFixed(2), fg: show(shown), bg: show(bg) });
    }
  }
  return low;
}

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(ROOT, path));
    // CORS on every file, as a CDN sends it: a sandboxed embed (an opaque origin) loads modules cross-origin.
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-security-policy': CSP, 'access-control-allow-origin': '*' });
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
  check(requests.every((p) => p.startsWith('/demo/') || p.startsWith('/dist/cdn/') || p === '/dist/themes/reserve.css'), 'loads only the page, dist/cdn files and themes/reserve.css');
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
  // Narrow: one view, with Front / Back toggles (a container query: no script reacts to the size).
  await body.waitForFunction(() => document.querySelector('knot-body-map')?.shadowRoot?.querySelector('.pick')?.checkVisibility());
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

  // The trigger finder from dist/cdn/trigger-finder.js: the body map demo's "Find the muscles"
  // leads there with its regions; warning signs, map, muscles, cards and a playing routine.
  const finderPage = await browser.newPage({ viewport: { width: 800, height: 1200 } });
  const finderProblems = [];
  const finderRequests = [];
  finderPage.on('pageerror', (e) => finderProblems.push(e.message));
  finderPage.on('console', (m) => /Content Security Policy/.test(m.text()) && finderProblems.push(m.text()));
  finderPage.on('request', (r) => finderRequests.push(new URL(r.url()).pathname));
  await finderPage.goto(`http://127.0.0.1:${port}/demo/body-map.html`);
  await finderPage.waitForFunction(() => document.querySelector('knot-body-map')?.shadowRoot?.querySelectorAll('[part~="region"]').length > 100);
  await finderPage.locator('knot-body-map [data-region="temple-left"]').click();
  finderRequests.length = 0; // from here on, the finder page's own requests
  await finderPage.getByRole('button', { name: 'Find the muscles' }).click();
  await finderPage.waitForURL(/trigger-finder\.html\?pain=temple-left/);
  const finder = finderPage.locator('knot-trigger-finder');
  const finderHeading = (text) => finderPage.waitForFunction((t) => document.querySelector('knot-trigger-finder')?.shadowRoot?.querySelector('h2')?.textContent?.trim() === t, text, { timeout: 5000 });
  await finderHeading('First, check the warning signs');
  // (The form-control styles the map's panel shares with the finder's checkboxes may load.)
  const elementFiles = finderRequests.filter((p) => /body-map|technique-card|routine-player|figure-/.test(p) && !p.includes('controls.styles'));
  check(elementFiles.length === 0, `trigger finder: the first load is the warning signs only (no map, cards or player)${elementFiles.length ? `: ${elementFiles.join(' ')}` : ''}`);
  await finder.getByRole('button', { name: 'None of these: continue' }).click();
  await finderHeading('Where does it hurt?');
  const preset = await finderPage.evaluate(() => document.querySelector('knot-trigger-finder').state.selection.map((s) => s.region));
  check(JSON.stringify(preset) === '["temple-left"]', `trigger finder: the body map demo's regions arrive (${preset})`);
  await finder.getByRole('button', { name: 'Find the muscles' }).click();
  await finderHeading('Likely muscles');
  await finderPage.waitForFunction(() => document.querySelector('knot-trigger-finder').shadowRoot.querySelector('[part~="candidate"]'));
  await finder.locator('[part~="candidate"] input').first().check();
  await finder.getByRole('button', { name: 'Show how to release them' }).click();
  await finderHeading('How to release them');
  await finderPage.goBack();
  await finderHeading('Likely muscles');
  await finderPage.goForward();
  await finderHeading('How to release them');
  await finder.getByRole('button', { name: 'Build my routine' }).click();
  await finderHeading('Your routine');
  await finder.locator('knot-routine-player').getByRole('button', { name: 'Start the routine' }).click();
  const playing = await finderPage
    .waitForFunction(() => document.querySelector('knot-trigger-finder').shadowRoot.querySelector('knot-routine-player')?.snapshot, null, { timeout: 5000 })
    .then(() => true, () => false);
  check(playing, 'trigger finder: back and forward move between steps; the routine plays in place');
  check(finderRequests.every((p) => p.startsWith('/demo/') || p.startsWith('/dist/cdn/') || p === '/dist/themes/reserve.css' || p === '/favicon.ico'), 'trigger finder: loads only the page, dist/cdn files and themes/reserve.css');
  check(finderProblems.length === 0, `trigger finder: no page errors or CSP violations${finderProblems.length ? `: ${finderProblems.join('; ')}` : ''}`);

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

  // Light and dark pages (issue 10, item 15): dark is the page's choice (a class, or its own
  // color-scheme), never the reader's system alone, and every element paints its own surface,
  // so its text keeps 4.5:1 (3:1 large) whichever theme meets whichever page.
  const LIGHT_TEXT = 'rgb(31, 41, 55)'; // --knot-color-text in themes/light.css
  const DARK_TEXT = 'rgb(243, 244, 246)'; // and in themes/dark.css
  const themedPage = async (path, colorScheme, prepare = async () => {}) => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
    await prepare(page);
    await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('knot-')).every((e) => customElements.get(e.localName) && e.shadowRoot?.childElementCount));
    await page.waitForLoadState('networkidle');
    const hosts = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('knot-')).map((e) => [e.localName, getComputedStyle(e).color]));
    const low = await page.evaluate(lowContrastText);
    await context.close();
    return { hosts, low, errors };
  };
  const explain = ({ low, errors }) => [...low.slice(0, 4).map((l) => `${l.tag} "${l.text}" ${l.ratio}:1 (${l.fg} on ${l.bg})`), ...errors].join('; ');
  const linkThemes = (page) =>
    page.evaluate(() => Promise.all(['light', 'dark'].map((name) => new Promise((resolve, reject) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/dist/themes/${name}.css` });
      link.onload = resolve;
      link.onerror = reject;
      document.head.append(link);
    }))));

  const lightBlog = await themedPage('/demo/hold-timer.html', 'dark', linkThemes);
  check(lightBlog.hosts.every(([, color]) => color === LIGHT_TEXT) && !lightBlog.low.length && !lightBlog.errors.length, `a light page with both theme files, reader's system dark: the timers stay light and readable (${lightBlog.hosts.map(([, c]) => c).join(', ')}${explain(lightBlog) ? `; ${explain(lightBlog)}` : ''})`);
  const darkBlog = await themedPage('/demo/dark.html', 'light');
  check(darkBlog.hosts.length === 4 && darkBlog.hosts.every(([, color]) => color === DARK_TEXT) && !darkBlog.low.length && !darkBlog.errors.length, `demo/dark.html (color-scheme: dark), reader's system light: every element follows the page into dark, readable (${darkBlog.hosts.map(([t, c]) => `${t} ${c}`).join(', ')}${explain(darkBlog) ? `; ${explain(darkBlog)}` : ''})`);
  const pinnedLight = await themedPage('/demo/dark.html', 'dark', (page) => page.evaluate(() => document.documentElement.classList.add('knot-theme-light')));
  check(pinnedLight.hosts.every(([, color]) => color === LIGHT_TEXT) && !pinnedLight.low.length && !pinnedLight.errors.length, `a dark page that pins knot-theme-light: light elements on their own surfaces, readable${explain(pinnedLight) ? ` (${explain(pinnedLight)})` : ''}`);

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

  // Issue 14: no demo page moves while its elements load, on a phone and wide (under the demo's strict CSP).
  // Issue 12: iframe-only hosts. Sandboxed embeds (no storage) render, speak their `lang`, take
  // their attributes from the query, and the parent sizes each iframe to the height it reports.
  const embedPage = await browser.newPage({ viewport: { width: 412, height: 900 } });
  const embedProblems = [];
  embedPage.on('pageerror', (e) => embedProblems.push(e.message));
  embedPage.on('console', (m) => m.type() === 'error' && embedProblems.push(m.text()));
  await embedPage.goto(`http://127.0.0.1:${port}/demo/embed.html`);
  const timerFrame = embedPage.frameLocator('iframe[src*="widget=timer"]');
  await timerFrame.locator('knot-hold-timer').getByRole('button', { name: 'Start' }).waitFor();
  const label = await timerFrame.locator('knot-hold-timer [part~="label"]').textContent();
  await embedPage.locator('iframe[src*="widget=card"]').scrollIntoViewIfNeeded();
  await embedPage.frameLocator('iframe[src*="widget=card"]').locator('knot-technique-card [part~="start"]').waitFor();
  await embedPage.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => Math.abs(Number(f.height) - f.contentDocument?.documentElement.getBoundingClientRect().height) < 2 || (f.height !== '340' && !f.contentDocument)));
  const heights = await embedPage.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => Number(f.height)));
  check(embedProblems.length === 0 && label === 'Nacken' && heights.every((h) => h > 60 && h !== 340), `embed.html in sandboxed iframes: widgets render from the query (label "${label}", lang de), the parent takes their heights (${heights.join(', ')})${embedProblems.length ? `: ${embedProblems.join('; ')}` : ''}`);
  const phase = (await timerFrame.locator('knot-hold-timer [part~="controls"] button').first().textContent())?.replace(/\s+/g, ' ').trim();
  check(phase?.startsWith('Starten') === true, `embed.html: the lang parameter gives German ("${phase}")`);

  // A widget name that is not one (even an Object.prototype key) says what to set, throws nothing.
  const badEmbed = await browser.newPage();
  const badProblems = [];
  badEmbed.on('pageerror', (e) => badProblems.push(e.message));
  await badEmbed.goto(`http://127.0.0.1:${port}/dist/cdn/embed.html?widget=__proto__`);
  await badEmbed.waitForFunction(() => document.querySelector('main')?.textContent?.includes('widget='));
  check(badProblems.length === 0, `embed.html?widget=__proto__: a message, no error${badProblems.length ? `: ${badProblems.join('; ')}` : ''}`);

  const violations = new Set();
  for (const [width, height] of [[375, 800], [412, 823], [1280, 800]]) {
    const moved = [];
    for (const name of ['hold-timer', 'body-map', 'technique-card', 'routine-player', 'trigger-finder', 'loader', 'dark', 'article']) {
      const context = await browser.newContext({ viewport: { width, height } });
      const shiftPage = await context.newPage();
      await shiftPage.addInitScript(() => {
        window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
        window.cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await shiftPage.goto(`http://127.0.0.1:${port}/demo/${name}.html`);
      // Settled: every knotkit tag defined and done loading what it shows, then two frames.
      await shiftPage.waitForFunction(async () => {
        // (A tag inside another's shadow root counts too: the finder's map.)
        const tags = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('knot-'));
        if (!tags.every((e) => customElements.get(e.localName))) return false;
        await Promise.all(tags.map((e) => e.updateComplete));
        return [...document.querySelectorAll('knot-technique-card, knot-routine-player')].every((e) => !e.shadowRoot?.querySelector('[aria-busy="true"]'));
      }, null, { timeout: 10000 }).catch(() => moved.push(`${name}: never settled`));
      await shiftPage.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const cls = await shiftPage.evaluate(() => window.cls);
      if (cls > 0.01) moved.push(`${name} ${cls.toFixed(3)}`);
      for (const v of await shiftPage.evaluate(() => window.violations)) violations.add(`${name}: ${v}`);
      await context.close();
    }
    check(moved.length === 0, `no layout shift above 0.01 at ${width} px on any demo page${moved.length ? ` (${moved.join(', ')})` : ''}`);
  }
  check(violations.size === 0, `no securitypolicyviolation on any demo page under Trusted Types${violations.size ? `: ${[...violations].join('; ')}` : ''}`);
} catch (error) {
  check(false, `demo run: ${error.message}`);
} finally {
  await browser.close();
  server.close();
}
console.log(`\ndemo e2e: ${checks - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
