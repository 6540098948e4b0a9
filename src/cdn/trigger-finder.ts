// CDN bundle: <knot-trigger-finder>, following <html lang>. The body map, technique cards and
// routine player load from their sibling files here when the reader reaches them.
import './auto-locale.js'; // first: the page's locale starts loading before the elements define
import '../components/trigger-finder/trigger-finder.js';

