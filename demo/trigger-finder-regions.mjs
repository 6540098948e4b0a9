// The body-map demo's form sends its regions here (`?pain=temple-left:7&pain=jaw-left:4`):
// they become the finder's preset selection. A file, not an inline script: the demo runs
// under a strict Content-Security-Policy.
const pain = new URLSearchParams(location.search).getAll('pain');
const finder = document.querySelector('knot-trigger-finder');
if (pain.length && finder) finder.setAttribute('regions', pain.map((entry) => entry.split(':').slice(0, 2).join(':')).join(' '));
