// CDN bundle: <knot-technique-card> (with the body map and hold timer it embeds), following <html lang>.
import '../components/technique-card/technique-card.js';
import { followDocumentLanguage } from './auto-locale.js';

followDocumentLanguage();
