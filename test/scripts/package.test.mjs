// `npm run test:scripts` (after `npm run build`): package hygiene. The licence and metadata,
// and what scripts/prune-dist.mjs leaves in dist/: no source-map comments, and only the
// declarations package.json's exports reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { specifiers, stripSourceMapComment, typeEntries, typesClosure } from '../../scripts/prune-dist.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

test('LICENSE is MIT, knotkit contributors, 2026; package.json says where the project lives', () => {
  const license = readFileSync('LICENSE', 'utf8');
  assert.match(license, /^MIT License\n\nCopyright \(c\) 2026 knotkit contributors\n/);
  assert.match(license, /THE SOFTWARE IS PROVIDED "AS IS"/);
  assert.equal(pkg.license, 'MIT');
  assert.ok(pkg.files.includes('LICENSE'));
  assert.deepEqual(pkg.repository, { type: 'git', url: 'git+https://github.com/knotkit/knotkit.git' });
  assert.equal(pkg.homepage, 'https://github.com/knotkit/knotkit#readme');
  assert.deepEqual(pkg.bugs, { url: 'https://github.com/knotkit/knotkit/issues' });
});

test('stripSourceMapComment drops only the trailing comment', () => {
  assert.equal(stripSourceMapComment('export const a = 1;\n//# sourceMappingURL=a.js.map'), 'export const a = 1;\n');
  assert.equal(stripSourceMapComment('export {};\n//# sourceMappingURL=a.d.ts.map\n'), 'export {};\n');
  assert.equal(stripSourceMapComment("const s = '//# sourceMappingURL=x';\nf();\n"), "const s = '//# sourceMappingURL=x';\nf();\n");
});

test('typesClosure follows imports, re-exports, import() types and references, and nothing else', () => {
  const files = {
    'dist/types/index.d.ts': "export * from './a.js';\nimport type { B } from \"./b.js\";\n",
    'dist/types/a.d.ts': 'export type A = import("./c/c.js").C;\n/// <reference path="./d.d.ts" />\n',
    'dist/types/b.d.ts': "import 'lit';\nexport type B = 1;\n",
    'dist/types/c/c.d.ts': "export type C = import('../b.js').B;\n",
    'dist/types/d.d.ts': '',
    'dist/types/unused.d.ts': '',
  };
  assert.deepEqual(specifiers(files['dist/types/index.d.ts']), ['./a.js', './b.js']);
  const reached = typesClosure(['dist/types/index.d.ts'], (f) => files[f]);
  assert.deepEqual([...reached].sort(), ['dist/types/a.d.ts', 'dist/types/b.d.ts', 'dist/types/c/c.d.ts', 'dist/types/d.d.ts', 'dist/types/index.d.ts']);
  assert.throws(() => typesClosure(['dist/types/index.d.ts'], (f) => (f === 'dist/types/b.d.ts' ? undefined : files[f])), /b\.d\.ts is named but missing/);
});

test('dist/ (after npm run build): no source maps or comments naming them, only reachable declarations, no translation-table types', () => {
  assert.ok(existsSync('dist/types/index.d.ts'), 'run npm run build');
  const files = walk('dist').map((f) => f.split('\\').join('/'));
  assert.deepEqual(files.filter((f) => f.endsWith('.map')), []);
  assert.deepEqual(files.filter((f) => /\.(m?js|d\.ts)$/.test(f) && readFileSync(f, 'utf8').includes('//# sourceMappingURL=')), []);
  assert.ok(!existsSync('dist/types/generated/locales'), 'translation-table types');
  const reachable = typesClosure(typeEntries(pkg), (f) => (existsSync(f) ? readFileSync(f, 'utf8') : undefined));
  assert.deepEqual(files.filter((f) => f.endsWith('.d.ts') && !reachable.has(f)), []);
  for (const entry of typeEntries(pkg)) assert.ok(reachable.has(entry), entry);
});
