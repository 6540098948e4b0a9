// Size of every CDN entry with what it makes a page download (lit included), written to
// bench/size.md; exits 1 when an entry is over its budget. Run after `npm run build`.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const CDN = 'dist/cdn';
/**
 * Budgets in bytes of gzip (1 kB = 1000 bytes), from the issues. `withMuscle`: the page
 * also fetches one muscle module of the catalog (a technique card shows one technique).
 */
const BUDGETS = {
  'hold-timer.js': { gzip: 12_000 },
  'body-map.js': { gzip: 24_000 },
  'technique-card.js': { gzip: 32_000, withMuscle: true },
  // With what it embeds: the card, the timer and its machinery, and the muscle modules of a
  // built-in routine's four technique steps (the schema and validator are in the entry).
  'routine-player.js': { gzip: 40_000, onceUsed: true, muscles: 4 },
};

const manifestPath = `${CDN}/.vite/manifest.json`;
if (!existsSync(manifestPath)) {
  console.error('size: dist/cdn/.vite/manifest.json is missing; run `npm run build` first.');
  process.exit(1);
}
const byKey = JSON.parse(readFileSync(manifestPath, 'utf8'));
const keyOfFile = (file) => Object.keys(byKey).find((k) => byKey[k].file === file);

const cache = new Map();
function sizes(file) {
  if (!cache.has(file)) {
    const bytes = readFileSync(`${CDN}/${file}`);
    cache.set(file, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return cache.get(file);
}
const sum = (files) => [...files].map(sizes).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/** Files statically imported from `key`, itself included. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of byKey[key].imports ?? []) closure(dep, seen);
  return seen;
}
const filesOf = (keys) => new Set([...keys].map((k) => byKey[k].file));

/** What loads later: dynamic imports, and sibling entry files imported by URL (`./hold-timer.js`). */
function lazyOf(keys) {
  const lazy = new Set();
  for (const k of keys) {
    for (const d of byKey[k].dynamicImports ?? []) lazy.add(d);
    const text = readFileSync(`${CDN}/${byKey[k].file}`, 'utf8');
    for (const [, file] of text.matchAll(/import\(`\.\/([\w-]+\.js)`\)/g)) {
      const sibling = keyOfFile(file);
      if (sibling && byKey[sibling].isEntry) lazy.add(sibling);
    }
  }
  return lazy;
}

const isMuscle = (key) => key.startsWith('src/data/muscles/');
const isLocale = (key) => /src\/(i18n\/localization|generated\/locales\/)/.test(key);
const kb = (n) => (n / 1000).toFixed(2);

const rows = [];
let failed = false;
function row(entry, staticKeys, extraFiles = []) {
  const files = new Set([...filesOf(staticKeys), ...extraFiles]);
  const first = sum(files);
  const lazy = [...lazyOf(staticKeys)];
  const muscles = lazy.filter(isMuscle).map((k) => sizes(byKey[k].file).gzip);
  const biggestMuscle = muscles.length ? Math.max(...muscles) : 0;
  // Once used (English page): the biggest muscle module it may show, and what Start loads.
  const used = new Set(files);
  for (const k of lazy.filter((k) => !isMuscle(k) && !isLocale(k))) {
    const keys = closure(k);
    for (const f of filesOf(keys)) used.add(f);
    for (const d of lazyOf(keys)) if (!isMuscle(d) && !isLocale(d)) for (const f of filesOf(closure(d))) used.add(f);
  }
  const budget = BUDGETS[entry];
  const musclesShown = budget?.muscles ?? 1;
  const usedTotal = sum(used).gzip + biggestMuscle * musclesShown;
  const measured = budget?.onceUsed ? usedTotal : first.gzip + (budget?.withMuscle ? biggestMuscle : 0);
  const over = budget !== undefined && measured > budget.gzip;
  failed ||= over;
  const onDemand = [
    ...lazy.filter((k) => !isMuscle(k) && !isLocale(k)).map((k) => `${byKey[k].name} ${kb(sizes(byKey[k].file).gzip)}`),
    ...(muscles.length ? [`one muscle module ≤ ${kb(biggestMuscle)} (${muscles.length})`] : []),
    ...(lazy.some(isLocale) ? ['translations (non-English pages)'] : []),
  ];
  rows.push({ entry, files: files.size, ...first, measured, budget, over, used: usedTotal, onDemand: onDemand.join(', ') || '—' });
}

for (const [key, chunk] of Object.entries(byKey)) if (chunk.isEntry) row(chunk.file, closure(key));
// knotkit.js (every element) is written as plain imports of the element files beside it.
if (existsSync(`${CDN}/knotkit.js`)) {
  const keys = new Set();
  for (const [, file] of readFileSync(`${CDN}/knotkit.js`, 'utf8').matchAll(/import '\.\/([\w-]+\.js)'/g)) closure(keyOfFile(file), keys);
  const files = new Set(['knotkit.js', ...filesOf(keys)]);
  rows.push({ entry: 'knotkit.js', files: files.size, ...sum(files), measured: sum(files).gzip, budget: undefined, over: false, used: sum(files).gzip, onDemand: 'as its elements' });
}
rows.sort((a, b) => a.entry.localeCompare(b.entry));

const translations = ['es', 'de', 'fr'].map((l) => {
  const key = Object.keys(byKey).find((k) => k === `src/generated/locales/${l}.ts`);
  return key ? `${l} ${kb(sizes(byKey[key].file).gzip)}` : null;
});
const localization = Object.keys(byKey).find((k) => k === 'src/i18n/localization.ts');

const lines = [
  '<!-- Generated by bench/size.mjs (`npm run size`); do not edit. -->',
  '# CDN sizes',
  '',
  'What a page downloads for each entry of `dist/cdn/`: the entry and every chunk it imports, lit included (raw, gzip, brotli). kB = 1000 bytes; gzip -9 and brotli q11, each file compressed on its own as a server sends it. "Budgeted" is what the budget is checked against: the first load, plus one muscle module for the technique card (it shows one technique).',
  '',
  '"Once used" adds what loads when the reader acts (English page): the running timer on Start, the biggest muscle module a card or `muscle` map can fetch (four of them for a routine of four technique steps); the routine player\'s budget is checked against that figure, "with what it embeds". Translations load only on a page that is not in English' +
    (localization ? ` (runtime ${kb(sizes(byKey[localization].file).gzip)} kB + one of ${translations.filter(Boolean).join(', ')} kB).` : '.'),
  '',
  '| entry | files | raw kB | gzip kB | brotli kB | budgeted gzip kB | budget | once used (gzip kB) | on demand (gzip kB) |',
  '|---|---:|---:|---:|---:|---:|---|---:|---|',
  ...rows.map((r) => `| ${r.entry} | ${r.files} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${kb(r.measured)} | ${r.budget ? `${kb(r.budget.gzip)} ${r.over ? '**OVER**' : 'ok'}` : '—'} | ${kb(r.used)} | ${r.onDemand} |`),
  '',
];
writeFileSync('bench/size.md', lines.join('\n'));
console.log(lines.slice(7).join('\n'));
if (failed) {
  console.error('size: over budget (see the table above).');
  process.exit(1);
}
