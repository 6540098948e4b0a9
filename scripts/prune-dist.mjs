// Last step of `npm run build`: dist/ holds what the package ships, and nothing that points
// at what it doesn't.
// - Source maps are not shipped (package.json `files`), so no file names one: every
//   `//# sourceMappingURL=` comment goes, and so do the maps. Shipping them instead would mean
//   shipping src/ too (the maps and the declaration maps point into it) for a package whose npm
//   build is unminified, readable ESM already.
// - dist/types keeps only the declarations reachable from package.json's exports (tsc emits
//   one for every source: translation tables, CDN entry points, internals nobody imports).
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE_MAP_COMMENT = /\n?\/\/# sourceMappingURL=\S+\s*$/;

/** The text without its trailing `//# sourceMappingURL=` comment. */
export function stripSourceMapComment(text) {
  return text.replace(SOURCE_MAP_COMMENT, '\n');
}

/** Relative module specifiers a declaration file names (imports, re-exports, `import("…")` types, references). */
export function specifiers(text) {
  const found = [];
  for (const re of [/\bfrom\s+['"](\.[^'"]+)['"]/g, /\bimport\s*\(\s*['"](\.[^'"]+)['"]\s*\)/g, /\bimport\s+['"](\.[^'"]+)['"]/g, /\/\/\/\s*<reference\s+path=['"]([^'"]+)['"]/g]) {
    for (const m of text.matchAll(re)) found.push(m[1]);
  }
  return found;
}

/** The declaration files reachable from `entries` (paths like `dist/types/index.d.ts`). */
export function typesClosure(entries, read) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    const text = read(file);
    if (text === undefined) throw new Error(`${file} is named but missing`);
    seen.add(file);
    for (const spec of specifiers(text)) {
      const target = posix.join(posix.dirname(file), spec).replace(/\.(m?js)$/, '.d.ts');
      queue.push(target.endsWith('.d.ts') ? target : `${target}.d.ts`);
    }
  }
  return seen;
}

/** Every `types` target in package.json's exports (and its top-level `types`). */
export function typeEntries(pkg) {
  const entries = new Set(pkg.types ? [pkg.types] : []);
  for (const value of Object.values(pkg.exports)) if (typeof value === 'object' && value.types) entries.add(value.types);
  return [...entries].map((p) => p.replace(/^\.\//, ''));
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

export function pruneDist(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const dist = join(root, 'dist');
  const rel = (file) => relative(root, file).split('\\').join('/');
  let stripped = 0;
  let removed = 0;
  for (const file of walk(dist)) {
    if (file.endsWith('.map')) {
      rmSync(file);
      continue;
    }
    if (!/\.(m?js|d\.ts)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    const next = stripSourceMapComment(text);
    if (next !== text) {
      writeFileSync(file, next);
      stripped++;
    }
  }
  const keep = typesClosure(typeEntries(pkg), (file) => {
    const path = join(root, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  });
  for (const file of walk(join(dist, 'types'))) {
    if (!keep.has(rel(file))) {
      rmSync(file);
      removed++;
    }
  }
  removeEmptyDirs(join(dist, 'types'));
  return { stripped, removed, kept: keep.size };
}

function removeEmptyDirs(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) removeEmptyDirs(join(dir, e.name));
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { stripped, removed, kept } = pruneDist(process.cwd());
  console.log(`dist: ${stripped} sourceMappingURL comments and every .map removed; dist/types: ${kept} declarations kept, ${removed} unreachable removed`);
}
