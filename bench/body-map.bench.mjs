// Runtime benchmark of <knot-body-map> against react-body-highlighter (`npm run bench`; run
// from the repo root as `node bench/body-map.bench.mjs`). Not a test: it exits 0 whether or
// not the target is met, and 1 only when a page throws, a render is incomplete or the
// harness breaks. Writes its own section of bench/results.md (bench/results-section.mjs).
//
// Both pages are bundled here with esbuild (production React, minified; knotkit's templates
// minified as its own build does), served from 127.0.0.1 and driven in one headless Chromium.
// Each round mounts each library once in a fresh container (order rotated every round), then
// toggles one selection, then unmounts;
// every time is measured inside the page with performance.now():
//   mount      creating the component → first complete render (Lit: `await updateComplete`;
//              React: `createRoot` + `flushSync(render)`), then a forced layout;
//   re-render  changing the selection (Lit: `el.value = …`; React: new `data` under
//              flushSync) → committed DOM, then a forced layout.
//
// Options: --warmup N (5)  --runs N (30)  --element PATH (a stand-in for harness checks;
// implies --no-write)  --no-write (print only, leave bench/results.md alone).
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { writeSection } from './results-section.mjs';
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { resolve, relative, extname, sep } from 'node:path';
import { minifyTemplates } from '../scripts/minify-templates.mjs';
import { gzipSync } from 'node:zlib';

const ROOT = process.cwd();
const REAL_ELEMENT = 'src/components/body-map/body-map.ts';
const RESULTS = 'bench/results.md';
const TARGET_MOUNT_RATIO = 0.5;
const ITERATION_TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------- options

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
}
const WARMUP = Number(option('warmup', 5));
const RUNS = Number(option('runs', 30));
const ELEMENT = option('element', REAL_ELEMENT);
const WRITE = !args.includes('--no-write') && ELEMENT === REAL_ELEMENT;
if (!Number.isInteger(WARMUP) || WARMUP < 0 || !Number.isInteger(RUNS) || RUNS < 1) fail('--warmup and --runs take whole numbers (runs ≥ 1)');
if (!existsSync(resolve(ROOT, 'bench/body-map/knotkit-page.mjs'))) fail('run from the repo root: node bench/body-map.bench.mjs');
if (!existsSync(resolve(ROOT, ELEMENT))) fail(`${ELEMENT} does not exist (the <knot-body-map> element under test)`);

function fail(message, error) {
  console.error(`\nbody-map bench FAILED: ${message}`);
  if (error) console.error(error);
  process.exit(1);
}

// ---------------------------------------------------------------- bundles

const common = {
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  target: 'es2022',
  platform: 'browser',
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  write: false,
  metafile: true,
  logLevel: 'warning',
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
};

/** Builds one page's JS in memory; returns { files: Map(url → bytes), sizes }. */
async function bundle(name, entryContents) {
  const outdir = resolve(ROOT, `.bench-out/${name}`); // never written: write is false
  const result = await build({
    ...common,
    entryPoints: { [name]: 'bench-entry' },
    outdir,
    plugins: [
      {
        name: 'bench-entry',
        setup(b) {
          b.onResolve({ filter: /^bench-entry$/ }, () => ({ path: 'bench-entry', namespace: 'bench' }));
          // The entry's bare imports run for their side effects (registering the element, exposing
          // window.bench); knotkit's package.json "sideEffects" list must not let esbuild drop them.
          b.onResolve({ filter: /.*/ }, (a) => (a.importer === 'bench-entry' && a.namespace === 'bench' ? { path: a.path, sideEffects: true } : undefined));
          b.onLoad({ filter: /.*/, namespace: 'bench' }, () => ({ contents: entryContents, loader: 'js', resolveDir: ROOT }));
        },
      },
      {
        // knotkit's templates minified as the shipped build minifies them (vite.config.ts), so the
        // bench measures what ships: unminified markup costs knotkit 3–5 % of its mount.
        name: 'knotkit-templates',
        setup(b) {
          b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (a) => {
            if (a.path.includes(`${sep}generated${sep}`)) return undefined;
            const code = readFileSync(a.path, 'utf8');
            const minified = await minifyTemplates(code, a.path);
            return { contents: minified ? minified.code : code, loader: 'ts' };
          });
        },
      },
    ],
  }).catch((error) => fail(`esbuild could not bundle the ${name} page (errors above)`));
  const files = new Map();
  for (const f of result.outputFiles) files.set(`/${name}/${relative(outdir, f.path)}`, Buffer.from(f.contents));
  // What the page downloads up front (the entry and its static imports) and what it may load later.
  const outputs = result.metafile.outputs;
  const key = (p) => relative(ROOT, p);
  const entryKey = key(resolve(outdir, `${name}.js`));
  const eager = new Set();
  const visit = (k) => {
    if (eager.has(k)) return;
    eager.add(k);
    for (const imp of outputs[k].imports) if (imp.kind === 'import-statement' && !imp.external) visit(imp.path);
  };
  visit(entryKey);
  const gz = (k) => gzipSync(readOutput(result, k), { level: 9 }).length;
  const js = Object.keys(outputs).filter((k) => k.endsWith('.js'));
  const sizes = {
    raw: [...eager].reduce((s, k) => s + outputs[k].bytes, 0),
    gzip: [...eager].reduce((s, k) => s + gz(k), 0),
    lazyGzip: js.filter((k) => !eager.has(k)).reduce((s, k) => s + gz(k), 0),
    lazyFiles: js.filter((k) => !eager.has(k)).length,
  };
  return { files, sizes };
}

