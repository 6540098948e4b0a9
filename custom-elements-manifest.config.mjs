// Generates custom-elements.json from the elements' JSDoc (`npm run analyze`, part of `npm run build`).
export default {
  globs: ['src/components/**/*.component.ts'],
  exclude: ['src/generated/**', 'src/i18n/**', 'src/cdn/**'],
  outdir: '.',
  litelement: true,
};
