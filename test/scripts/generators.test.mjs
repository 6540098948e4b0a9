// `npm run test:scripts` (part of `npm test`): the generators in scripts/ and the analyzer
// plugins, in Node. The committed outputs must be what the generators write now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { create, ts } from '@custom-elements-manifest/analyzer/index.js';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import config, { constantDefaults, defineCalls, publicApi, shippedPaths } from '../../custom-elements-manifest.config.mjs';
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
  const shipped = new Set(Object.values(pkg.exports).map((e) => (typeof e === 'object' ? e.default : e)?.replace(/^\.\//, '')));
  for (const mod of manifest.modules) assert.ok(shipped.has(mod.path), mod.path);
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  for (const element of elements) {
    assert.match(element.tagName, /^knot-/);
    for (const m of element.members ?? []) assert.ok(!m.name.startsWith('_') && !['private', 'protected'].includes(m.privacy) && !m.static, `${element.tagName} ${m.name}`);
    for (const e of element.events ?? []) assert.ok(e.description, `${element.tagName} event ${e.name}`);
  }
});

test('custom-elements.json: every module reference is a shipped file, every tag is defined by the module that ships it', () => {
  const shipped = new Set(Object.values(pkg.exports).map((e) => (typeof e === 'object' ? e.default : e)?.replace(/^\.\//, '')));
  const references = [];
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    if (typeof value.module === 'string') references.push(value.module);
    Object.values(value).forEach(visit);
  };
  visit(manifest.modules);
  assert.ok(references.length > 10);
  for (const module of references) assert.ok(shipped.has(module), `${module} is referenced but not shipped`);
  for (const mod of manifest.modules) assert.ok(!/(^|\/)src\/|\.ts$/.test(mod.path), mod.path);
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, in: m.path })));
  for (const element of elements) {
    const name = element.tagName.replace(/^knot-/, '');
    const own = definitions.find((d) => d.name === element.tagName && d.in === `dist/${name}.js`);
    assert.ok(own, `dist/${name}.js defines <${element.tagName}>`);
    assert.equal(own.declaration.name, element.name);
    assert.equal(own.declaration.module, `dist/${name}.component.js`);
    assert.deepEqual(pkg.exports[`./${name}.js`].default, `./dist/${name}.js`);
  }
});

test('custom-elements.json: the body map has its three events, with typed details, and no element a phantom `type` event', () => {
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  for (const element of elements) assert.ok(!element.events?.some((e) => e.name === 'type'), element.tagName);
  const map = elements.find((e) => e.tagName === 'knot-body-map');
  assert.deepEqual(
    map.events.map((e) => [e.name, e.type.text]),
    [
      ['change', 'CustomEvent<KnotBodyMapChangeDetail>'],
      ['input', 'CustomEvent<KnotBodyMapChangeDetail>'],
      ['knot-region-focus', 'CustomEvent<KnotRegionFocusDetail>'],
    ],
  );
});

test('custom-elements.json: every number attribute has its default, as the element has it', () => {
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  const numbers = elements.flatMap((e) => (e.attributes ?? []).filter((a) => a.type?.text === 'number').map((a) => [e.tagName, a]));
  assert.ok(numbers.length >= 8);
  for (const [tag, a] of numbers) assert.match(a.default ?? '', /^-?\d+(\.\d+)?$/, `<${tag} ${a.name}> default`);
  const timer = Object.fromEntries(elements.find((e) => e.tagName === 'knot-hold-timer').attributes.map((a) => [a.name, a.default]));
  // src/core/limits.ts: HOLD_SECONDS, PREPARE_SECONDS, REPS, REST_SECONDS, SWITCH_SECONDS
  assert.deepEqual([timer.duration, timer.prepare, timer.reps, timer.rest, timer['switch-duration']], ['60', '5', '1', '15', '5']);
});

/** Runs the analyzer with knotkit's plugins on fixture sources (paths as in the package). */
function analyze(sources) {
  const modules = Object.entries(sources).map(([path, text]) => ts.createSourceFile(path, text, ts.ScriptTarget.ES2015, true));
  return create({ modules, plugins: [defineCalls(), publicApi(), constantDefaults(), shippedPaths()] });
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

test('analyzer plugins: a default from a named constant is written as its value', () => {
  const out = analyze({
    [COMPONENT]: `import { HOLD_SECONDS, REPS } from '../../core/limits.js';
/** @tagname knot-hold-timer */
export class KnotHoldTimer extends HTMLElement {
  duration = HOLD_SECONDS.default;
  reps = REPS.max;
  other = UNKNOWN.default;
}
`,
  });
  const element = out.modules[0].declarations[0];
  const defaults = Object.fromEntries(element.members.map((m) => [m.name, m.default]));
  assert.deepEqual(defaults, { duration: '60', reps: '20', other: undefined });
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
