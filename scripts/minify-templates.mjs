// Minifies the markup and CSS inside Lit's html``, svg`` and css`` templates (the JS minifier
// leaves template text alone) with minify-literals (html-minifier-next for markup, Lightning CSS
// for styles). Used by vite.config.ts; test/scripts/minify-templates.test.mjs checks that what
// must survive does (`<pre>` whitespace, strings in CSS, SVG's self-closing tags).
import { minifyHTMLLiterals } from 'minify-literals';

/**
 * `keepClosingSlash`: an svg`` template is parsed as SVG, where `<path d="…" /><circle />`
 * without the slashes would nest the circle inside the path (1–4 bytes gzip per element file).
 */
const OPTIONS = { html: { keepClosingSlash: true } };

/** Minified `code` of the module `id` with its source map, or null when nothing changed. */
export async function minifyTemplates(code, id) {
  const result = await minifyHTMLLiterals(code, { ...OPTIONS, fileName: id });
  return result ? { code: result.code, map: result.map } : null;
}
