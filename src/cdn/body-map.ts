// CDN bundle: <knot-body-map> alone, with the page's <html lang> choosing the locale.
import './auto-locale.js'; // first: the page's locale starts loading before the elements define
import '../components/body-map/body-map.js';
