import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/hold-timer/hold-timer.js';
import type { KnotHoldTimer } from '../../src/components/hold-timer/hold-timer.js';

/**
 * themes/dark.css is the page's choice: a dark-mode reader on a light blog must keep the light
 * tokens (issue 10, item 15). The reader's system is emulated through Chrome
 * (`knot-media`, web-test-runner.config.mjs); the page opts in with a class or its own
 * `color-scheme`, exactly as a page would, and the test reads the colours the browser computes
 * at an element (light-dark() resolves there, so reading the token text is not enough).
 */

type Scheme = 'light' | 'dark';
const emulate = (scheme: Scheme | null) => executeServerCommand('knot-media', scheme ? [{ name: 'prefers-color-scheme', value: scheme }] : []);

/** The theme files as a page links them: light.css, then dark.css. */
async function linkThemes(): Promise<HTMLLinkElement[]> {
  const links = ['light.css', 'dark.css'].map((file) => Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/src/themes/${file}` }));
  await Promise.all(links.map((link) => new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', reject, { once: true });
    document.head.append(link);
  })));
  return links;
}

async function tokensIn(file: string, block: RegExp): Promise<Map<string, string>> {
  const text = await (await fetch(`/src/themes/${file}`)).text();
  const body = block.exec(text)?.[1] ?? '';
  return new Map([...body.matchAll(/(--knot-color-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

/** What `color: <value>` computes to inside `host` (so light-dark() sees the host's scheme). */
function computedColor(host: Element, value: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty('color', value);
  host.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

describe('themes/dark.css: dark only where the page opts in', () => {
  let links: HTMLLinkElement[];
  let light: Map<string, string>;
  let dark: Map<string, string>;
  const pageStyles: HTMLStyleElement[] = [];

  before(async () => {
    light = await tokensIn('light.css', /:root,\s*\.knot-theme-light\s*\{([^}]*)\}/);
    dark = await tokensIn('dark.css', /\.knot-theme-dark\s*\{([^}]*)\}/);
    expect(light.size, 'colour tokens in light.css').to.be.greaterThan(15);
    expect([...dark.keys()]).to.have.members([...light.keys()]);
    links = await linkThemes();
  });
  after(() => links.forEach((link) => link.remove()));
  afterEach(async () => {
    await emulate(null);
    document.documentElement.classList.remove('knot-theme-dark', 'knot-theme-auto', 'knot-theme-light');
    pageStyles.splice(0).forEach((style) => style.remove());
  });

  /** The page's own stylesheet saying which schemes it uses (`:root { color-scheme: … }`). */
  function pageColorScheme(value: string) {
    const style = Object.assign(document.createElement('style'), { textContent: `:root { color-scheme: ${value}; }` });
    document.head.append(style);
    pageStyles.push(style);
  }

  /** Every colour token as computed inside `host`, against the theme's value for `scheme`. */
  function expectTokens(host: Element, scheme: Scheme, where: string) {
    const wanted = scheme === 'dark' ? dark : light;
    for (const token of light.keys()) {
      expect(computedColor(host, `var(${token})`), `${where}: ${token} is ${scheme}`).to.equal(computedColor(host, wanted.get(token)!));
    }
  }

  /** A timer in a wrapper, as on a blog; its text colour comes from --knot-color-text. */
  async function timerIn(wrapperClass = '') {
    const wrapper = await fixture<HTMLDivElement>(html`<div class=${wrapperClass}><knot-hold-timer label="Upper trapezius"></knot-hold-timer></div>`);
    const timer = wrapper.querySelector<KnotHoldTimer>('knot-hold-timer')!;
    await timer.updateComplete;
    return { wrapper, timer, text: getComputedStyle(timer).color };
  }

  it('a dark-mode reader on a page that did not opt in keeps every light token', async () => {
    await emulate('dark');
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the system is emulated dark').to.equal(true);
    const { wrapper, text } = await timerIn();
    expectTokens(wrapper, 'light', 'no opt-in, system dark');
    expect(text, 'the timer draws light-theme text').to.equal(computedColor(wrapper, light.get('--knot-color-text')!));
  });

  it('class="knot-theme-dark" on an ancestor turns that section dark, whatever the system says', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await emulate(scheme);
      const { wrapper, text } = await timerIn('knot-theme-dark');
      expectTokens(wrapper, 'dark', `knot-theme-dark, system ${scheme}`);
      expect(text, `system ${scheme}: the timer draws dark-theme text`).to.equal(computedColor(wrapper, dark.get('--knot-color-text')!));
      // The rest of the page stays light.
      expectTokens(document.body, 'light', `outside the section, system ${scheme}`);
    }
  });

  it('class="knot-theme-dark" on <html> turns the whole page dark', async () => {
    document.documentElement.classList.add('knot-theme-dark');
    const { wrapper } = await timerIn();
    expectTokens(wrapper, 'dark', 'knot-theme-dark on <html>');
  });

  it('class="knot-theme-auto" follows the reader\'s system, only inside it', async () => {
    await emulate('dark');
    const auto = await timerIn('knot-theme-auto');
    expectTokens(auto.wrapper, 'dark', 'knot-theme-auto, system dark');
    expectTokens(document.body, 'light', 'outside knot-theme-auto, system dark');
    await emulate('light');
    expectTokens(auto.wrapper, 'light', 'knot-theme-auto, system light');
  });

  it('follows the page\'s own color-scheme: dark, or "light dark" with a dark system', async () => {
    pageColorScheme('dark');
    const { wrapper, text } = await timerIn();
    expectTokens(wrapper, 'dark', 'page color-scheme: dark');
    expect(text).to.equal(computedColor(wrapper, dark.get('--knot-color-text')!));

    pageColorScheme('light dark');
    await emulate('dark');
    expectTokens(wrapper, 'dark', 'page color-scheme: light dark, system dark');
    await emulate('light');
    expectTokens(wrapper, 'light', 'page color-scheme: light dark, system light');
  });

  it('class="knot-theme-light" pins light: on <html> over the page\'s scheme, and inside a dark section', async () => {
    await emulate('dark');
    pageColorScheme('dark');
    document.documentElement.classList.add('knot-theme-light');
    expectTokens((await timerIn()).wrapper, 'light', 'knot-theme-light on <html>, page and system dark');

    document.documentElement.classList.remove('knot-theme-light');
    const section = await fixture<HTMLDivElement>(html`<div class="knot-theme-dark"><div class="knot-theme-light"><knot-hold-timer></knot-hold-timer></div></div>`);
    expectTokens(section.firstElementChild!, 'light', 'knot-theme-light inside knot-theme-dark');
  });
});
