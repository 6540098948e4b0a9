// `node --import ./test/ssr/record-imports.mjs …`: appends every import the process asks for
// from then on (a relative one as a URL, one a line) to the file KNOT_IMPORT_LOG names.
// test/scripts/ssr.test.mjs uses it to see which of knotkit's chunks a server render loads.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

/** Module customization hook (runs on Node's hooks thread). */
export function resolve(specifier, context, next) {
  // Written as the import is asked for (a relative one resolved here), before Node loads it.
  const url = /^\.{1,2}\//.test(specifier) && context.parentURL ? new URL(specifier, context.parentURL).href : specifier;
  appendFileSync(process.env.KNOT_IMPORT_LOG, `${url}\n`);
  return next(specifier, context);
}

if (isMainThread && process.env.KNOT_IMPORT_LOG) register(import.meta.url);
