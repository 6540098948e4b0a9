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
interface ManifestDeclaration {
  kind?: string;
  name?: string;
  tagName?: string;
  customElement?: boolean;
  members?: ManifestMember[];
  events?: { name: string; description?: string }[];
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
 * Storybook turns every manifest member into a "properties" row with a control. Keep the
 * public API only: drop private/protected/static members, members that are documented as
 * attributes already (one control per setting, keyed by the attribute name), and events
 * the analyzer guessed from a `dispatchEvent(new CustomEvent(type))` helper (no JSDoc).
 */
function forStorybook(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (!declaration.customElement) return declaration;
        return {
          ...declaration,
          tagName: declaration.tagName ?? TAGS[declaration.name ?? ''],
          members: declaration.members?.filter(
            (member) => !member.privacy && !member.static && !member.attribute && !member.name.startsWith('_'),
          ),
          events: declaration.events?.filter((event) => Boolean(event.description)),
        };
      }),
    })),
  };
}

setCustomElementsManifest(forStorybook(cem as Manifest));

/* ------------------------------------------------------------------------------------ */
/* Globals: locale and theme                                                            */
/* ------------------------------------------------------------------------------------ */

const LOCALES = ['en', 'es', 'de', 'fr'] as const;
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
      description: 'Language of the knotkit elements (@lit/localize, one per page)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'es', title: 'Español', right: 'es' },
          { value: 'de', title: 'Deutsch', right: 'de' },
          { value: 'fr', title: 'Français', right: 'fr' },
        ] satisfies { value: (typeof LOCALES)[number]; title: string; right: string }[],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'knotkit theme (themes/light.css, themes/dark.css)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ] satisfies { value: Theme; title: string; icon: string }[],
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
