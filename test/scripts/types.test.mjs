// `npm run test:scripts` (part of `npm test`, after `npm run build`): the framework template
// types the package ships (knotkit/jsx, /vue, /svelte, /solid, generated from the manifest),
// type-checked as an app would use them, by each framework's own checker against its real
// types: the fixture projects in test/types/ import them by the package's own name, through
// package.json's exports, from the built dist/. React and Solid: tsc (in process); Vue: a .vue
// file under vue-tsc; Svelte 5: a .svelte file under svelte-check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';

const run = promisify(execFile);

/** A checker's output (it exits non-zero when it reports errors: that is what we read). */
async function output(bin, args) {
  try {
    const { stdout } = await run(process.execPath, [resolve(bin), ...args], { maxBuffer: 1 << 24 });
    return stdout;
  } catch (error) {
    if (typeof error.stdout !== 'string') throw error;
    return error.stdout;
  }
}

/** The lines (from 1) after each line `marker` matches: where an error is expected. */
function expectedLines(text, marker) {
  return text.split('\n').flatMap((line, i) => (marker.test(line) ? [i + 2] : []));
}

// The two slow checkers start now and run beside the in-process ones.

// Vue: vue-tsc turns `<!-- @vue-expect-error -->` into `// @ts-expect-error`, so the fixture
// must pass as it is; a copy without the comments, checked in the same run, must fail on
// exactly the line after each (the wrong types, the unknown prop and the wrong event detail
// are errors, not `any`).
const VUE = 'test/types/vue/Elements.vue';
const VUE_DIRECTIVE = /^\s*<!-- @vue-expect-error\b.*-->$/;
const vue = (async () => {
  const scratch = mkdtempSync('test/types/vue/.without-directives-');
  try {
    const text = readFileSync(VUE, 'utf8');
    writeFileSync(join(scratch, 'Elements.vue'), text.split('\n').filter((line) => !VUE_DIRECTIVE.test(line)).join('\n'));
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json', include: ['../*.ts', '../*.vue', '*.vue'] }));
    const out = await output('node_modules/vue-tsc/bin/vue-tsc.js', ['--noEmit', '--pretty', 'false', '-p', join(scratch, 'tsconfig.json')]);
    const errors = [...out.matchAll(/^(.+?)\((\d+),\d+\): error (.*)$/gm)].map(([, file, line, message]) => ({ file, line: Number(line), message }));
    // Where each directive's error lands in the copy: the line after it, less the directives above.
    const expected = expectedLines(text, VUE_DIRECTIVE).map((line, i) => line - i - 1);
    return { out, errors, scratch, expected };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
})();

// Svelte: markup has no @ts-expect-error, so each element after an `expect-error` comment must
// be an error, and no other line may have one.
const SVELTE = 'test/types/svelte/Elements.svelte';
const svelte = output('node_modules/svelte-check/bin/svelte-check', ['--workspace', 'test/types/svelte', '--tsconfig', './tsconfig.json', '--output', 'machine', '--fail-on-warnings']);

const EXPECT_ERROR = /^\s*\/\/ @ts-expect-error\b.*\n/gm;

/** The tsc fixture project's diagnostics; `replace` swaps a root file's text (for the negative check). */
function check(project, replace = {}) {
  const configPath = resolve('test/types', project, 'tsconfig.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => replace[resolve(file)] ?? readFile(file);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.replace(`${process.cwd()}/`, '')}(${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1})` : '';
    return `${where}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

test('the framework types are built (run npm run build first)', () => {
  for (const entry of ['./jsx', './vue', './svelte', './solid']) {
    const target = JSON.parse(readFileSync('package.json', 'utf8')).exports[entry]?.types;
    assert.ok(target, `package.json exports ${entry}`);
    assert.ok(existsSync(target), `${target} is missing: run npm run build`);
  }
});

for (const [project, fixture] of Object.entries({ react: 'elements.tsx', solid: 'elements.tsx' })) {
  test(`${project}: the fixture type-checks, and each @ts-expect-error is a real error`, () => {
    assert.deepEqual(check(project), [], `test/types/${project}`);
    // Without its directives, the fixture must fail once per directive: the wrong prop types,
    // unknown props and wrong event details are errors, not `any`.
    const file = resolve('test/types', project, fixture);
    const text = readFileSync(file, 'utf8');
    const directives = text.match(EXPECT_ERROR)?.length ?? 0;
    assert.ok(directives >= 3, `${fixture} has its negative cases`);
    const errors = check(project, { [file]: text.replace(EXPECT_ERROR, '') }).filter((e) => e.startsWith(join('test/types', project, fixture)));
    assert.equal(errors.length, directives, errors.join('\n'));
  });
}

test('vue: Elements.vue passes vue-tsc, and each @vue-expect-error is a real error', async () => {
  const { out, errors, scratch, expected } = await vue;
  assert.ok(expected.length >= 3, 'Elements.vue has its negative cases');
  assert.deepEqual(errors.filter((e) => !e.file.startsWith(scratch)), [], out);
  assert.deepEqual(errors.map((e) => e.line), expected, out);
  assert.ok(errors.every((e) => e.file === join(scratch, 'Elements.vue')), out);
});

test('svelte: Elements.svelte passes svelte-check (Svelte 5) but where an error is expected', async () => {
  const out = await svelte;
  assert.match(out, /COMPLETED \d+ FILES/, out);
  const problems = [...out.matchAll(/^\d+ (ERROR|WARNING) "(.+?)" (\d+):\d+ (.*)$/gm)].map(([, , file, line]) => `${file}:${line}`);
  const expected = expectedLines(readFileSync(SVELTE, 'utf8'), /^\s*<!-- expect-error\b.*-->$/);
  assert.ok(expected.length >= 3, 'Elements.svelte has its negative cases');
  assert.deepEqual(problems, expected.map((line) => `Elements.svelte:${line}`), out);
});
