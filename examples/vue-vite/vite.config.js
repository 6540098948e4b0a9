import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // <knot-…> tags are custom elements, not Vue components: Vue leaves them to the browser.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('knot-') },
      },
    }),
  ],
});
