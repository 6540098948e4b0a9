// A stand-in for the global `JSX` names knotkit/svelte uses (Svelte's language tools provide
// them), because svelte is not a dev dependency (yet). As loose as it can be.
/* eslint-disable @typescript-eslint/no-empty-object-type */
declare namespace JSX {
  type Element = unknown;
  interface CSSProperties {}
}
