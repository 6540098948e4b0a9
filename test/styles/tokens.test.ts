import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { styles as holdTimerStyles } from '../../src/components/hold-timer/hold-timer.styles.js';
import { styles as bodyMapStyles } from '../../src/components/body-map/body-map.styles.js';

/** Every component stylesheet; a new component adds its styles here. */
const SHEETS: CSSResult[] = [...holdTimerStyles, ...bodyMapStyles];

async function themeTokens(file: string): Promise<Map<string, string>> {
  const text = await (await fetch(`/src/themes/${file}`)).text();
  return new Map([...text.matchAll(/(--knot-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

/** `var(--knot-x, fallback)` uses, with the fallback as written. */
function tokenUses(): Array<[string, string]> {
  const css = SHEETS.map((s) => s.cssText).join('\n');
  return [...css.matchAll(/var\((--knot-[\w-]+)\s*,\s*([^)]*)\)/g)].map((m) => [m[1], m[2].trim()]);
}

describe('design tokens', () => {
  it('every global token a component uses is defined in themes/light.css with the same fallback', async () => {
    const light = await themeTokens('light.css');
    const uses = tokenUses();
    expect(uses.length).to.be.greaterThan(10);
    for (const [token, fallback] of uses) {
      expect(light.has(token), `${token} is used but not defined in light.css`).to.equal(true);
      expect(fallback, `${token} fallback`).to.equal(light.get(token));
    }
  });

  it('every token light.css defines is used by a component', async () => {
    const used = new Set(tokenUses().map(([token]) => token));
    for (const token of (await themeTokens('light.css')).keys()) expect(used.has(token), `${token} is defined but unused`).to.equal(true);
  });

  it('dark.css sets only tokens light.css defines', async () => {
    const light = await themeTokens('light.css');
    const dark = await themeTokens('dark.css');
    expect(dark.size).to.be.greaterThan(5);
    for (const token of dark.keys()) expect(light.has(token), token).to.equal(true);
  });
});
