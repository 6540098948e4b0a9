// CDN bundle: <knot-trigger-finder>, following <html lang>. The body map, technique cards and
// routine player load from their sibling files here when the reader reaches them.
import '../components/trigger-finder/trigger-finder.js';
import { followDocumentLanguage } from './auto-locale.js';

followDocumentLanguage();
