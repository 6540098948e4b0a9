// The declaration file the docs give a Solid app (stories/Editors.mdx, "Solid").
import type { CustomElements } from 'knotkit/solid';

declare module 'solid-js' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
