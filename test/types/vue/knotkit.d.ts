// The declaration file the docs give a Vue app (stories/Editors.mdx, "Vue 3").
import type {} from 'knotkit/vue';
