// bench/results.md holds one section per bench script, each between its own markers
// (`<!-- NAME:start -->` … `<!-- NAME:end -->`). A script replaces only its own section and
// leaves the others as they are; a section not there yet is appended.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function writeSection(file, name, markdown) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}\n`;
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const from = old.indexOf(start);
  const to = old.indexOf(end);
  const next =
    from !== -1 && to > from
      ? old.slice(0, from) + block + old.slice(to + end.length).replace(/^\n/, '')
      : `${old.trimEnd()}${old.trim() ? '\n\n' : ''}${block}`;
  writeFileSync(file, next);
}
