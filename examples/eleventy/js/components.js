// The elements this site uses. The server imports this file to render them (eleventy.config.js);
// the browser imports it from app.js to hydrate them: both use the same knotkit.
import 'knotkit/body-map.js';
import 'knotkit/hold-timer.js';
import 'knotkit/technique-card.js';
