// Lighthouse on every demo page (`npm run bench`; run from the repo root as
// `node bench/lighthouse.mjs` after `npm run build`). Lighthouse 12.2.3 (pinned: 13 wants
// Node 22), default mobile settings (emulated phone, simulated slow 4G and 4× CPU), on the
// system Chromium; it never downloads a browser. The pages are served from the repo root by a
// static server in this process, as a blog host would: correct MIME types, gzip when asked.
//
// Each page runs N times (3); every number in the table is the median of its column over the
// runs. For each category under 100, the audits that cost points are listed with the number of
// runs they failed in. Lighthouse 12.2.3 cannot name the shifted nodes on Chromium 156 (its
// layout-shifts audit errors on the trace: Chromium renamed `chrome_frame_reporter`), so N more
// loads per page, in Playwright on Lighthouse's phone screen, record every layout shift and the
// nodes it moved; the load that shifted most is listed. Exits 1 when a run fails (Lighthouse
// error, page error, HTTP error); a low score is a result, not a failure.
//
// Options: --runs N (3)  --page NAME (one demo page, e.g. body-map; repeatable; implies
// --no-write)  --no-write (print only, leave bench/results.md alone).
import { createServer } from 'node:http';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findBrowser } from '../.ci/find-browser.mjs';
import { writeSection } from './results-section.mjs';

const ROOT = process.cwd();
const RESULTS = 'bench/results.md';
const LIGHTHOUSE = join(ROOT, 'node_modules/lighthouse/cli/index.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

const args = process.argv.slice(2);
const RUNS = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 3);
const chosen = args.flatMap((a, i) => (args[i - 1] === '--page' ? [a.replace(/\.html$/, '')] : []));
const WRITE = !args.includes('--no-write') && !chosen.length;

function fail(message) {
  console.error(`\nlighthouse bench FAILED: ${message}`);
  process.exit(1);
}
if (!Number.isInteger(RUNS) || RUNS < 1) fail('--runs takes a whole number ≥ 1');
if (!existsSync(LIGHTHOUSE)) fail('lighthouse is not installed (npm ci), or this is not the repo root');
if (!existsSync(join(ROOT, 'dist/cdn'))) fail('dist/cdn/ is missing: run `npm run build` first');
const all = readdirSync(join(ROOT, 'demo')).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();
const unknown = chosen.filter((p) => !all.includes(p));
if (unknown.length) fail(`no demo page ${unknown.join(', ')} (there are: ${all.join(', ')})`);
const PAGES = chosen.length ? chosen : all;
const CHROME = findBrowser({ install: false });
const CHROME_VERSION = execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).match(/[\d.]{6,}/)?.[0] ?? '?';

