// `npm run test:scripts`: the tarball checks of `npm run release:check` (scripts/release-check.mjs)
// on made-up file lists; CI runs the whole check on the real tarball after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkFiles, namedTargets } from '../../scripts/release-check.mjs';

const pkg = {
  name: 'knotkit',
  types: './dist/types/index.d.ts',
  customElements: 'custom-elements.json',
  'web-types': './dist/web-types.json',
  exports: {
    '.': { types: './dist/types/index.d.ts', default: './dist/index.js' },
    './jsx': { types: './dist/types/jsx.d.ts' },
    './themes/*.css': './dist/themes/*.css',
  },
  imports: { '#server': { node: './dist/server.js', default: './dist/server-stub.js' } },
};
const TEXT = {
  'dist/index.js': "import './chunks/a.js';\n",
  'dist/types/index.d.ts': "export * from './components/x.js';\n",
  'dist/types/components/x.d.ts': 'export declare class X {}\n',
  'dist/types/jsx.d.ts': 'import type { X } from "./components/x.js";\nexport type Y = import("./components/x.js").X;\n',
};
const GOOD = ['LICENSE', 'README.md', 'package.json', 'custom-elements.json', 'dist/web-types.json', 'dist/themes/light.css', 'dist/server.js', 'dist/server-stub.js', ...Object.keys(TEXT)];
const check = (files, text = TEXT) => checkFiles(files, pkg, (file) => text[file] ?? '');

test('a complete, clean file list passes', () => {
  assert.deepEqual(check(GOOD), []);
  assert.deepEqual(namedTargets(pkg).sort(), ['custom-elements.json', 'dist/index.js', 'dist/server-stub.js', 'dist/server.js', 'dist/themes/*.css', 'dist/types/index.d.ts', 'dist/types/jsx.d.ts', 'dist/web-types.json']);
});

// package.json's "imports" named `types: ./src/server/index.ts` for the repository's own type
// check: a file the tarball does not contain (tsconfig.json's `paths` does that job now).
test('a subpath import whose target does not ship fails', () => {
  const withTypes = { ...pkg, imports: { '#server': { types: './src/server/index.ts', ...pkg.imports['#server'] } } };
  assert.deepEqual(checkFiles(GOOD, withTypes, (file) => TEXT[file] ?? ''), ['src/server/index.ts: named by package.json but not in the tarball']);
  assert.deepEqual(checkFiles(GOOD.filter((f) => f !== 'dist/server-stub.js'), pkg, (file) => TEXT[file] ?? ''), ['dist/server-stub.js: named by package.json but not in the tarball']);
});

test("the real package.json's subpath imports name only files under dist/", () => {
  const real = JSON.parse(readFileSync('package.json', 'utf8'));
  const targets = [];
  const add = (value) => (typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(add));
  add(real.imports);
  assert.ok(targets.length > 0);
  assert.deepEqual(targets.filter((t) => !t.startsWith('./dist/')), []);
});

test('a missing export target, wildcard match, LICENSE or editor file fails', () => {
  assert.deepEqual(check(GOOD.filter((f) => f !== 'dist/types/jsx.d.ts')), ['dist/types/jsx.d.ts: named by package.json but not in the tarball']);
  assert.deepEqual(check(GOOD.filter((f) => f !== 'dist/themes/light.css')), ['dist/themes/*.css: named by package.json but not in the tarball']);
  assert.deepEqual(check(GOOD.filter((f) => f !== 'LICENSE')), ['LICENSE: missing']);
  assert.deepEqual(check(GOOD.filter((f) => f !== 'dist/web-types.json')), ['dist/web-types.json: named by package.json but not in the tarball']);
});

test('internal files, source maps and their comments, and unreachable declarations fail', () => {
  assert.match(check([...GOOD, 'src/index.ts']).join('\n'), /src\/index\.ts: a source, test or tool file/);
  assert.match(check([...GOOD, 'dist/index.js.map']).join('\n'), /dist\/index\.js\.map: a source map/);
  assert.match(check([...GOOD, 'dist/cdn/.vite/manifest.json']).join('\n'), /the CDN build manifest/);
  assert.match(check([...GOOD, 'dist/.integrations-x1/types/jsx.d.ts']).join('\n'), /a hidden build folder/);
  assert.match(check([...GOOD, 'dist/types/generated/locales/de.d.ts']).join('\n'), /translation-table types/);
  assert.deepEqual(check([...GOOD, 'dist/types/internal/y.d.ts']), ['dist/types/internal/y.d.ts: a declaration no export reaches']);
  assert.deepEqual(check(GOOD, { ...TEXT, 'dist/index.js': `${TEXT['dist/index.js']}//# sourceMappingURL=index.js.map\n` }), ['dist/index.js: names a source map that does not ship']);
  assert.match(check(GOOD.filter((f) => f !== 'dist/types/components/x.d.ts')).join('\n'), /dist\/types\/components\/x\.d\.ts is named but missing/);
});

test('npm run release:check is wired: a script, run by CI after the build', () => {
  const real = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(real.scripts['release:check'], 'node scripts/release-check.mjs');
  const ci = readFileSync('.ci/run', 'utf8');
  assert.ok(ci.indexOf('npm run release:check') > ci.indexOf('npm run build\n'), '.ci/run runs it after npm run build');
});

test('the release check runs the example apps through scripts/examples.mjs', async () => {
  const { examples } = await import('../../scripts/examples.mjs');
  assert.deepEqual(await examples({ only: ['no-such-app'] }), ['examples: none found named no-such-app']);
  assert.match(readFileSync('scripts/release-check.mjs', 'utf8'), /await examples\(\)/);
});
