// `npm run localize:report`: per locale, how many messages are translated, and which of the
// messages that must be complete now are not. Long catalog texts (descriptions, causes,
// symptoms, steps, what to feel, cautions) may stay English for now; everything else
// (UI, regions, muscle/tool/position names, technique titles, doses, red flags) may not.
import { readFileSync, readdirSync } from 'node:fs';

export const LONG_TEXT = /^(muscle|technique)\.[^.]+\.(description|cause|symptom|step|feel|caution)(\.\d+)?$/;

export function report(dir = 'locales') {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xlf'))
    .map((file) => {
      const xml = readFileSync(`${dir}/${file}`, 'utf8');
      const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({ id, translated: /<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body) }));
      const required = units.filter((u) => !LONG_TEXT.test(u.id));
      return {
        locale: file.replace('.xlf', ''),
        total: units.length,
        translated: units.filter((u) => u.translated).length,
        required: required.length,
        missing: required.filter((u) => !u.translated).map((u) => u.id),
      };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = false;
  for (const r of report()) {
    console.log(`${r.locale}: ${r.translated}/${r.total} translated; must-have ${r.required - r.missing.length}/${r.required}${r.missing.length ? `; missing: ${r.missing.join(', ')}` : ''}`);
    failed ||= r.missing.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
