// @lit/localize's message functions, from the modules that define them. The package root would
// serve, but it also loads the runtime loader (`configureLocalization` and its state), whose
// top-level code esbuild keeps: 0.2 kB gzip more in an app bundle with any element, for
// English pages that never load a translation. So these deep imports stay, with
// @lit/localize pinned to an exact version in package.json; test/i18n/msg.test.ts fails if
// the package moves them.
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
export { updateWhenLocaleChanges } from '@lit/localize/internal/localized-controller.js';
