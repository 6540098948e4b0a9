// Which source module each shipped file is built from, read from package.json's exports: an
// entry's types mirror its source (`./dist/types/components/x/x.d.ts` ↔ `src/components/x/x.ts`).
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** Source module (`src/components/hold-timer/hold-timer.ts`) → shipped file (`dist/hold-timer.js`). */
export const SHIPPED = new Map(
  Object.values(pkg.exports)
    .filter((entry) => typeof entry === 'object' && entry.types?.startsWith('./dist/types/') && entry.default)
    .map((entry) => [entry.types.replace(/^\.\/dist\/types\//, 'src/').replace(/\.d\.ts$/, '.ts'), entry.default.replace(/^\.\//, '')]),
);

/** Shipped file → source module. */
export const SOURCE = new Map([...SHIPPED].map(([source, file]) => [file, source]));
