// oEmbed 1.0 for knotkit's iframe embed (dist/cdn/embed.html): given an embed.html address,
// the JSON a host's oEmbed consumer reads (type "rich": the sandboxed iframe snippet the README
// shows). `node scripts/oembed.mjs "<embed.html URL>" [--maxwidth N] [--maxheight N]` prints it;
// `oembed(url, { maxwidth, maxheight })` returns it. Throws (the CLI exits 1) on an address
// that is not an http(s) embed.html address or names no known widget.
// The query is parsed and written back URL-encoded into `src` (nothing from it reaches the HTML
// any other way but the widget's label in the title, HTML-escaped); every attribute is escaped.
import { fileURLToPath } from 'node:url';

export const PROVIDER_NAME = 'knotkit';
export const PROVIDER_URL = 'https://github.com/knotkit/knotkit';

/** Per widget: its title, and the height it needs in px (README "Hosts that allow only iframes"). */
export const WIDGETS = {
  timer: { title: 'Hold timer', height: 340 },
  map: { title: 'Body map', height: 900 },
  card: { title: 'Technique card', height: 600, compactHeight: 270 },
  routine: { title: 'Routine', height: 600 },
  finder: { title: 'Trigger point finder', height: 600 },
};
/** The width the widgets are laid out for; the iframe itself fills its column (width:100%). */
export const DEFAULT_WIDTH = 600;

/** Escapes text for an HTML attribute value in double quotes (and for text content). */
export const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const positive = (value, name) => {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number of pixels, not ${JSON.stringify(String(value))}`);
  return n;
};

/**
 * The oEmbed 1.0 response for an embed.html address.
 * @param {string} address - https://…/embed.html?widget=…&…
 * @param {{ maxwidth?: number | string, maxheight?: number | string }} [options]
 */
export function oembed(address, options = {}) {
  let url;
  try {
    url = new URL(String(address));
  } catch {
    throw new Error(`not a URL: ${JSON.stringify(String(address))}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`not an http(s) address: ${url.protocol}`);
  if (url.username || url.password) throw new Error('an embed address carries no user name or password');
  if (!/\/embed\.html$/.test(url.pathname)) throw new Error(`not a knotkit embed.html address: ${url.pathname}`);
  const params = new URLSearchParams(url.search);
  const widget = params.get('widget') ?? '';
  if (!Object.hasOwn(WIDGETS, widget)) throw new Error(`widget=${JSON.stringify(widget)} is not one of ${Object.keys(WIDGETS).join(', ')}`);
  const maxwidth = positive(options.maxwidth, 'maxwidth');
  const maxheight = positive(options.maxheight, 'maxheight');

  const spec = WIDGETS[widget];
  const label = (params.get('label') ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
  const title = label ? `${spec.title}: ${label}` : spec.title;
  const width = Math.min(DEFAULT_WIDTH, maxwidth ?? Infinity);
  const height = Math.min(widget === 'card' && params.has('compact') ? spec.compactHeight : spec.height, maxheight ?? Infinity);
  // The address rebuilt from its parts: no fragment, the query re-encoded.
  const src = `${url.origin}${url.pathname}?${params.toString()}`;
  const style = `width:100%;${maxwidth ? `max-width:${maxwidth}px;` : ''}border:0`;
  const html =
    `<iframe title="${escapeHtml(title)}" sandbox="allow-scripts" loading="lazy" height="${height}" style="${escapeHtml(style)}" ` +
    `src="${escapeHtml(src)}"></iframe>`;
  return { type: 'rich', version: '1.0', title, provider_name: PROVIDER_NAME, provider_url: PROVIDER_URL, html, width, height };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const options = {};
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    const match = /^--(maxwidth|maxheight)(?:=(.*))?$/.exec(args[i]);
    if (match) options[match[1]] = match[2] ?? args[++i];
    else rest.push(args[i]);
  }
  if (rest.length !== 1) {
    console.error('usage: node scripts/oembed.mjs "<embed.html URL>" [--maxwidth N] [--maxheight N]');
    process.exit(1);
  }
  try {
    console.log(JSON.stringify(oembed(rest[0], options), null, 2));
  } catch (error) {
    console.error(`oembed: ${error.message}`);
    process.exit(1);
  }
}
