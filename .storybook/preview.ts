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

interface ManifestMember {
  kind?: string;
  name: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  description?: string;
}
interface ManifestAttribute {
  name: string;
  fieldName?: string;
}
interface ManifestDeclaration {
  kind?: string;
  name?: string;
  tagName?: string;
  customElement?: boolean;
  members?: ManifestMember[];
  attributes?: ManifestAttribute[];
  events?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
}
interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

/**
 * Tags of the classes the analyzer sees. Registration goes through knotkit's own
 * `define()` in `<element>.ts`, which the analyzer does not read, so the manifest has no
 * `tagName` yet; this map fills it in when it is missing (an existing one wins).
 */
const TAGS: Record<string, string> = {
  KnotHoldTimer: 'knot-hold-timer',
};

/**
 * Storybook turns every manifest member and attribute into a row with a control. Keep the
 * public API only: no private, protected, static or `_`-prefixed members or attributes
 * (the analyzer lists Lit's internal `state: true` properties as attributes), one row per
 * setting (a property that has an attribute is shown once, under its attribute name), and
 * no events the analyzer guessed from the `dispatchEvent(new CustomEvent(type))` helper
 * (the real ones carry their `@fires` description). Storybook keys every row by name, so a
 * part called `label` would replace the `label` attribute: parts are shown as `::part(label)`.
 */
const isPublic = (name: string | undefined, privacy?: string, isStatic?: boolean) =>
  !name?.startsWith('_') && privacy !== 'private' && privacy !== 'protected' && !isStatic;

function forStorybook(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (!declaration.customElement) return declaration;
        const attributes = declaration.attributes?.filter((a) => isPublic(a.name) && isPublic(a.fieldName));
        const hasAttribute = new Set(attributes?.map((a) => a.fieldName ?? a.name));
        return {
          ...declaration,
          tagName: declaration.tagName ?? TAGS[declaration.name ?? ''],
          attributes,
          members: declaration.members?.filter(
            (m) => isPublic(m.name, m.privacy, m.static) && !m.attribute && !hasAttribute.has(m.name),
          ),
          events: declaration.events?.filter((event) => Boolean(event.description)),
          cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
        };
      }),
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
