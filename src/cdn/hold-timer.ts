// CDN bundle: <knot-hold-timer> alone, with the page's <html lang> choosing the locale.
import '../components/hold-timer/hold-timer.js';
import { followDocumentLanguage } from './auto-locale.js';

followDocumentLanguage();
