import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { linkStylesheet } from '../helpers/styles.js';

/**
 * themes/reserve.css keeps each element's space before its script runs: the same page is
 * measured with the tags undefined, then again once the elements are defined and rendered.
 * Nothing is imported statically here, so the tags start undefined.
 */

type Case = { tag: string; attrs: string; width: number };

const WIDTHS = [280, 320, 375, 412, 600, 800];
const EXACT: Array<Omit<Case, 'width'>> = [
  { tag: 'knot-body-map', attrs: '' },
  { tag: 'knot-body-map', attrs: 'view="front"' },
  { tag: 'knot-body-map', attrs: 'readonly' },
  { tag: 'knot-hold-timer', attrs: 'duration="45"' },
  { tag: 'knot-hold-timer', attrs: 'duration="45" compact' },
  { tag: 'knot-hold-timer', attrs: 'label="Upper trapezius" duration="60" prepare="5" reps="2" rest="15" sides="both"' },
  { tag: 'knot-hold-timer', attrs: 'compact label="Levator scapulae" duration="45"' },
];

const linkReserve = () => linkStylesheet(new URL('../../src/themes/reserve.css', import.meta.url).href);

function place(cases: Case[]): HTMLElement[] {
  const page = document.createElement('div');
  page.style.font = '16px/1.5 system-ui, sans-serif';
  document.body.append(page);
  return cases.map(({ tag, attrs, width }) => {
    const column = document.createElement('div');
    column.style.width = `${width}px`;
    // Markup as a blogger pastes it (the attributes are fixed test data, not input).
    column.append(document.createRange().createContextualFragment(`<${tag} ${attrs}></${tag}>`));
    page.append(column);
    return column.firstElementChild as HTMLElement;
  });
}

const settle = async (el: Element) => {
  for (let i = 0; i < 3; i++) {
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise(requestAnimationFrame);
  }
};

describe('themes/reserve.css', () => {
  before(async () => {
    await setViewport({ width: 1000, height: 800 });
    await linkReserve();
  });

  it('reserves the body map’s and the hold timer’s rendered height, within 2 px, at 280–800 px, before their scripts run', async () => {
    const cases = EXACT.flatMap((c) => WIDTHS.map((width) => ({ ...c, width })));
    const els = place(cases);
    expect(els.every((el) => !customElements.get(el.localName))).to.equal(true);
    const before = els.map((el) => el.getBoundingClientRect().height);
    expect(Math.min(...before), 'every tag has space before it is defined').to.be.greaterThan(40);
    await Promise.all([import('../../src/components/body-map/body-map.js'), import('../../src/components/hold-timer/hold-timer.js')]);
    for (const el of els) await settle(el);
    const off = cases
      .map((c, i) => ({ c, reserved: before[i], rendered: els[i].getBoundingClientRect().height }))
      .filter(({ reserved, rendered }) => Math.abs(reserved - rendered) > 2)
      .map(({ c, reserved, rendered }) => `<${c.tag} ${c.attrs}> at ${c.width} px: reserved ${reserved.toFixed(1)}, rendered ${rendered.toFixed(1)}`);
    expect(off).to.deep.equal([]);
  });

  it('a card, a player and the finder keep their reserved space while they load, and only grow after', async () => {
    const cases: Case[] = [
      { tag: 'knot-technique-card', attrs: 'technique="upper-trapezius-pincer"', width: 375 },
      { tag: 'knot-technique-card', attrs: 'technique="upper-trapezius-pincer"', width: 800 },
      { tag: 'knot-technique-card', attrs: 'technique="upper-trapezius-pincer" compact', width: 375 },
      { tag: 'knot-technique-card', attrs: 'technique="masseter-fingers" compact', width: 412 },
      { tag: 'knot-technique-card', attrs: 'technique="upper-trapezius-pincer" compact', width: 800 },
      { tag: 'knot-routine-player', attrs: 'routine="desk-neck-shoulders"', width: 320 },
      { tag: 'knot-routine-player', attrs: 'routine="jaw-face"', width: 600 },
      { tag: 'knot-routine-player', attrs: 'routine="tension-headache"', width: 375 },
      { tag: 'knot-routine-player', attrs: 'routine="tension-headache"', width: 800 },
      { tag: 'knot-trigger-finder', attrs: '', width: 375 },
    ];
    const els = place(cases);
    const reserved = els.map((el) => el.getBoundingClientRect().height);
    // Every size each element takes from here on, frame by frame.
    const seen = els.map(() => [] as number[]);
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) seen[els.indexOf(entry.target as HTMLElement)].push(entry.borderBoxSize[0].blockSize);
    });
    els.forEach((el) => observer.observe(el));
    await Promise.all([
      import('../../src/components/technique-card/technique-card.js'),
      import('../../src/components/routine-player/routine-player.js'),
      import('../../src/components/trigger-finder/trigger-finder.js'),
    ]);
    for (const el of els) await settle(el);
    observer.disconnect();
    // A built-in routine's player and a compact card keep exactly their reserve (shorter content leaves room).
    const exact = cases
      .map((c, i) => ({ c, reserved: reserved[i], rendered: els[i].getBoundingClientRect().height }))
      .filter(({ c }) => c.tag === 'knot-routine-player' || c.attrs.includes('compact'))
      .filter(({ reserved, rendered }) => Math.abs(reserved - rendered) > 2)
      .map(({ c, reserved, rendered }) => `<${c.tag} ${c.attrs}> at ${c.width} px: reserved ${reserved.toFixed(1)}, rendered ${rendered.toFixed(1)}`);
    expect(exact).to.deep.equal([]);
    const shrunk = cases
      .map((c, i) => ({ c, reserved: reserved[i], smallest: Math.min(...seen[i]) }))
      .filter(({ reserved, smallest }) => smallest < reserved - 2)
      .map(({ c, reserved, smallest }) => `<${c.tag} ${c.attrs}> at ${c.width} px: reserved ${reserved.toFixed(1)}, then as small as ${smallest.toFixed(1)}`);
    expect(shrunk, 'never smaller than its reserve while it loads and renders (the page below would move up)').to.deep.equal([]);
    expect(Math.min(...reserved), 'every tag has space before it is defined').to.be.greaterThan(200);
  });
});
