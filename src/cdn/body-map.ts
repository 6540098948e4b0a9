// CDN bundle: <knot-body-map> alone, with the page's <html lang> choosing the locale.
import '../components/body-map/body-map.js';
import { followDocumentLanguage } from './auto-locale.js';

followDocumentLanguage();
