// CDN bundle: <knot-routine-player> (with the cards, map and timer it embeds), following <html lang>.
import '../components/routine-player/routine-player.js';
import { followDocumentLanguage } from './auto-locale.js';

followDocumentLanguage();
