/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components';
import { html, type TemplateResult } from 'lit';
import '../src/components/hold-timer/hold-timer.js';
import '../src/components/body-map/body-map.js';
import '../src/components/technique-card/technique-card.js';
import '../src/components/routine-player/routine-player.js';
import lightCss from '../src/themes/light.css?raw';
import darkCss from '../src/themes/dark.css?raw';

/*
 * The Tokens page: every global token, read from the theme files themselves (so it cannot
 * drift from what ships), and each element drawn in both themes side by side.
 */

/** `--knot-x: value;` pairs of the first block whose selector matches. */
function tokensOf(css: string, selector: RegExp): Map<string, string> {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const body = new RegExp(`${selector.source}\\s*\\{([^}]*)\\}`).exec(text)?.[1] ?? '';
  return new Map([...body.matchAll(/(--knot-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

const LIGHT = tokensOf(lightCss, /:root,\s*\.knot-theme-light/);
const DARK = tokensOf(darkCss, /\.knot-theme-dark/);

/** What each token paints; grouped as on the Theming page. */
const GROUPS: { title: string; tokens: Record<string, string> }[] = [
  {
    title: 'Text, surfaces and controls',
    tokens: {
      '--knot-color-text': 'Text',
      '--knot-color-text-muted': 'Secondary text: phase, details, captions',
      '--knot-color-surface': 'The background every element paints under its text',
      '--knot-color-surface-raised': 'Panels, secondary buttons, the technique card’s boxes',
      '--knot-color-accent': 'Primary buttons, the ring while holding, chosen items',
      '--knot-color-on-accent': 'Text on the accent colour',
      '--knot-color-border': 'Control borders (3:1 against the surface)',
      '--knot-color-track': 'The ring’s track, progress bars',
      '--knot-color-focus': 'Focus rings',
      '--knot-color-danger': 'Warning signs, errors',
    },
  },
  {
    title: 'Hold timer phases',
    tokens: {
      '--knot-color-prepare': 'Getting ready',
      '--knot-color-switch': 'Switching sides',
      '--knot-color-rest': 'Resting between reps',
    },
  },
  {
    title: 'Body map',
    tokens: {
      '--knot-color-body': 'The figure',
      '--knot-color-body-line': 'Its outline',
      '--knot-color-body-hover': 'A region under the pointer',
      '--knot-color-intensity-low': 'Chosen, intensity 0–3',
      '--knot-color-intensity-mid': 'Chosen, intensity 4–6',
      '--knot-color-intensity-high': 'Chosen, intensity 7–10',
      '--knot-color-marker': 'A trigger point’s ring',
      '--knot-color-referral-primary': 'Where a muscle usually sends pain',
      '--knot-color-referral-secondary': 'Where it sometimes does',
    },
  },
];

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The ratio a token is read against: on-accent on the accent, the rest on the surface. */
function ratio(token: string, theme: Map<string, string>): string {
  const value = theme.get(token);
  if (!value || !/^#[0-9a-f]{6}$/i.test(value) || token === '--knot-color-surface') return '';
  const against = token === '--knot-color-on-accent' ? '--knot-color-accent' : '--knot-color-surface';
  return `${contrast(value, theme.get(against)!).toFixed(1)}:1`;
}

const swatch = (value: string | undefined) =>
  html`<span class="tokens-swatch" aria-hidden="true" style="background: ${value ?? 'transparent'}"></span><code>${value ?? '—'}</code>`;

const STYLES = html`<style>
  .tokens-table { border-collapse: collapse; width: 100%; table-layout: fixed; font: 0.875rem/1.4 system-ui, sans-serif; }
  .tokens-table th:nth-child(1) { inline-size: 30%; }
  .tokens-table th:nth-child(3), .tokens-table th:nth-child(4) { inline-size: 10.5rem; }
  .tokens-table code { overflow-wrap: anywhere; }
  .tokens-table caption { text-align: start; font-weight: 600; font-size: 1rem; padding: 0.75rem 0 0.25rem; }
  .tokens-table th, .tokens-table td { text-align: start; padding: 0.375rem 0.5rem; border-bottom: 1px solid var(--knot-color-border); vertical-align: middle; }
  .tokens-table td:nth-child(3), .tokens-table td:nth-child(4) { white-space: nowrap; }
  .tokens-swatch { display: inline-block; inline-size: 1.75rem; block-size: 1.75rem; border-radius: 0.375rem; border: 1px solid #6b7280; vertical-align: middle; margin-inline-end: 0.5rem; }
  .tokens-themes { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); gap: 1rem; }
  .tokens-themes > section { background: var(--knot-color-surface); color: var(--knot-color-text); border: 1px solid var(--knot-color-border); border-radius: 0.75rem; padding: 1rem; }
  .tokens-themes h3 { margin: 0 0 0.75rem; font: 600 1rem system-ui, sans-serif; }
</style>`;

/** Light and dark side by side, each a section with its theme class, as a page would do it. */
const bothThemes = (what: string, content: () => TemplateResult) => html`${STYLES}
  <div class="tokens-themes">
    <section class="knot-theme-light" aria-label="${what}, light theme">
      <h3>Light <code>.knot-theme-light</code></h3>
      ${content()}
    </section>
    <section class="knot-theme-dark" aria-label="${what}, dark theme">
      <h3>Dark <code>.knot-theme-dark</code></h3>
      ${content()}
    </section>
  </div>`;

const DESCRIPTION = `
Every global token, with its value in \`themes/light.css\` (also each element's built-in
fallback) and in \`themes/dark.css\`, read from those files. The ratio is the WCAG contrast
against that theme's surface (\`--knot-color-on-accent\`: against the accent): text needs
4.5:1, controls, rings and the figure's outline 3:1.

Set any of them on \`:root\` or on an ancestor of the elements (see *Theming*). The dark
values apply only where the page opts in: \`class="knot-theme-dark"\`, \`class="knot-theme-auto"\`
(with a dark system), or the page's own \`color-scheme\`.

Type: \`--knot-font-family\` (${LIGHT.get('--knot-font-family') ?? ''}) and \`--knot-font-size\`
(${LIGHT.get('--knot-font-size') ?? ''}).
`;

const meta: Meta = {
  title: 'Tokens',
  // The page is Tokens.mdx (one table, then the elements), not an autodocs page.
  tags: ['!autodocs'],
  parameters: {
    controls: { disable: true },
    actions: { disable: true },
    docs: { description: { component: DESCRIPTION } },
  },
};

export default meta;
type Story = StoryObj;

/** The colour tokens of both theme files, with what each paints and its contrast. */
export const Colours: Story = {
  render: () => html`${STYLES}
    ${GROUPS.map(
      (group) => html`<table class="tokens-table">
        <caption>${group.title}</caption>
        <thead>
          <tr><th scope="col">Token</th><th scope="col">Paints</th><th scope="col">Light</th><th scope="col">Dark</th></tr>
        </thead>
        <tbody>
          ${Object.entries(group.tokens).map(
            ([token, use]) => html`<tr>
              <th scope="row"><code>${token}</code></th>
              <td>${use}</td>
              <td>${swatch(LIGHT.get(token))} ${ratio(token, LIGHT)}</td>
              <td>${swatch(DARK.get(token))} ${ratio(token, DARK)}</td>
            </tr>`,
          )}
        </tbody>
      </table>`,
    )}`,
};

/** The hold timer, idle and compact. */
export const HoldTimer: Story = {
  name: 'Hold timer in both themes',
  render: () =>
    bothThemes(
      'Hold timer',
      () => html`<knot-hold-timer label="Upper trapezius" reps="2" sides="both"></knot-hold-timer>
        <knot-hold-timer compact label="Levator scapulae" duration="45"></knot-hold-timer>`,
    ),
};

/** The body map with a selection at three intensities, and a muscle's referral pattern. */
export const BodyMap: Story = {
  name: 'Body map in both themes',
  render: () =>
    bothThemes(
      'Body map',
      () => html`<knot-body-map
          view="front"
          intensity
          .value=${[
            { region: 'temple-left', intensity: 2 },
            { region: 'top-of-shoulder-left', intensity: 5 },
            { region: 'jaw-right', intensity: 9 },
          ]}
        ></knot-body-map>
        <knot-body-map muscle="upper-trapezius" readonly view="back"></knot-body-map>`,
    ),
};

/** The compact technique card (the full card is on its own page). */
export const TechniqueCard: Story = {
  name: 'Technique card in both themes',
  render: () => bothThemes('Technique card', () => html`<knot-technique-card compact technique="upper-trapezius-pincer"></knot-technique-card>`),
};

/** The routine player before it starts. */
export const RoutinePlayer: Story = {
  name: 'Routine player in both themes',
  render: () => bothThemes('Routine player', () => html`<knot-routine-player routine="jaw-face"></knot-routine-player>`),
};
