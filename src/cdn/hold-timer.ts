// CDN bundle: <knot-hold-timer> alone, with the page's <html lang> choosing the locale.
import './auto-locale.js'; // first: the page's locale starts loading before the elements define
import '../components/hold-timer/hold-timer.js';

