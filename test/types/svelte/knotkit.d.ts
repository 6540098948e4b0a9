// The declaration file the docs give a Svelte app (stories/Editors.mdx, "Svelte").
import type { CustomElements } from 'knotkit/svelte';

declare global {
  namespace svelteHTML {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
