// `npm run release:check` (CI, after `npm run build`): what `npm publish` would upload is right.
// Packs the package, runs publint (strict) and @arethetypeswrong/cli (`--profile esm-only`: the
// package is ESM only) on the tarball, and checks the tarball's files: every export target,
// the manifest, the editor data and the LICENSE are in it; nothing internal is (sources, tests,
// source maps, the CDN build manifest, declarations no export reaches); no file names a
// source map. Then the example apps (scripts/examples.mjs): the packed package installed into
// each, built and driven in Chromium. `--no-examples` skips them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { examples } from './examples.mjs';
import { typeEntries, typesClosure } from './prune-dist.mjs';

/** Files that must never ship, with why. */
const INTERNAL = [
  [/^(src|test|stories|scripts|bench|demo|docs|locales|\.storybook|\.ci|node_modules)\//, 'a source, test or tool file'],
  [/\.map$/, 'a source map (not shipped: see scripts/prune-dist.mjs)'],
  [/(^|\/)\.vite\//, 'the CDN build manifest'],
  [/^dist\/(.*\/)?\.(?!vite\/)[^/]+\//, 'a hidden build folder'],
  [/^dist\/types\/generated\/locales\//, 'translation-table types'],
  [/(?<!\.d)\.ts$/, 'a TypeScript source'],
  [/(^|\/)(tsconfig[^/]*\.json|\.env[^/]*|\.DS_Store)$/, 'a config or stray file'],
];

/**
 * Every file an export, a subpath import (`imports`: the package's own modules import them) or
 * `main`, `module`, `types`, `customElements`, `web-types` names, as tarball paths; `*`
 * patterns stay patterns.
 */
export function namedTargets(pkg) {
  const targets = new Set();
  const add = (value) => {
    if (typeof value === 'string') targets.add(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  add(pkg.exports);
  add(pkg.imports);
  for (const field of ['main', 'module', 'types', 'customElements', 'web-types']) add(pkg[field]);
  return [...targets];
}

/**
 * Problems with a tarball's contents. `files` are paths inside the package (`dist/index.js`),
 * `read(path)` gives a file's text.
 */
export function checkFiles(files, pkg, read) {
  const problems = [];
  const have = new Set(files);
  for (const target of namedTargets(pkg)) {
    const pattern = new RegExp(`^${target.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`);
    if (!files.some((f) => pattern.test(f))) problems.push(`${target}: named by package.json but not in the tarball`);
  }
  for (const required of ['package.json', 'LICENSE', 'README.md']) if (!have.has(required)) problems.push(`${required}: missing`);
  for (const file of files) {
    const internal = INTERNAL.find(([re]) => re.test(file));
    if (internal) problems.push(`${file}: ${internal[1]} is in the tarball`);
    if (/\.(m?js|d\.ts)$/.test(file) && /\/\/# sourceMappingURL=/.test(read(file))) problems.push(`${file}: names a source map that does not ship`);
  }
  let reachable = new Set();
  try {
    // A missing entry is reported above; what the present ones import must all be there.
    reachable = typesClosure(typeEntries(pkg).filter((entry) => have.has(entry)), (file) => (have.has(file) ? read(file) : undefined));
  } catch (error) {
    problems.push(`declarations: ${error.message}`);
  }
  for (const file of files) if (file.endsWith('.d.ts') && !reachable.has(file)) problems.push(`${file}: a declaration no export reaches`);
  return problems;
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function run(command, args, options = {}) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });
}

export function releaseCheck(root = process.cwd()) {
  const work = mkdtempSync(join(tmpdir(), 'knotkit-release-'));
  try {
    const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--silent', '--pack-destination', work], { cwd: root }));
    const tarball = join(work, filename);
    const bin = (name) => join(root, 'node_modules', '.bin', name);
    process.stdout.write(run(bin('publint'), ['run', tarball, '--strict'], { cwd: root }));
    process.stdout.write(run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii'], { cwd: root }));
    run('tar', ['-xzf', tarball, '-C', work]);
    const unpacked = join(work, 'package');
    const files = walk(unpacked).map((file) => relative(unpacked, file).split('\\').join('/')).sort();
    const pkg = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8'));
    const problems = checkFiles(files, pkg, (file) => readFileSync(join(unpacked, file), 'utf8'));
    const size = statSync(tarball).size;
    console.log(`${filename}: ${files.length} files, ${(size / 1024).toFixed(1)} kB packed`);
    return problems;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let problems;
  try {
    problems = releaseCheck();
  } catch (error) {
    // publint or attw exited non-zero: their own report is printed above.
    console.error(`release check failed: ${error.message.split('\n')[0]}`);
    process.exit(1);
  }
  for (const problem of problems) console.error(`✗ ${problem}`);
  if (problems.length) process.exit(1);
  console.log('release check: publint, attw (esm-only) and the file list are clean');
  if (!process.argv.includes('--no-examples')) {
    const failures = await examples();
    if (failures.length) {
      console.error(`release check: ${failures.length} example-app check(s) failed`);
      process.exit(1);
    }
    console.log('release check: the example apps install, build and run against the tarball');
  }
}
