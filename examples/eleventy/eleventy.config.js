import litPlugin from '@lit-labs/eleventy-plugin-lit';
import { build } from 'esbuild';

export default function (eleventyConfig) {
  // Renders every <knot-…> tag in the pages, its shadow root included, at build time.
  // `componentModules` are files (paths from this folder) that register the elements.
  eleventyConfig.addPlugin(litPlugin, {
    componentModules: ['js/components.js'],
  });

  // Eleventy copies files but does not bundle: esbuild turns js/app.js (hydration support,
  // the elements, the page's own code) into one browser module, with the lazy chunks.
  eleventyConfig.on('eleventy.before', async ({ directories }) => {
    await build({
      entryPoints: ['js/app.js'],
      outdir: `${directories.output}assets`,
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
    });
  });
  eleventyConfig.addWatchTarget('js/');
}

export const config = {
  dir: { input: 'src' },
};
