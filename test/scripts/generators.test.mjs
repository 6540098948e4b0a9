// `npm run test:scripts` (part of `npm test`): the generators in scripts/ and the analyzer
// plugins, in Node. The committed outputs must be what the generators write now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { create, ts } from '@custom-elements-manifest/analyzer/index.js';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import config, { defineCalls, publicApi, shippedPaths } from '../../custom-elements-manifest.config.mjs';
import { staleFiles } from '../../scripts/lib/generated.mjs';
import { VERSION_FILE, versionModule } from '../../scripts/version.mjs';
import { generateMuscleIndex, muscleIndex } from '../../scripts/muscle-index.mjs';
import { eventProp, orphanWrappers, reactWrappers } from '../../scripts/react-wrappers.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

test('src/version.ts is package.json\'s version', () => {
  assert.deepEqual(staleFiles(new Map([[VERSION_FILE, versionModule(pkg.version)]])), []);
  assert.throws(() => versionModule('1.0'), /not a version/);
});

test('the muscle index and technique ids are what the muscle modules and all.ts give', async () => {
  assert.deepEqual(staleFiles(await generateMuscleIndex()), []);
});

test('the muscle index refuses a module missing from all.ts, a misnamed one and a misnamed technique', () => {
  const muscle = (id, techniques = [`${id}-ball`]) => ({ muscle: { id }, techniques: techniques.map((t) => ({ id: t })) });
  const index = muscleIndex([muscle('a'), muscle('b')], ['a.ts', 'b.ts', 'all.ts', 'index.ts', 'technique-ids.ts']);
  assert.match(index.get('src/data/muscles/index.ts'), /'a': \(\) => import\('\.\/a\.js'\),\n {2}'b': \(\) => import\('\.\/b\.js'\),/);
  assert.match(index.get('src/data/muscles/technique-ids.ts'), /'a-ball',\n {2}'b-ball',/);
  assert.throws(() => muscleIndex([muscle('a')], ['a.ts', 'c.ts']), /c\.ts is not in all\.ts/);
  assert.throws(() => muscleIndex([muscle('a'), muscle('b')], ['a.ts']), /no src\/data\/muscles\/b\.ts/);
  assert.throws(() => muscleIndex([muscle('a', ['b-ball'])], ['a.ts']), /technique "b-ball" of a/);
});

test('src/data/region-geometry.ts is what scripts/geometry/generate.mjs writes', () => {
  assert.match(execFileSync('node', ['scripts/geometry/generate.mjs', '--check'], { encoding: 'utf8' }), /region-geometry\.ts is up to date/);
});

test('src/react/ is what custom-elements.json gives: one wrapper per element, plus the aggregate', () => {
  const files = reactWrappers(manifest);
  assert.deepEqual(staleFiles(files, orphanWrappers(files)), []);
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName);
  assert.ok(tags.length >= 4);
  for (const tag of tags) {
    const name = tag.replace(/^knot-/, '');
    const wrapper = files.get(`src/react/${name}.ts`);
    assert.ok(wrapper, `src/react/${name}.ts`);
    assert.match(wrapper, new RegExp(`from '\\.\\./components/${name}/${name}\\.js'`), `${name} imports only its own element`);
    assert.deepEqual(pkg.exports[`./react/${name}.js`], { types: `./dist/types/react/${name}.d.ts`, default: `./dist/react/${name}.js` });
    assert.match(files.get('src/react/index.ts'), new RegExp(`from '\\./${name}\\.js';`));
  }
  assert.ok(pkg.sideEffects.includes('./dist/react/*.js'), 'the wrappers register elements: not side-effect free');
  assert.equal(eventProp('knot-region-focus'), 'onKnotRegionFocus');
  assert.equal(eventProp('change'), 'onChange');
});

