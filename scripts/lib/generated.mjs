// Shared by the source generators in scripts/: write what changed, or with `--check` only
// compare with what is committed (the output is committed; CI and `npm test` check it).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';

/** Runs `main` when the module is the script node was started with (not when a test imports it). */
export const isMain = (meta) => meta.url === `file://${process.argv[1]}`;

/** Files whose committed text differs from `files` (a Map of path to text), plus `orphans` that exist. */
export function staleFiles(files, orphans = []) {
  return [...[...files].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([path]) => path), ...orphans.filter((path) => existsSync(path))];
}

/**
 * Writes the generated `files` and deletes `orphans` (files an earlier run wrote that the
 * sources no longer produce). With `--check` on the command line nothing is written: the
 * process fails if anything is stale.
 */
export function emit(name, files, orphans = []) {
  const stale = staleFiles(files, orphans);
  if (process.argv.includes('--check')) {
    if (stale.length) {
      console.error(`${name}: stale ${stale.join(', ')}: run 'npm run generate' and commit the result`);
      process.exitCode = 1;
    } else console.log(`${name}: up to date`);
    return;
  }
  for (const path of stale) {
    if (!files.has(path)) rmSync(path);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, files.get(path));
    }
  }
  console.log(`${name}: ${stale.length ? `wrote ${stale.join(', ')}` : 'up to date'}`);
}

/** Imports a TypeScript module of the sources (bundled by esbuild, so its imports resolve). */
export async function importSource(entry) {
  const { outputFiles } = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
