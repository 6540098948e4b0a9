// Lit's hydration support must run before Lit itself: the elements then take over the server's
// markup instead of drawing it again. esbuild moves modules that several chunks share (Lit
// among them) into chunks a file loads before its own code, so a static import of the
// elements here would run Lit first. Import them once the support is installed.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

const regions = document.querySelector('#regions');
const timerText = document.querySelector('#timer');
const timer = document.querySelector('knot-hold-timer');

// The page's own code starts once the elements are defined: until then the button would call
// a timer without its start() (a click while they load does nothing, instead of throwing).
import('./components.js').then(() => {
  document.querySelector('knot-body-map').addEventListener('change', (event) => {
    const chosen = event.detail.value.map((r) => r.region);
    regions.textContent = `Chosen: ${chosen.length ? chosen.join(', ') : 'nothing yet'}`;
  });
  document.querySelector('#start').addEventListener('click', () => timer.start());
  timer.addEventListener('knot-start', () => (timerText.textContent = 'Timer: running'));
  timer.addEventListener('knot-complete', () => (timerText.textContent = 'Timer: done'));
});