function readOutput(result, metafileKey) {
  const file = result.outputFiles.find((f) => relative(ROOT, f.path) === metafileKey);
  return Buffer.from(file.contents);
}

const toImport = (p) => JSON.stringify(resolve(ROOT, p));
const knotkitBundle = await bundle(
  'knotkit',
  `import ${toImport(ELEMENT)};\nimport ${toImport('bench/body-map/knotkit-page.mjs')};\n`,
);
const reactBundle = await bundle('react', `import ${toImport('bench/body-map/react-page.mjs')};\n`);

// ---------------------------------------------------------------- server

const PAGE = (script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>body-map bench</title>
<style>body{margin:0;font:16px system-ui,sans-serif}#stage{width:640px}.slot{display:block}</style>
</head><body><div id="stage"></div><script type="module" src="${script}"></script></body></html>`;

const routes = new Map([
  ['/knotkit.html', Buffer.from(PAGE('/knotkit/knotkit.js'))],
  ['/react.html', Buffer.from(PAGE('/react/react.js'))],
  ...knotkitBundle.files,
  ...reactBundle.files,
]);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const body = path === '/favicon.ico' ? Buffer.alloc(0) : routes.get(path);
  if (process.env.BENCH_DEBUG) console.error(`GET ${path} ${body ? 200 : 404}`);
  if (!body) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  });
  res.end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const ORIGIN = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------- browser

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--js-flags=--expose-gc'],
});
const errors = [];
let exitCode = 0;
try {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const LIBS = [
    { id: 'knotkit', url: '/knotkit.html' },
    { id: 'rbh', url: '/react.html?views=both' },
    { id: 'rbh1', url: '/react.html?views=anterior' },
  ];
  for (const lib of LIBS) {
    const page = await context.newPage();
    const where = `[${lib.url}]`;
    page.on('pageerror', (e) => errors.push(`${where} uncaught: ${e.stack ?? e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`${where} console.error: ${m.text()}`));
    page.on('requestfailed', (r) => errors.push(`${where} request failed: ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${where} HTTP ${r.status()}: ${r.url()}`));
    await page.goto(ORIGIN + lib.url);
    await page.waitForFunction(() => window.bench, null, { timeout: 10_000 }).catch(() => errors.push(`${where} never exposed window.bench`));
    checkErrors();
    await page.evaluate(() => window.bench.ready());
    lib.page = page;
    lib.name = await page.evaluate(() => window.bench.name);
    lib.isolated = await page.evaluate(() => crossOriginIsolated);
    lib.mount = [];
    lib.toggle = [];
    lib.mountLayout = [];
    lib.toggleLayout = [];
  }

  const chromiumVersion = browser.version();
  console.log(`body-map bench: Chromium ${chromiumVersion}, ${WARMUP} warm-up + ${RUNS} measured rounds, element ${ELEMENT}`);

  for (let round = 0; round < WARMUP + RUNS; round++) {
    // Rotate who goes first so no library always runs right after another's garbage.
    const order = LIBS.map((_, i) => LIBS[(i + round) % LIBS.length]);
    for (const lib of order) {
      await lib.page.bringToFront(); // a background tab gets no animation frames
      const r = await withTimeout(lib.page.evaluate(iteration), `${lib.name}: one iteration took over ${ITERATION_TIMEOUT_MS / 1000} s`);
      checkErrors();
      lib.shape = r.mounted;
      lib.toggled = r.toggled;
      if (round >= WARMUP) {
        lib.mount.push(r.mount.ms);
        lib.toggle.push(r.toggle.ms);
        lib.mountLayout.push(r.mount.layoutMs);
        lib.toggleLayout.push(r.toggle.layoutMs);
      }
    }
    process.stdout.write(round + 1 === WARMUP ? '. | ' : '.');
  }
  process.stdout.write('\n');
  checkErrors();
  if (!LIBS[0].toggled.namedToggled) console.warn(`note: no pressed region carries an attribute equal to "temple-left" (checked only aria-pressed)`);

  report(LIBS, chromiumVersion);
} catch (error) {
  exitCode = 1;
  console.error(`\nbody-map bench FAILED: ${errors.length ? error.message : error.stack ?? error.message}`);
} finally {
  await browser.close();
  server.close();
}
process.exit(exitCode);

