// CDN bundle: every element, with the page's <html lang> choosing the locale.
import '../index.js';
import { followDocumentLanguage } from './auto-locale.js';

followDocumentLanguage();
