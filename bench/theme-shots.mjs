// Screenshots of the demo pages on a light and a dark page, for review (not a test):
//   node bench/theme-shots.mjs [--dist dist] [--out bench/screenshots] [--prefix theme]
// writes <out>/<prefix>-<page>-<1280|375>-<en|de>-<light|dark>.png: every demo page that shows
// one element (demo/hold-timer.html, body-map, technique-card, routine-player), as a blogger
// serves it: the built CDN files only (<dist>/cdn, run `npm run build` first), both theme files
// (<dist>/themes/light.css and dark.css), a strict Content-Security-Policy, and a reader whose
// system is in dark mode (the case of issue 10, item 15).
// - light: the demo page as it is. The widgets must stay light: the page did not opt into dark.
// - dark:  the same page made dark the way a dark blog does it: `class="knot-theme-dark"` on
//          <html>, `<meta name="color-scheme" content="dark">` and a dark page background.
// - de:    `<html lang="de">`, nothing else: the CDN files pick the language from it.
// Pages are rewritten on the fly (lang, class, links), so the demo files stay as they are.
// Headless Chromium (/usr/bin/chromium or CHROME_PATH) through playwright-core.
import { createServer } from 'node:http';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { findBrowser } from '../.ci/find-browser.mjs';

const ROOT = process.cwd();
const { values: options } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'bench/screenshots' }, prefix: { type: 'string', default: 'theme' } },
});
const DIST = resolve(ROOT, options.dist);
const OUT = resolve(ROOT, options.out);
if (!existsSync(join(DIST, 'cdn')) || !existsSync(join(DIST, 'themes'))) {
  console.error(`theme-shots: ${options.dist}/cdn and ${options.dist}/themes are missing: run \`npm run build\` first.`);
  process.exit(1);
}
if (!/^[\w-]+$/.test(options.prefix)) {
  console.error('theme-shots: --prefix takes letters, digits, - and _ only');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

const PAGES = ['hold-timer', 'body-map', 'technique-card', 'routine-player'];
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 375, height: 800 },
];
const LANGS = ['en', 'de'];
const SCHEMES = ['light', 'dark'];

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.json': 'application/json' };
/** A dark blog's own page colours (loaded after demo.css, whose text colour is dark). */
const DARK_PAGE_CSS = 'html { background: #0b1120; } body { color: #e5e7eb; } a { color: #93c5fd; }';

/** The demo page as a blog in `lang` and `scheme` would serve it. */
function rewrite(html, { lang, scheme }) {
  let page = html.replace(/<html\b([^>]*)>/, (_, attributes) => {
    let rest = attributes.replace(/\slang="[^"]*"/, '');
    if (scheme === 'dark') rest = /\sclass="/.test(rest) ? rest.replace(/\sclass="/, ' class="knot-theme-dark ') : `${rest} class="knot-theme-dark"`;
    return `<html lang="${lang}"${rest}>`;
  });
  const head = [
    '<link rel="stylesheet" href="../dist/themes/light.css" />',
    '<link rel="stylesheet" href="../dist/themes/dark.css" />',
    ...(scheme === 'dark' ? ['<meta name="color-scheme" content="dark" />', '<link rel="stylesheet" href="/__shots/dark-page.css" />'] : []),
  ];
  page = page.replace('</head>', `    ${head.join('\n    ')}\n  </head>`);
  return page;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
  const send = (body, type) => {
    res.writeHead(200, { 'content-type': type, 'content-security-policy': CSP, 'cache-control': 'no-store' });
    res.end(body);
  };
  try {
    if (path === '/__shots/dark-page.css') return send(DARK_PAGE_CSS, 'text/css');
    if (path.startsWith('/dist/')) return send(await readFile(join(DIST, path.slice('/dist/'.length))), TYPES[extname(path)] ?? 'application/octet-stream');
    if (!path.startsWith('/demo/')) throw new Error('outside the demo');
    const file = await readFile(join(ROOT, path));
    if (extname(path) !== '.html') return send(file, TYPES[extname(path)] ?? 'application/octet-stream');
    send(rewrite(file.toString('utf8'), { lang: url.searchParams.get('lang') ?? 'en', scheme: url.searchParams.get('scheme') ?? 'light' }), 'text/html');
  } catch {
    res.writeHead(404).end('not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: findBrowser({ install: false }),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const problems = [];
let written = 0;
try {
  for (const { width, height } of WIDTHS) {
    // The reader's system is dark on every page: only the page decides whether knotkit is.
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: 'dark', reducedMotion: 'reduce' });
    for (const name of PAGES) {
      for (const lang of LANGS) {
        for (const scheme of SCHEMES) {
          const page = await context.newPage();
          page.on('pageerror', (e) => problems.push(`${name} ${lang} ${scheme}: ${e.message}`));
          page.on('console', (m) => {
            if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(`${name} ${lang} ${scheme}: ${m.text()}`);
          });
          await page.goto(`http://127.0.0.1:${port}/demo/${name}.html?lang=${lang}&scheme=${scheme}`, { waitUntil: 'networkidle' });
          // Every knot-* element defined and drawn, its translations and lazy parts loaded.
          await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('knot-')).every((e) => customElements.get(e.localName) && e.shadowRoot?.childElementCount), null, { timeout: 10_000 });
          await page.waitForLoadState('networkidle');
          await page.evaluate(async () => {
            await document.fonts.ready;
            await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          });
          const file = join(OUT, `${options.prefix}-${name}-${width}-${lang}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          written++;
          console.log(`✓ ${relative(ROOT, file)}`);
          await page.close();
        }
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) console.log(`\nproblems:\n  ${problems.join('\n  ')}`);
console.log(`\ntheme-shots: ${written} screenshots in ${relative(ROOT, OUT)}`);
process.exit(problems.length ? 1 : 0);
