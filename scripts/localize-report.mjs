// `npm run localize:report` (part of `npm test`): every message in the sources has a real
// translation in every locale. The messages are extracted afresh from the sources (into a
// temporary folder, the committed XLIFF files untouched), so a message whose unit or target
// was deleted from a locale's file fails, as does a target left empty.
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const unitsOf = (xml) =>
  new Map([...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => [id, /<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)]));

/** The message ids the sources use now, from a fresh `lit-localize extract`. */
export function sourceIds() {
  const dir = mkdtempSync(join(tmpdir(), 'knotkit-extract-'));
  try {
    const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
    config.interchange = { ...config.interchange, xliffDir: dir };
    config.targetLocales = ['es'];
    const path = join(dir, 'lit-localize.json');
    writeFileSync(path, JSON.stringify({ ...config, tsConfig: join(process.cwd(), config.tsConfig), inputFiles: config.inputFiles.map((f) => join(process.cwd(), f)) }));
    execFileSync('npx', ['lit-localize', 'extract', '--config', path], { stdio: 'ignore' });
    return [...unitsOf(readFileSync(join(dir, 'es.xlf'), 'utf8')).keys()];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function report(dir = 'locales', ids = sourceIds()) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xlf'))
    .map((file) => {
      const units = unitsOf(readFileSync(`${dir}/${file}`, 'utf8'));
      const missing = ids.filter((id) => !units.get(id));
      return { locale: file.replace('.xlf', ''), total: ids.length, translated: ids.length - missing.length, missing };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = false;
  for (const r of report()) {
    console.log(`${r.locale}: ${r.translated}/${r.total} messages translated${r.missing.length ? `; missing: ${r.missing.join(', ')}` : ''}`);
    failed ||= r.missing.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
