// CDN bundle: <knot-technique-card> (with its picture and the hold timer it loads), following <html lang>.
import './auto-locale.js'; // first: the page's locale starts loading before the elements define
import '../components/technique-card/technique-card.js';