/** One round for one library, run inside the page (serialized by Playwright). */
async function iteration() {
  const b = window.bench;
  const nextFrame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  window.gc?.();
  await nextFrame();
  const mount = await b.mount();
  const mounted = b.checkMounted();
  await nextFrame(); // the toggle starts from a painted map, as a click would
  const toggle = await b.toggle();
  const toggled = b.checkToggled();
  b.unmount();
  return { mount, toggle, mounted, toggled };
}

function withTimeout(promise, message) {
  let timer;
  return Promise.race([promise, new Promise((_, no) => (timer = setTimeout(() => no(new Error(message)), ITERATION_TIMEOUT_MS)))]).finally(() =>
    clearTimeout(timer),
  );
}

function checkErrors() {
  if (errors.length) throw new Error(`a page threw or failed to load:\n${errors.join('\n')}`);
}

// ---------------------------------------------------------------- report

function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return {
    median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2,
    p90: s[Math.ceil(0.9 * s.length) - 1],
    min: s[0],
    max: s[s.length - 1],
  };
}

function report(libs, chromiumVersion) {
  const [knot, rbh, rbh1] = libs;
  for (const lib of libs) {
    lib.m = stats(lib.mount);
    lib.t = stats(lib.toggle);
    lib.ml = stats(lib.mountLayout);
    lib.tl = stats(lib.toggleLayout);
  }
  const ms = (n) => n.toFixed(2);
  const kB = (n) => (n / 1000).toFixed(1);
  const ratio = (a, b) => (a / b).toFixed(2);
  const bundles = { knotkit: knotkitBundle.sizes, rbh: reactBundle.sizes, rbh1: reactBundle.sizes };
  const mountRatio = knot.m.median / rbh.m.median;
  const met = mountRatio <= TARGET_MOUNT_RATIO;
  const pkg = (name) => JSON.parse(readFileSync(resolve(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  const git = (...a) => {
    try {
      return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const dirty = git('status', '--porcelain', '--', 'src/components/body-map') ? ' + uncommitted src/components/body-map' : '';
  const cpu = cpus();
  const isolated = libs.every((l) => l.isolated);

  const rows = libs.map((l) => {
    const b = bundles[l.id];
    const lazy = b.lazyFiles ? ` (+${kB(b.lazyGzip)} lazy)` : '';
    return `| ${l.name} | ${ms(l.m.median)} | ${ms(l.m.p90)} | ${ms(l.ml.median)} | ${ms(l.t.median)} | ${ms(l.t.p90)} | ${ms(l.tl.median)} | ${l.shape.svgs} | ${l.shape.shapes} | ${l.shape.elements} | ${kB(b.gzip)}${lazy} |`;
  });
  const table = [
    '| | mount median (ms) | mount p90 (ms) | of which style + layout, median (ms) | re-render median (ms) | re-render p90 (ms) | of which style + layout, median (ms) | views (svg) | region shapes | elements | bench page JS, gzip (kB) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ];
  const ratios = [
    '| knotkit / react-body-highlighter (both views) | median | p90 |',
    '|---|---:|---:|',
    `| mount | **${ratio(knot.m.median, rbh.m.median)}** | ${ratio(knot.m.p90, rbh.m.p90)} |`,
    `| re-render after one toggle | ${ratio(knot.t.median, rbh.t.median)} | ${ratio(knot.t.p90, rbh.t.p90)} |`,
    `| mount, vs. anterior only (for context) | ${ratio(knot.m.median, rbh1.m.median)} | ${ratio(knot.m.p90, rbh1.m.p90)} |`,
  ];
  const verdict = `Target: mount ratio ≤ ${TARGET_MOUNT_RATIO} → **${met ? 'met' : 'not met'}** (${mountRatio.toFixed(2)}).`;

  console.log('');
  console.log(table.join('\n'));
  console.log('');
  console.log(ratios.join('\n'));
  console.log('');
  console.log(verdict);
  if (!isolated) console.log('note: pages were not cross-origin isolated; performance.now() resolution is 100 µs');

  if (!WRITE) {
    console.log(`\n(${RESULTS} not written: ${ELEMENT === REAL_ELEMENT ? '--no-write' : `stand-in element ${ELEMENT}`})`);
    return;
  }
  const md = [
    '<!-- Generated by bench/body-map.bench.mjs (npm run bench); do not edit. -->',
    '# `<knot-body-map>` vs react-body-highlighter: render time',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Browser: headless Chromium ${chromiumVersion} (\`/usr/bin/chromium\`, --disable-gpu), ${isolated ? 'cross-origin isolated (performance.now() to 5 µs)' : 'not cross-origin isolated (performance.now() to 100 µs)'}`,
    `- Machine: ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}, Node ${process.version}`,
    `- Code: knotkit ${commit}${dirty}; lit ${pkg('lit')}; react / react-dom ${pkg('react')} / ${pkg('react-dom')}; react-body-highlighter ${pkg('react-body-highlighter')}`,
    `- Iterations: ${WARMUP} warm-up + ${RUNS} measured rounds; each round mounts every library once (order rotated), in one browser, one tab each`,
    '',
    '## Results',
    '',
    ...table,
    '',
    ...ratios,
    '',
    verdict,
    '',
    '## What is measured',
    '',
    '- **mount**: from creating the component to its first complete render, in a fresh container. knotkit: `document.createElement(\'knot-body-map\')`, `container.append(el)`, `await el.updateComplete` (again while it resolves `false`), then `el.getBoundingClientRect()` to force style and layout. react-body-highlighter: `createRoot(container)`, `flushSync(() => root.render(…))`, then a forced layout the same way. Nothing is painted inside the measurement. "of which style + layout" is the forced-layout call alone (the median of that part, so the columns do not add up exactly); the rest is script and DOM building.',
    '- **re-render**: one frame after the mount, from changing the selection to the committed DOM plus a forced layout. knotkit: `el.value = [{ region: \'temple-left\', intensity: 5 }]` then `await el.updateComplete`. react-body-highlighter: render again under `flushSync` with `data` moved from `trapezius` to `chest`.',
    '- **Both views**: `<knot-body-map>` draws the front and the back by default (`view="both"`); react-body-highlighter draws one view per `<Model>` (`type`: `anterior` or `posterior`), so the compared row mounts both, side by side in one root. The anterior-only row is for context; the target uses the both-views row.',
    '- Every render is checked outside the timed span (regions present and none pressed after mount, `aria-pressed="true"` after the toggle; the React SVGs and highlighted polygons); a check failure or any page error stops the run with exit 1.',
    '- Each page is its own esbuild bundle (production `NODE_ENV`, minified, ES2022) served from 127.0.0.1; gc() runs before every round. "bench page JS" is the gzip -9 size of what each page loads up front (library + framework + this harness, under 1 kB), each file compressed on its own; it is not the published package size (see `bench/size.md`).',
    '',
  ].join('\n');
  writeSection(resolve(ROOT, RESULTS), 'body-map', md);
  console.log(`\nwrote ${RESULTS}`);
}