test('importing one React wrapper loads no other element', async () => {
  const { metafile } = await build({
    entryPoints: ['src/react/hold-timer.ts'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    external: ['react'],
    logLevel: 'silent',
  });
  const inputs = Object.keys(metafile.inputs);
  assert.ok(inputs.includes('src/components/hold-timer/hold-timer.component.ts'));
  for (const other of ['body-map', 'technique-card', 'routine-player']) assert.ok(!inputs.some((i) => i.startsWith(`src/components/${other}/`)), other);
});

test('custom-elements.json is what the analyzer writes now', async () => {
  const fresh = await cli({ argv: ['analyze', '--quiet'], cwd: process.cwd(), noWrite: true });
  assert.deepEqual(JSON.parse(JSON.stringify(fresh)), manifest, 'run npm run analyze and commit custom-elements.json');
});

test('custom-elements.json names shipped files, tags, and only public members and documented events', () => {
  const shipped = new Set(Object.values(pkg.exports).map((e) => (typeof e === 'object' ? e.default : e).replace(/^\.\//, '')));
  for (const mod of manifest.modules) assert.ok(shipped.has(mod.path), mod.path);
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  for (const element of elements) {
    assert.match(element.tagName, /^knot-/);
    for (const m of element.members ?? []) assert.ok(!m.name.startsWith('_') && !['private', 'protected'].includes(m.privacy) && !m.static, `${element.tagName} ${m.name}`);
    for (const e of element.events ?? []) assert.ok(e.description, `${element.tagName} event ${e.name}`);
  }
});

/** Runs the analyzer with knotkit's plugins on fixture sources (paths as in the package). */
function analyze(sources) {
  const modules = Object.entries(sources).map(([path, text]) => ts.createSourceFile(path, text, ts.ScriptTarget.ES2015, true));
  return create({ modules, plugins: [defineCalls(), publicApi(), shippedPaths()] });
}

const COMPONENT = 'src/components/hold-timer/hold-timer.component.ts';
const REGISTER = `import { define } from '../../internal/define.js';
import { KnotHoldTimer } from './hold-timer.component.js';
export * from './hold-timer.component.js';
define('knot-hold-timer', KnotHoldTimer);
`;

test('analyzer plugins: define() tags, shipped paths, public API, no phantom event', () => {
  const out = analyze({
    [COMPONENT]: `import { KnotElement } from '../../internal/knot-element.js';
/**
 * A timer.
 * @fires {CustomEvent<void>} knot-start - Started.
 */
export class KnotHoldTimer extends KnotElement {
  duration = 60;
  /** Shown. @internal */
  show() {}
  private _secret = 1;
  protected work = {};
  static styles = [];
  start() { this.dispatchEvent(new CustomEvent('knot-start')); }
  private _emit(type: string) { this.dispatchEvent(new CustomEvent(type, { bubbles: true })); }
}
`,
    'src/components/hold-timer/hold-timer.ts': REGISTER,
  });
  const [component, register] = out.modules;
  assert.equal(component.path, 'dist/hold-timer.component.js');
  assert.equal(register.path, 'dist/hold-timer.js');
  const element = component.declarations[0];
  assert.equal(element.tagName, 'knot-hold-timer');
  assert.equal(element.customElement, true);
  assert.deepEqual(element.superclass, { name: 'KnotElement' }, 'an unshipped module is not named');
  assert.deepEqual(element.members.map((m) => m.name), ['duration', 'start']);
  assert.deepEqual(element.events.map((e) => e.name), ['knot-start']);
  assert.deepEqual(register.exports, [
    { kind: 'js', name: '*', declaration: { name: '*', module: 'dist/hold-timer.component.js' } },
    { kind: 'custom-element-definition', name: 'knot-hold-timer', declaration: { name: 'KnotHoldTimer', module: 'dist/hold-timer.component.js' } },
  ]);
});

test('analyzer plugins: an undocumented event or an unshipped module fails the analysis', () => {
  const element = (body) => `/** @tagname knot-hold-timer */\nexport class KnotHoldTimer extends HTMLElement { ${body} }\n`;
  assert.throws(() => analyze({ [COMPONENT]: element("go() { this.dispatchEvent(new CustomEvent('knot-secret')); }") }), /document knot-secret with @fires/);
  assert.throws(() => analyze({ 'src/components/x/helper.ts': element('') }), /does not ship it/);
  assert.throws(() => analyze({ [COMPONENT]: element('').replace('knot-hold-timer', 'knot-other'), 'src/components/hold-timer/hold-timer.ts': REGISTER }), /@tagname knot-other but define\('knot-hold-timer'\)/);
});

test('the analyzer reads every element and the module that registers it', () => {
  for (const name of ['hold-timer', 'body-map', 'technique-card', 'routine-player']) {
    assert.ok(config.globs.includes(`src/components/${name}/${name}.component.ts`));
    assert.ok(config.globs.includes(`src/components/${name}/${name}.ts`));
  }
  assert.equal(config.packagejson, false);
});
