// svelte-check looks for a Svelte config from the fixture up; without one it finds the
// package's vite.config.ts, which has no Svelte plugin. Svelte's defaults are what we check.
export default {};