// ---------------------------------------------------------------- server

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};
const httpErrors = [];
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let body;
  try {
    body = readFileSync(join(ROOT, path));
  } catch {
    httpErrors.push(`404 ${path}`);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /text|json|svg/.test(type);
  res.writeHead(200, { 'content-type': type, ...(gzip && { 'content-encoding': 'gzip', vary: 'accept-encoding' }) });
  res.end(gzip ? gzipSync(body) : body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const ORIGIN = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------- lighthouse

/** One Lighthouse run in a child process (the server above keeps serving meanwhile). */
function lighthouse(url) {
  const flags = [
    LIGHTHOUSE,
    url,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--disable-full-page-screenshot',
    `--chrome-path=${CHROME}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ];
  return new Promise((ok, no) => {
    const child = spawn(process.execPath, flags, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', no);
    child.on('close', (code) => {
      if (code !== 0) return no(new Error(`lighthouse exited ${code}: ${Buffer.concat(err).toString().trim().slice(-2000)}`));
      try {
        ok(JSON.parse(Buffer.concat(out).toString()));
      } catch (e) {
        no(new Error(`lighthouse printed no JSON report (${e.message})`));
      }
    });
  });
}

/** What a run scored, and every weighted audit that cost points (with its nodes or messages). */
function summarize(lhr) {
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const score = (c) => Math.round(lhr.categories[c].score * 100);
  const audit = (id) => lhr.audits[id];
  const lost = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c].auditRefs) {
      const a = audit(ref.id);
      if (ref.weight > 0 && a.score !== null && a.score < 1) lost.push({ category: c, id: a.id, text: [a.displayValue, detailItems(a).join('; ')].filter(Boolean).join(': ') });
    }
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    lcp: audit('largest-contentful-paint').numericValue,
    tbt: audit('total-blocking-time').numericValue,
    cls: audit('cumulative-layout-shift').numericValue,
    lost,
  };
}

const node = (n) => (n ? `\`${n.selector ?? n.snippet}\`${n.nodeLabel && n.nodeLabel !== n.selector ? ` (“${n.nodeLabel.slice(0, 40)}”)` : ''}` : '(no node)');
function detailItems(a) {
  const text = (i) => (i.node ? node(i.node) : [i.source, i.description ?? i.value, i.url].filter((x) => typeof x === 'string').join(' '));
  return (a.details?.items ?? []).slice(0, 5).map(text).filter(Boolean);
}

// ---------------------------------------------------------------- layout shifts

/** Runs on a node in the page: `tag#id.class[part]` up to 3 levels, after its shadow host's name. */
function nodeName() {
  const name = (el) => {
    const own = (e) => `${e.localName}${e.id ? `#${e.id}` : ''}${[...e.classList].map((c) => `.${c}`).join('')}${e.getAttribute('part') ? `[part="${e.getAttribute('part')}"]` : ''}`;
    const path = [];
    for (let e = el; e && path.length < 3 && e.localName !== 'body'; e = e.parentElement) path.unshift(own(e));
    const host = el.getRootNode().host;
    return `${host ? `${name(host)} › ` : ''}${path.join(' > ')}${el.isConnected ? '' : ' (removed)'}`;
  };
  return name(this.nodeType === Node.TEXT_NODE ? this.parentElement : this);
}

/**
 * The page loaded once on Lighthouse's phone screen: its layout shifts of 0.001 or more, each
 * with the nodes it moved. Through the DevTools protocol, which also names nodes inside shadow
 * roots (a PerformanceObserver gets null for those). Shifts flagged hadRecentInput are kept:
 * phone emulation flags the first ones on a page nobody touched, and Lighthouse counts them.
 */
async function layoutShifts(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    const shifts = [];
    const describe = async ({ nodeId, previousRect: was, currentRect: now }) => {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: nodeId }).catch(() => ({}));
      const named = object && (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: nodeName.toString(), returnByValue: true }));
      const box = (r) => (r.width || r.height ? `y ${Math.round(r.y)} h ${Math.round(r.height)}` : 'off screen');
      return `\`${named?.result.value ?? '(gone)'}\` (${box(was)} → ${box(now)})`;
    };
    cdp.on('PerformanceTimeline.timelineEventAdded', ({ event }) => {
      const { value, sources } = event.layoutShiftDetails ?? {};
      if (value >= 0.001) shifts.push(Promise.all(sources.map(describe)).then((moved) => ({ time: event.time * 1000, value, moved })));
    });
    await cdp.send('PerformanceTimeline.enable', { eventTypes: ['layout-shift'] });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1000); // late renders after the network went quiet
    if (errors.length) throw new Error(`page error: ${errors.join('; ')}`);
    const origin = await page.evaluate(() => performance.timeOrigin);
    return (await Promise.all(shifts)).map((s) => ({ ...s, at: Math.round(s.time - origin) }));
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- run

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const results = [];
const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
try {
  for (const page of PAGES) {
    const url = `${ORIGIN}/demo/${page}.html`;
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      process.stdout.write(`${page} ${i + 1}/${RUNS}… `);
      runs.push(await lighthouse(url).then(summarize).catch((e) => fail(`demo/${page}.html, run ${i + 1}: ${e.message}`)));
      if (httpErrors.length) fail(`demo/${page}.html requested missing files: ${httpErrors.join(', ')}`);
    }
    const loads = [];
    for (let i = 0; i < RUNS; i++) loads.push(await layoutShifts(browser, url).catch((e) => fail(`demo/${page}.html, layout shifts: ${e.message}`)));
    const total = (shifts) => shifts.reduce((sum, s) => sum + s.value, 0);
    const shifts = loads.sort((a, b) => total(b) - total(a))[0]; // the load that shifted most
    process.stdout.write('\n');
    const lost = new Map(); // "category id" → the first run's text, and in how many runs
    for (const l of runs.flatMap((r) => r.lost)) {
      const key = `${l.category} ${l.id}`;
      lost.set(key, { ...l, ...lost.get(key), count: (lost.get(key)?.count ?? 0) + 1 });
    }
    const row = Object.fromEntries(['performance', 'accessibility', 'best-practices', 'lcp', 'tbt', 'cls'].map((k) => [k, median(runs.map((r) => r[k]))]));
    results.push({ page, ...row, lost: [...lost.values()].filter((l) => row[l.category] < 100), shifts });
  }
} finally {
  await browser.close();
  server.close();
}

// ---------------------------------------------------------------- report

const table = [
  '| page | performance | accessibility | best practices | LCP (s) | TBT (ms) | CLS |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...results.map((r) => `| ${r.page} | ${r.performance} | ${r.accessibility} | ${r['best-practices']} | ${(r.lcp / 1000).toFixed(1)} | ${Math.round(r.tbt)} | ${r.cls.toFixed(3)} |`),
];
const findings = results.flatMap((r) => {
  const lines = r.lost.map((l) => `  - ${l.category} · \`${l.id}\`, in ${l.count}/${RUNS} runs${l.text ? ` (the first: ${l.text})` : ''}`);
  for (const s of r.shifts) lines.push(`  - layout shift ${s.value.toFixed(3)} at ${s.at} ms: ${s.moved.join('; ')}`);
  return lines.length ? [`- **${r.page}**`, ...lines] : [];
});
const md = [
  '<!-- Generated by bench/lighthouse.mjs (npm run bench); do not edit. -->',
  '# Demo pages: Lighthouse',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Lighthouse 12.2.3, mobile defaults (simulated throttling), headless Chromium ${CHROME_VERSION} (\`${CHROME}\`); pages served from 127.0.0.1 with gzip`,
  `- Each page ${RUNS} time${RUNS > 1 ? 's' : ''}; every number is the median of its column over the runs`,
  '',
  ...table,
  '',
  findings.length ? `What cost points (categories under 100), and the layout shifts of the worst of ${RUNS} more loads per page (Playwright, 412 × 823 phone screen; see the top of bench/lighthouse.mjs):` : `No category under 100, and no layout shift of 0.001 or more in ${RUNS} more loads per page.`,
  '',
  ...findings,
  '',
].join('\n');
console.log(`\n${md}`);
if (WRITE) {
  writeSection(join(ROOT, RESULTS), 'lighthouse', md);
  console.log(`wrote ${RESULTS}`);
} else console.log(`(${RESULTS} not written: ${chosen.length ? '--page' : '--no-write'})`);
