import type { Decorator, Loader, Preview } from '@storybook/web-components';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import cem from '../custom-elements.json' with { type: 'json' };
import { setLocale } from '../src/i18n/localization.js';
// Both theme files, as a page would load them: light sets every token on :root; dark
// applies only where the page opts in (`.knot-theme-dark`, `.knot-theme-auto`, or its own
// `color-scheme`), which is what the Theme toolbar below sets.
import '../src/themes/light.css';
import '../src/themes/dark.css';

/* ------------------------------------------------------------------------------------ */
/* Manifest                                                                             */
/* ------------------------------------------------------------------------------------ */

interface Member {
  name: string;
  kind?: string;
  attribute?: string;
  fieldName?: string;
  description?: string;
}

interface Declaration {
  customElement?: boolean;
  tagName?: string;
  members?: Member[];
  attributes?: Member[];
  cssParts?: Member[];
}

interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/**
 * custom-elements.json is already right (the analyzer plugins in
 * custom-elements-manifest.config.mjs keep it to the public API, with tags, documented
 * events and defaults; test/scripts/generators.test.mjs holds it to that): nothing is
 * corrected here. This is only Storybook's view of it. Storybook shows every member as a
 * control, so its table would start with what a page author never sets: injected test seams (`clock`, `scheduler`, `storage`) and read-only
 * state (`state`, `remaining`, `selection`). The table keeps what goes in HTML or CSS:
 * attributes (one row each, under the attribute name: a property that has one is set through
 * it), events, slots, CSS custom properties and parts. Parts are shown as `::part(label)`,
 * or a part called `label` would replace the `label` attribute's row.
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
              members: [],
              cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
            }
          : declaration,
      ),
    })),
  };
}

setCustomElementsManifest(forStorybook(cem));

/** Each element's properties that are not attributes (`clock`, `state`, …), by tag. */
const propertiesOnly = new Map(
  (cem as Manifest).modules
    ?.flatMap((module) => module.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => [d.tagName!, new Set((d.members ?? []).filter((m) => m.kind !== 'method' && !m.attribute).map((m) => m.name))]),
);

/**
 * A story file may still declare argTypes for those properties (to document them as
 * read-only): keep them out of the table and the controls too, so every element's panel
 * starts with its attributes.
 */
type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];
const hidePropertiesOnly: ArgTypesEnhancer = ({ argTypes, component }) => {
  const hidden = typeof component === 'string' ? propertiesOnly.get(component) : undefined;
  if (!hidden) return argTypes;
  return Object.fromEntries(Object.entries(argTypes).map(([name, argType]) => [name, hidden.has(name) ? { ...argType, control: false, table: { ...argType.table, disable: true } } : argType]));
};

/* ------------------------------------------------------------------------------------ */
/* Globals: locale and theme                                                            */
/* ------------------------------------------------------------------------------------ */

/** `auto` is `.knot-theme-auto`: dark only while the reader's system is dark. */
type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

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
  const theme: Theme = THEMES.find((t) => t === context.globals.theme) ?? 'light';
  const scheme = theme === 'auto' ? 'light dark' : theme;
  if (context.viewMode !== 'docs') {
    const root = document.documentElement;
    for (const t of THEMES) root.classList.toggle(`knot-theme-${t}`, t === theme);
    root.style.colorScheme = scheme;
    document.body.style.background = 'var(--knot-color-surface)';
    document.body.style.color = 'var(--knot-color-text)';
  }
  return html`<div
    class="knot-theme-${theme}"
    style="background: var(--knot-color-surface); color: var(--knot-color-text); color-scheme: ${scheme}; padding: 1rem; border-radius: 0.5rem"
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
          { value: 'auto', title: 'Auto (knot-theme-auto: follows the system)', icon: 'mirror' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  loaders: [localeLoader],
  decorators: [withTheme],
  argTypesEnhancers: [hidePropertiesOnly],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: { order: ['Introduction', 'Theming', 'Tokens', 'Accessibility', 'Blogging', 'Components'] },
    },
  },
};

export default preview;
