import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook loads the repo's vite.config.ts, but @storybook/builder-vite keeps only
 * `build.target` from its `build` section (the library entries, `build.lib` and the
 * `rolldownOptions` externals never reach the Storybook build), so no `viteFinal` is needed.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
};

export default config;
