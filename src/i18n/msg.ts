// @lit/localize's message functions by their own modules: importing the package root would
// also pull its runtime loader into every element, which English pages never need.
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
export { updateWhenLocaleChanges } from '@lit/localize/internal/localized-controller.js';
