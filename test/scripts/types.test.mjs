// `npm run test:scripts` (part of `npm test`, after `npm run build`): the framework template
// types the package ships (knotkit/jsx, /vue, /svelte, /solid, generated from the manifest),
// type-checked as an app would use them: the fixture projects in test/types/ import them by
// the package's own name, through package.json's exports, from the built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const FIXTURES = { react: 'elements.tsx', vue: 'global-components.ts', svelte: 'elements.ts', solid: 'elements.ts' };
const EXPECT_ERROR = /^\s*\/\/ @ts-expect-error\b.*\n/gm;

/** The fixture project's diagnostics; `replace` swaps a root file's text (for the negative check). */
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

for (const [project, fixture] of Object.entries(FIXTURES)) {
  test(`${project}: the fixture type-checks, and each @ts-expect-error is a real error`, () => {
    assert.deepEqual(check(project), [], `test/types/${project}`);
    // Without its directives, the fixture must fail once per directive: the wrong prop types,
    // unknown props and wrong event details are errors, not `any`.
    const file = resolve('test/types', project, fixture);
    const text = readFileSync(file, 'utf8');
    const directives = text.match(EXPECT_ERROR)?.length ?? 0;
    assert.ok(directives >= 2, `${fixture} has its negative cases`);
    const errors = check(project, { [file]: text.replace(EXPECT_ERROR, '') }).filter((e) => e.startsWith(join('test/types', project, fixture)));
    assert.equal(errors.length, directives, errors.join('\n'));
  });
}
