import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { linkStylesheet } from '../helpers/styles.js';

/**
 * themes/reserve.css per language: the hold timer's buttons take one or two rows depending on
 * the width and the words, and the reserve follows `:lang()`. Tags are measured undefined, in
 * wrappers with each `lang`, then defined and rendered in each locale in turn.
 */
const LOCALES = ['es', 'de', 'fr'] as const;
const WIDTHS = [320, 343, 375, 412, 480, 600];
const VARIANTS = ['duration="45"', 'duration="45" label="Nacken"', 'duration="45" compact', 'duration="45" compact label="Nacken"'];

describe('themes/reserve.css in es, de and fr', () => {
  it('reserves the hold timer’s rendered height, within 2 px, in each language', async function () {
    this.timeout(20000);
    await setViewport({ width: 1000, height: 800 });
    await linkStylesheet(new URL('../../src/themes/reserve.css', import.meta.url).href);
    const cases = LOCALES.flatMap((lang) => VARIANTS.flatMap((attrs) => WIDTHS.map((width) => ({ lang, attrs, width }))));
    const els = cases.map(({ lang, attrs, width }) => {
      const column = document.createElement('div');
      column.lang = lang;
      column.style.width = `${width}px`;
      column.style.font = '16px/1.5 system-ui, sans-serif';
      column.append(document.createRange().createContextualFragment(`<knot-hold-timer ${attrs}></knot-hold-timer>`));
      document.body.append(column);
      return column.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    });
    const reserved = els.map((el) => el.getBoundingClientRect().height);
    const { setLocale } = await import('../../src/i18n/localization.js');
    await import('../../src/components/hold-timer/hold-timer.js');
    const off: string[] = [];
    for (const lang of LOCALES) {
      await setLocale(lang);
      for (const el of els) await el.updateComplete;
      await new Promise(requestAnimationFrame);
      cases.forEach((c, i) => {
        if (c.lang !== lang) return;
        const rendered = els[i].getBoundingClientRect().height;
        if (Math.abs(rendered - reserved[i]) > 2) off.push(`${c.lang} <knot-hold-timer ${c.attrs}> at ${c.width} px: reserved ${reserved[i].toFixed(1)}, rendered ${rendered.toFixed(1)}`);
      });
    }
    expect(off).to.deep.equal([]);
  });
});
