// Screenshots of the trigger finder, each step at 1280 and 375 px, for review (not a test):
//   node bench/finder-shots.mjs   (after `npm run build`)
// writes bench/screenshots/finder-<step>-<width>.png from demo/trigger-finder.html, served with
// the built CDN files only and a strict Content-Security-Policy, driven as a reader does
// (clicks on what the finder shows). Headless Chromium through playwright-core.
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../.ci/find-browser.mjs';

const ROOT = process.cwd();
const OUT = 'bench/screenshots';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; object-src 'none'; base-uri 'none'";
mkdirSync(OUT, { recursive: true });

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(ROOT, path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-security-policy': CSP });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const { port } = server.address();
const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const problems = [];
try {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }]) {
    const page = await browser.newPage({ viewport });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && problems.push(`${m.text()} ${m.location().url}`));
    const finder = page.locator('knot-trigger-finder');
    const heading = (text) => page.waitForFunction((t) => document.querySelector('knot-trigger-finder')?.shadowRoot?.querySelector('h2')?.textContent?.trim() === t, text);
    const settle = () => page.evaluate(() => document.querySelector('knot-trigger-finder').updateComplete);
    const shot = async (step) => {
      await settle();
      await page.screenshot({ path: `${OUT}/finder-${step}-${viewport.width}.png`, fullPage: true });
    };
    await page.goto(`http://127.0.0.1:${port}/demo/trigger-finder.html?pain=temple-left:7&pain=jaw-left:4`);
    await heading('First, check the warning signs');
    await shot('1-screen');
    // A "yes": the stop page.
    await finder.getByLabel(/Chest pain/).check();
    await finder.getByRole('button', { name: 'See what to do' }).click();
    await heading('Please do not self-treat: get help');
    await shot('0-stop');
    await finder.getByRole('button', { name: 'Change my answers' }).click();
    await heading('First, check the warning signs');
    await finder.getByLabel(/Chest pain/).uncheck();
    await finder.getByRole('button', { name: 'None of these: continue' }).click();
    await heading('Where does it hurt?');
    await page.waitForFunction(() => document.querySelector('knot-trigger-finder').shadowRoot.querySelector('knot-body-map')?.shadowRoot?.querySelector('[part~="region"]'));
    await shot('2-map');
    await finder.getByRole('button', { name: 'Find the muscles' }).click();
    await heading('Likely muscles');
    await page.waitForFunction(() => document.querySelector('knot-trigger-finder').shadowRoot.querySelector('[part~="candidate"]'));
    await finder.locator('[part~="candidate"] input').first().check();
    await finder.locator('[part~="candidate"] input').nth(1).check();
    await shot('3-muscles');
    await finder.getByRole('button', { name: 'Show how to release them' }).click();
    await heading('How to release them');
    await page.waitForFunction(() => document.querySelector('knot-trigger-finder').shadowRoot.querySelector('knot-technique-card')?.shadowRoot?.querySelector('[part~="steps"], [part~="dose"]'));
    await shot('4-cards');
    await finder.getByRole('button', { name: 'Build my routine' }).click();
    await heading('Your routine');
    await page.waitForFunction(() => document.querySelector('knot-trigger-finder').shadowRoot.querySelector('knot-routine-player')?.shadowRoot?.querySelector('button.start'));
    await shot('5-routine');
    await finder.locator('knot-routine-player').getByRole('button', { name: 'Start the routine' }).click();
    await page.waitForFunction(() => document.querySelector('knot-trigger-finder').shadowRoot.querySelector('knot-routine-player')?.snapshot);
    await shot('6-playing');
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(`finder-shots: ${problems.join('; ')}`);
  process.exitCode = 1;
} else console.log(`finder-shots: wrote ${OUT}/finder-*.png`);
