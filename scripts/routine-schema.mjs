// Writes dist/routine.schema.json (`knotkit/routine.schema.json`) from the valibot schema in
// src/core/routine-format.ts: one source for validation, types and the published JSON Schema.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';

const { outputFiles } = await build({
  stdin: { contents: "export { RoutineSchema } from './src/core/routine-format.ts'; export { toJsonSchema } from '@valibot/to-json-schema';", resolveDir: '.', loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const { RoutineSchema, toJsonSchema } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
// Transformations (trim) and custom checks have no JSON Schema form: the schema describes the shape.
const schema = toJsonSchema(RoutineSchema, { errorMode: 'ignore' });
schema.$id = 'https://unpkg.com/knotkit/dist/routine.schema.json';
schema.title = 'knotkit routine (format 1)';
schema.description = 'A guided self-care routine for <knot-routine-player>. Each step has either "technique" (a catalog id) or "custom"; omitted hold, reps, sides, rest and prepare come from the technique.';
writeFileSync('dist/routine.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
console.log('wrote dist/routine.schema.json');
