// CDN bundle: <knot-routine-player> (with the cards, map and timer it embeds), following <html lang>.
import './auto-locale.js'; // first: the page's locale starts loading before the elements define
import '../components/routine-player/routine-player.js';

