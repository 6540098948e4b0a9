import { expect } from '@open-wc/testing';
import { CSSResult } from 'lit';

/**
 * Every stylesheet module knotkit ships (`*.styles.ts`), found rather than listed: the test
 * loads the package entry and keeps each `.styles` module the browser fetched for it.
 */
async function stylesheets(): Promise<Map<string, string>> {
  performance.setResourceTimingBufferSize(10_000);
  performance.clearResourceTimings();
  await import('../../src/index.js');
  const urls = new Set(performance.getEntriesByType('resource').map((e) => e.name).filter((url) => /\.styles\.[jt]s(\?|$)/.test(url)));
  const sheets = new Map<string, string>();
  for (const url of urls) {
    const exports = Object.values((await import(url)) as Record<string, unknown>).flat();
    sheets.set(new URL(url).pathname, exports.filter((value) => value instanceof CSSResult).map((sheet) => sheet.cssText).join('\n'));
  }
  return sheets;
}

async function themeTokens(file: string): Promise<Map<string, string>> {
  const text = await (await fetch(`/src/themes/${file}`)).text();
  return new Map([...text.matchAll(/(--knot-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

/** `var(--knot-x, fallback)` uses, with the fallback as written. */
const tokenUses = (css: string): Array<[string, string]> => [...css.matchAll(/var\((--knot-[\w-]+)\s*,\s*([^)]*)\)/g)].map((m) => [m[1], m[2].trim()]);

describe('design tokens', () => {
  let sheets: Map<string, string>;
  before(async () => {
    sheets = await stylesheets();
  });

  it('finds every element stylesheet and the shared one', () => {
    const files = [...sheets.keys()].map((path) => path.replace(/^.*\//, '').replace(/\.[jt]s$/, ''));
    for (const file of ['shared.styles', 'hold-timer.styles', 'body-map.styles', 'technique-card.styles', 'routine-player.styles']) expect(files, file).to.include(file);
    for (const [file, css] of sheets) expect(css, `${file} has CSS`).not.to.equal('');
  });

  it('every global token a stylesheet uses is defined in themes/light.css with the same fallback', async () => {
    const light = await themeTokens('light.css');
    let count = 0;
    for (const [file, css] of sheets) {
      for (const [token, fallback] of tokenUses(css)) {
        count++;
        expect(light.has(token), `${file}: ${token} is used but not defined in light.css`).to.equal(true);
        expect(fallback, `${file}: ${token} fallback`).to.equal(light.get(token));
      }
    }
    expect(count).to.be.greaterThan(10);
  });

  it('every token light.css defines is used by a stylesheet', async () => {
    const used = new Set([...sheets.values()].flatMap((css) => tokenUses(css).map(([token]) => token)));
    for (const token of (await themeTokens('light.css')).keys()) expect(used.has(token), `${token} is defined but unused`).to.equal(true);
  });

  it('dark.css sets only tokens light.css defines', async () => {
    const light = await themeTokens('light.css');
    const dark = await themeTokens('dark.css');
    expect(dark.size).to.be.greaterThan(5);
    for (const token of dark.keys()) expect(light.has(token), token).to.equal(true);
  });

  it('dark.css holds one set of dark colours: every colour token, the same in each opt-in block, light-dark() starting from light.css', async () => {
    const text = (await (await fetch('/src/themes/dark.css')).text()).replace(/\/\*[\s\S]*?\*\//g, '');
    const light = await themeTokens('light.css');
    const colours = [...light.keys()].filter((token) => token.startsWith('--knot-color-'));
    const block = (selector: RegExp) => {
      const body = new RegExp(`${selector.source}\\s*\\{([^}]*)\\}`).exec(text)?.[1];
      expect(body, `dark.css has a block for ${selector.source}`).to.be.a('string');
      return new Map([...body!.matchAll(/(--knot-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
    };
    const dark = block(/\.knot-theme-dark/);
    const auto = block(/\.knot-theme-auto/);
    const scheme = block(/:root:not\([^)]*\)/);
    expect([...dark.keys()], 'the knot-theme-dark block sets every colour token').to.have.members(colours);
    expect([...auto.entries()], 'knot-theme-auto = knot-theme-dark').to.deep.equal([...dark.entries()]);
    for (const token of colours) expect(scheme.get(token), `${token} in the color-scheme block`).to.equal(`light-dark(${light.get(token)}, ${dark.get(token)})`);
  });

  it('dark.css reads the reader\'s system only inside a page-opted scope (knot-theme-auto)', async () => {
    const text = (await (await fetch('/src/themes/dark.css')).text()).replace(/\/\*[\s\S]*?\*\//g, '');
    const queries = [...text.matchAll(/@media[^{]*prefers-color-scheme[^{]*\{([\s\S]*?)\{/g)];
    expect(queries.length, 'one prefers-color-scheme query').to.equal(1);
    for (const [, selectors] of queries) {
      for (const selector of selectors.split(',')) expect(selector.trim(), 'a selector under prefers-color-scheme').to.match(/\.knot-theme-auto$/);
    }
  });
});
