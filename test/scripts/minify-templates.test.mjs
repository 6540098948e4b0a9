// The template minifier the build uses (scripts/minify-templates.mjs, minify-literals): it
// shrinks markup and CSS but keeps what is meaningful, where the hand-written one it replaced
// did not (it collapsed <pre> whitespace and rewrote `content: "a : b ; c"`), and without
// dropping the slash of a self-closing SVG element, as minify-literals does by default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

const source = `import { html, css, svg } from 'lit';
export const view = (name, n) => html\`<div class="box">
    <pre>  two  spaces
      and a line   </pre>
    <span>\${name}</span> <b>\${n}</b>
    <button part="button primary" ?disabled=\${n > 1} @click=\${() => n}>Go</button>
  </div>\`;
export const figure = svg\`<path d="M1 2 L3 4"   fill="none" /><circle r="2" />\`;
export const styles = css\`
  :host {
    display: block;
  }
  .label::before {
    content: "a : b ; c";
  }
\`;
`;

test('minifies templates and keeps <pre> text, strings in CSS, SVG self-closing tags, spaces between inline elements and bindings', async () => {
  const { code } = await minifyTemplates(source, '/repo/src/fixture.ts');
  assert.ok(code.length < source.length - 40, 'smaller');
  assert.match(code, /<pre> {2}two {2}spaces\n {6}and a line {3}<\/pre>/);
  assert.match(code, /content:\s*"a : b ; c"/);
  assert.match(code, /:host\{display:block\}/);
  assert.match(code, /<span>\$\{name\}<\/span> <b>\$\{n\}<\/b>/);
  assert.match(code, /part="button primary" \?disabled=\$\{n > 1\} @click=\$\{\(\) => n\}>Go<\/button>/);
  // Without the slash the circle would be parsed as the path's child (SVG content).
  assert.match(code, /<path d="M1 2 L3 4" fill="none"\/><circle r="2"\/>/);
});

test('leaves a module without templates alone', async () => {
  assert.equal(await minifyTemplates('export const x = `  a  `;\n', '/repo/src/plain.ts'), null);
});
