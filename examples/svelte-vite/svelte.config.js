// Svelte's defaults; runes mode comes from the $state in App.svelte.
export default {};
