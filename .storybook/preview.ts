import type { Decorator, Loader, Preview } from '@storybook/web-components';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import cem from '../custom-elements.json' with { type: 'json' };
import { setLocale } from '../src/i18n/localization.js';
// Both theme files, as a page would load them: light sets every token on :root, dark
// overrides the colours under `.knot-theme-dark` (or a dark system, unless `.knot-theme-light`).
import '../src/themes/light.css';
import '../src/themes/dark.css';

/* ------------------------------------------------------------------------------------ */
/* Manifest                                                                             */
/* ------------------------------------------------------------------------------------ */

interface Manifest {
  modules?: {
    declarations?: {
      customElement?: boolean;
      members?: { name: string; attribute?: string }[];
      cssParts?: { name: string }[];
    }[];
  }[];
}

/**
 * custom-elements.json is already right (the analyzer plugins in
 * custom-elements-manifest.config.mjs keep it to the public API, with tags and documented
 * events). Storybook's table keys every row by name, which only Storybook needs adapting to:
 * a property that has an attribute is one row, under its attribute name (not `switchDuration`
 * beside `switch-duration`), and parts are shown as `::part(label)`, or a part called `label`
 * would replace the `label` attribute's row.
 */
function forStorybook(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.customElement
          ? {
              ...declaration,
              members: declaration.members?.filter((m) => !m.attribute),
              cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
            }
          : declaration,
      ),
    })),
  };
}

setCustomElementsManifest(forStorybook(cem));

/* ------------------------------------------------------------------------------------ */
/* Globals: locale and theme                                                            */
/* ------------------------------------------------------------------------------------ */

type Theme = 'light' | 'dark';

/**
 * @lit/localize has one locale per page, so the locale is a global, not an arg. The
 * loader waits for the translations before the story renders (no English flash) and
 * keeps `<html lang>` in step for screen readers and the a11y checks.
 */
const localeLoader: Loader = async ({ globals }) => {
  const wanted = typeof globals.locale === 'string' ? globals.locale : 'en';
  document.documentElement.lang = await setLocale(wanted);
};

/**
 * The theme is applied twice: to the whole canvas (the `<html>` class a page would use,
 * and its surface as the page background), and to a wrapper around each story, so that
 * on a Docs page, where many stories share one document, each still shows its own theme.
 */
const withTheme: Decorator = (story, context) => {
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  if (context.viewMode !== 'docs') {
    const root = document.documentElement;
    root.classList.toggle('knot-theme-dark', theme === 'dark');
    root.classList.toggle('knot-theme-light', theme === 'light');
    root.style.colorScheme = theme;
    document.body.style.background = 'var(--knot-color-surface)';
    document.body.style.color = 'var(--knot-color-text)';
  }
  return html`<div
    class="knot-theme-${theme}"
    style="background: var(--knot-color-surface); color: var(--knot-color-text); color-scheme: ${theme}; padding: 1rem; border-radius: 0.5rem"
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Locale (one per page: @lit/localize)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'es', title: 'Español', right: 'es' },
          { value: 'de', title: 'Deutsch', right: 'de' },
          { value: 'fr', title: 'Français', right: 'fr' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme (themes/light.css, themes/dark.css)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  loaders: [localeLoader],
  decorators: [withTheme],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: { order: ['Introduction', 'Theming', 'Blogging', 'Components'] },
    },
  },
};

export default preview;
