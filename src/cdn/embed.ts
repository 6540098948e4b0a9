/**
 * dist/cdn/embed.html?widget=timer&duration=60&lang=de: one knotkit element alone on a page,
 * for hosts that allow only iframes (Substack, Medium, Notion, newsletter tools). Works in a
 * sandboxed iframe (`sandbox="allow-scripts"`: no storage, which knotkit's guarded storage
 * survives). Query parameters that are the element's own attributes are set as text; anything
 * else is ignored. It tells its parent its height (`{ type: 'knotkit:height', id, height }`) so
 * a small script there can size the iframe to it.
 */
const WIDGETS: Record<string, [tag: string, file: string]> = {
  timer: ['knot-hold-timer', 'hold-timer.js'],
  map: ['knot-body-map', 'body-map.js'],
  card: ['knot-technique-card', 'technique-card.js'],
  routine: ['knot-routine-player', 'routine-player.js'],
  finder: ['knot-trigger-finder', 'trigger-finder.js'],
};

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const main = document.querySelector('main')!;
// The page's language picks the element's (es, de, fr, en), before the element's module reads it.
document.documentElement.lang = params.get('lang') || navigator.language || 'en';

let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last) return;
  last = height;
  parent.postMessage({ type: 'knotkit:height', id, height }, '*');
}).observe(document.documentElement);

const widget = params.get('widget') ?? '';
const [tag, file] = Object.hasOwn(WIDGETS, widget) ? WIDGETS[widget] : [];
if (!tag || !file) {
  const known = Object.keys(WIDGETS).join(', ');
  console.warn(`knotkit embed: widget=${JSON.stringify(params.get('widget'))} is not one of ${known}.`);
  main.textContent = `knotkit: set widget= to one of ${known}.`;
} else {
  // The element's tag first, so themes/reserve.css keeps its space while its module loads.
  const element = main.appendChild(document.createElement(tag));
  void import(/* @vite-ignore */ new URL(file, import.meta.url).href).then(async () => {
    await customElements.whenDefined(tag);
    const own = (customElements.get(tag) as unknown as { observedAttributes?: string[] }).observedAttributes ?? [];
    for (const [name, value] of params) if (own.includes(name)) element.setAttribute(name, value);
  });
}
