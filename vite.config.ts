import { defineConfig, type Plugin } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';
import { minifyTemplatesPlugin } from './.ci/minify-templates.mjs';

/** Ships src/themes/*.css as dist/themes/*.css (optional page-wide token files). */
function themes(): Plugin {
  return {
    name: 'knotkit-themes',
    generateBundle() {
      for (const file of readdirSync('src/themes')) {
        this.emitFile({ type: 'asset', fileName: `themes/${file}`, source: readFileSync(`src/themes/${file}`, 'utf8') });
      }
    },
  };
}

/** npm entries: each becomes `dist/<name>.js`; modules are kept apart so apps tree-shake. */
const NPM_ENTRIES = {
  index: 'src/index.ts',
  'hold-timer': 'src/components/hold-timer/hold-timer.ts',
  'hold-timer.component': 'src/components/hold-timer/hold-timer.component.ts',
  i18n: 'src/i18n/localization.ts',
};

/** CDN entries: lit bundled, one file per element plus everything, shared chunks split. */
const CDN_ENTRIES = {
  knotkit: 'src/cdn/knotkit.ts',
  'hold-timer': 'src/cdn/hold-timer.ts',
  loader: 'src/cdn/loader.ts',
};

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    plugins: cdn ? [minifyTemplatesPlugin()] : [minifyTemplatesPlugin(), themes()],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: cdn ? true : false,
      sourcemap: true,
      minify: cdn,
      manifest: cdn,
      copyPublicDir: false,
      lib: {
        entry: cdn ? CDN_ENTRIES : NPM_ENTRIES,
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        external: cdn ? [] : [/^lit(\/.*)?$/, /^@lit\//],
        output: cdn
          ? { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' }
          : { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
