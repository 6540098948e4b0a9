// Screenshots of <knot-body-map> for review (not a test): `node bench/body-map/screenshots.mjs NAME`
// writes bench/screenshots/body-map-NAME-{1280,375}-{en,de-dark}.png. Each page holds a map
// to choose on (three regions at three intensities, one region focused by Tab, one hovered)
// and a read-only map showing a catalog muscle, as a technique card shows it. "de-dark" is a
// German page with a dark background and no theme file: the light default must stay readable.
// The element is bundled from src/ with esbuild (its CDN entry, so <html lang> sets the
// locale) and shown in headless Chromium (/usr/bin/chromium) through playwright-core.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = process.cwd();
const NAME = process.argv[2];
if (!NAME || !/^[\w-]+$/.test(NAME)) {
  console.error('usage: node bench/body-map/screenshots.mjs NAME   (e.g. before, after)');
  process.exit(1);
}
const OUT = resolve(ROOT, 'bench/screenshots');
mkdirSync(OUT, { recursive: true });

const bundle = await build({
  entryPoints: [resolve(ROOT, 'src/cdn/body-map.ts')],
  bundle: true,
  format: 'esm',
  splitting: true,
  outdir: resolve(ROOT, '.shots-out'), // never written
  write: false,
  minify: true,
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
});
const files = new Map(bundle.outputFiles.map((f) => [`/${f.path.slice(resolve(ROOT, '.shots-out').length + 1)}`, Buffer.from(f.contents)]));

const VALUE = JSON.stringify([
  { region: 'temple-left', intensity: 3 },
  { region: 'shoulder-blade-left', intensity: 5, symptoms: ['aching'] },
  { region: 'low-back-right', intensity: 8 },
]);
const page = (lang, dark) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>body map</title>
<style>
  body { margin: 0; padding: 16px; font: 16px/1.5 system-ui, sans-serif; ${dark ? 'background: #111827; color: #e5e7eb;' : 'background: #fafaf9; color: #1c1917;'} }
  h2 { font-size: 1rem; margin: 1.5rem 0 0.5rem; }
</style></head><body>
<h2>Where does it hurt?</h2>
<knot-body-map id="choose" intensity symptoms name="pain" value='${VALUE}'></knot-body-map>
<h2>Upper trapezius (read-only)</h2>
<knot-body-map readonly muscle="upper-trapezius"></knot-body-map>
<script type="module" src="/body-map.js"></script>
</body></html>`;

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const html = url.pathname === '/' ? page(url.searchParams.get('lang') ?? 'en', url.searchParams.has('dark')) : null;
  const body = html ?? files.get(url.pathname);
  if (!body) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': html ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8' }).end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const width of [1280, 375]) {
    for (const [variant, query] of [
      ['en', '?lang=en'],
      ['de-dark', '?lang=de&dark'],
    ]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await tab.goto(origin + '/' + query);
      await tab.waitForFunction(() => customElements.get('knot-body-map'));
      await tab.evaluate(async () => {
        const maps = [...document.querySelectorAll('knot-body-map')];
        for (let i = 0; i < 5; i++) {
          await Promise.all(maps.map((m) => m.updateComplete));
          await new Promise(requestAnimationFrame);
        }
      });
      await tab.waitForTimeout(300); // the locale's translations and the muscle's module
      // Keyboard focus on a region (the focus ring), then the pointer over another (hover).
      await tab.locator('#choose').evaluate((el) => el.shadowRoot.querySelector('[tabindex="0"]')?.focus());
      await tab.keyboard.press('ArrowDown');
      const hover = await tab.locator('#choose').evaluate((el) => {
        const path = el.shadowRoot.querySelector('[data-region="upper-arm-front-right"], [data-region="calf-right"]');
        const r = path?.getBoundingClientRect();
        return r && { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      if (hover) await tab.mouse.move(hover.x, hover.y);
      const file = `${OUT}/body-map-${NAME}-${width}-${variant}.png`;
      await tab.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${file.slice(ROOT.length + 1)}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
