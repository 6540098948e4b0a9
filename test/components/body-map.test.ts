import { expect, fixture, html, oneEvent, elementUpdated } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport, executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/body-map/body-map.js';
import '../../src/components/technique-card/technique-card.js';
import type { KnotBodyMap, KnotBodyMapChangeDetail } from '../../src/components/body-map/body-map.js';
import { HIT_SIZE, HITS, SHAPES } from '../../src/data/region-geometry.js';
import { REGIONS } from '../../src/data/region-list.js';
import { setLocale } from '../../src/i18n/localization.js';
import { captureWarnings } from '../helpers/fakes.js';

const root = (el: KnotBodyMap) => el.shadowRoot!;
const region = (el: KnotBodyMap, id: string, view = '') => root(el).querySelector<SVGPathElement>(`${view ? `.figure.${view} ` : ''}[data-region="${id}"]`)!;
const regions = (el: KnotBodyMap) => [...root(el).querySelectorAll<SVGPathElement>('[part~="region"]')];
const wide = html`<div style="width: 800px"></div>`;

async function map(template: ReturnType<typeof html>, width = 800): Promise<KnotBodyMap> {
  const holder = await fixture<HTMLDivElement>(wide);
  holder.style.width = `${width}px`;
  const { render } = await import('lit');
  render(template, holder);
  const el = holder.querySelector('knot-body-map')!;
  await elementUpdated(el);
  // ResizeObserver reports the width after layout, and the map switches on the next frame.
  for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
  await elementUpdated(el);
  return el;
}

/** The element focus is on, looking into shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Clicks the middle of an element as a pointer would (scrolled into view first). */
async function click(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Presses Tab from `start` until focus reaches `end`; returns every element focused on the way. */
async function tabStops(start: HTMLElement, end: HTMLElement): Promise<Element[]> {
  start.focus();
  const stops: Element[] = [];
  for (let i = 0; i < 40; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (active === end) return stops;
    if (active) stops.push(active);
  }
  throw new Error(`Tab never reached the end; stops: ${stops.map((s) => s.localName).join(' ')}`);
}

const describeStop = (e: Element) => `${e.localName}${e.getAttribute('data-region') ? `[${e.getAttribute('data-region')}]` : ''}${e.getAttribute('part') ? `(${e.getAttribute('part')})` : ''}`;

describe('<knot-body-map>', () => {
  afterEach(() => setLocale('en'));

  it('is one tab stop on its regions, landing on a region; the svg figures are never a stop', async () => {
    for (const width of [800, 320]) {
      const holder = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><button id="before">before</button><knot-body-map></knot-body-map><button id="after">after</button></div>`);
      const el = holder.querySelector('knot-body-map')!;
      for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
      await elementUpdated(el);
      const stops = await tabStops(holder.querySelector<HTMLButtonElement>('#before')!, holder.querySelector<HTMLButtonElement>('#after')!);
      const inFigures = stops.filter((s) => s.closest('.figures') || s.localName === 'svg' || s.localName === 'path');
      expect(inFigures.map(describeStop), `at ${width} px`).to.deep.equal(['path[top-of-head](region)']);
      expect(stops.filter((s) => s.localName === 'svg')).to.deep.equal([]);
      // Shift+Tab comes back through the same single stop.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(deepActive()?.getAttribute('data-region')).to.equal('top-of-head');
    }
  });

  it('is accessible: empty, with a selection and intensity, with the list open', async () => {
    const el = await map(html`<knot-body-map intensity symptoms></knot-body-map>`);
    await expect(el).to.be.accessible();
    region(el, 'temple-left').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await elementUpdated(el);
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[aria-controls="list"]')!.click();
    await elementUpdated(el);
    await expect(el).to.be.accessible();
  });

  it('draws every region of both views, each named and a toggle button', async () => {
    const el = await map(html`<knot-body-map></knot-body-map>`);
    const drawn = regions(el);
    expect(drawn.length).to.equal(Object.keys(SHAPES.front).length + Object.keys(SHAPES.back).length);
    expect(new Set(drawn.map((p) => p.dataset.region))).to.have.property('size', REGIONS.length);
    for (const p of drawn) {
      expect(p.getAttribute('role')).to.equal('button');
      expect(p.getAttribute('aria-pressed')).to.equal('false');
      expect(p.getAttribute('aria-label')).to.match(/\w/);
    }
    expect(region(el, 'temple-left').getAttribute('aria-label')).to.equal('Left temple');
    expect(drawn.filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
  });

  it('labels the person\'s own sides under each figure: on the front view their left is on the viewer\'s right', async () => {
    const el = await map(html`<knot-body-map></knot-body-map>`);
    const sides = (view: string) => [...root(el).querySelectorAll(`.view:has(.figure.${view}) [part~="side-label"]`)];
    const centre = (e: Element) => e.getBoundingClientRect().left + e.getBoundingClientRect().width / 2;
    const middle = (view: string) => centre(root(el).querySelector(`.figure.${view}`)!);
    const [frontRight, frontLeft] = sides('front');
    expect(frontLeft.textContent).to.equal('Your left');
    expect(centre(frontLeft)).to.be.greaterThan(middle('front'));
    expect(centre(frontRight)).to.be.lessThan(middle('front'));
    const [backLeft] = sides('back');
    expect(backLeft.textContent).to.equal('Your left');
    expect(centre(backLeft)).to.be.lessThan(middle('back'));
  });

  for (const locale of ['de', 'fr']) {
    it(`in ${locale}, the side labels and the Front / Back captions sit under the figures, overlapping nothing (375 and 1280 px)`, async () => {
      await setLocale(locale);
      try {
        for (const width of [375, 1280]) {
          await setViewport({ width, height: 900 });
          const el = await map(html`<knot-body-map></knot-body-map>`, width - 16);
          const views = [...root(el).querySelectorAll('.view')].filter((v) => v.checkVisibility());
          expect(views, `at ${width} px`).to.have.length(width < 440 ? 1 : 2);
          for (const view of views) {
            const svgBox = view.querySelector('svg')!.getBoundingClientRect();
            const figureBottom = Math.max(...[...view.querySelectorAll('[data-region]')].map((p) => p.getBoundingClientRect().bottom));
            const texts = [...view.querySelectorAll('.caption > *')];
            expect(texts.map((t) => t.textContent.trim()).every(Boolean)).to.equal(true);
            const boxes = texts.map((t) => t.getBoundingClientRect());
            for (const [i, box] of boxes.entries()) {
              expect(box.top, `${texts[i].textContent} at ${width} px is under the feet`).to.be.at.least(figureBottom);
              expect(box.left).to.be.at.least(svgBox.left - 1);
              expect(box.right).to.be.at.most(svgBox.right + 1);
              for (const other of boxes.slice(i + 1)) {
                const apart = box.right <= other.left || other.right <= box.left || box.bottom <= other.top || other.bottom <= box.top;
                expect(apart, `${texts[i].textContent} overlaps another caption at ${width} px`).to.equal(true);
              }
            }
          }
          const names = views.map((v) => v.querySelector('.view-name')!.textContent.trim());
          expect(names).to.deep.equal(width < 440 ? [locale === 'de' ? 'Vorne' : 'Face'] : locale === 'de' ? ['Vorne', 'Hinten'] : ['Face', 'Dos']);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('on a 375 px phone every region is at least 24 × 24 px to hit (small ones through a larger hit area), in both views, by real taps', async function () {
    this.timeout(30000);
    await setViewport({ width: 375, height: 800 });
    try {
      const el = await map(html`<knot-body-map></knot-body-map>`, 359);
      for (const view of ['front', 'back'] as const) {
        if (view === 'back') {
          const back = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="toggle"]')].find((b) => b.textContent?.trim() === 'Back')!;
          back.focus();
          await sendKeys({ press: 'Enter' });
          await elementUpdated(el);
        }
        const svg = root(el).querySelector<SVGSVGElement>(`.figure.${view}`)!;
        const small: string[] = [];
        const missed: string[] = [];
        for (const id of Object.keys(SHAPES[view])) {
          const path = region(el, id, view);
          const own = path.getBoundingClientRect();
          if (own.width >= 24 && own.height >= 24) continue;
          // A small region: its hit area, in CSS px, from the figure's drawing units.
          const hit = HITS[view][id as keyof (typeof HITS)[typeof view]];
          if (!hit) {
            small.push(`${id} ${own.width.toFixed(0)}×${own.height.toFixed(0)}, no hit area`);
            continue;
          }
          const [x, y, w = HIT_SIZE, h = HIT_SIZE] = hit;
          el.value = [];
          await elementUpdated(el);
          path.scrollIntoView({ block: 'center' });
          const ctm = svg.getScreenCTM()!;
          const corner = (u: number, v: number) => new DOMPoint(u, v).matrixTransform(ctm);
          const topLeft = corner(x, y);
          const bottomRight = corner(x + w, y + h);
          const [width, height] = [bottomRight.x - topLeft.x, bottomRight.y - topLeft.y];
          if (width < 24 || height < 24) small.push(`${id} ${width.toFixed(0)}×${height.toFixed(0)}`);
          // A real tap on the hit area, at the point farthest from the region's centre that no
          // other region's hit area shares (where two overlap, the nearer region's centre wins).
          const { x: cx, y: cy } = SHAPES[view][id as keyof (typeof SHAPES)[typeof view]]!;
          const others = Object.entries(HITS[view]).filter(([other]) => other !== id).map(([, box]) => box);
          const shared = (u: number, v: number) => others.some(([ox = 0, oy = 0, ow = HIT_SIZE, oh = HIT_SIZE]) => u >= ox && v >= oy && u <= ox + ow && v <= oy + oh);
          const grid: Array<[number, number]> = [];
          for (let i = 0; i <= 8; i++) for (let j = 0; j <= 8; j++) grid.push([x + 0.5 + ((w - 1) * i) / 8, y + 0.5 + ((h - 1) * j) / 8]);
          // (A hit area that others cover whole keeps the part nearest its region: tap its centre.)
          const [fx, fy] = grid.filter(([u, v]) => !shared(u, v)).sort(([px, py], [qx, qy]) => Math.hypot(qx - cx, qy - cy) - Math.hypot(px - cx, py - cy))[0] ?? [cx, cy];
          const far = corner(fx, fy);
          await sendMouse({ type: 'click', position: [Math.round(far.x), Math.round(far.y)] });
          await elementUpdated(el);
          const chosen = el.selection.map((v) => v.region);
          if (chosen.join() !== id) missed.push(`${id}: a tap at its hit area's corner chose [${chosen.join()}]`);
        }
        expect(small, `${view}: regions smaller than 24 × 24 px to hit`).to.deep.equal([]);
        expect(missed, `${view}: taps on hit areas`).to.deep.equal([]);
      }
      // A real tap beside the left eye, outside the eye itself, chooses the eye and focuses it.
      const front = await map(html`<knot-body-map view="front"></knot-body-map>`, 359);
      const svg = root(front).querySelector<SVGSVGElement>('.figure.front')!;
      region(front, 'eye-left').scrollIntoView({ block: 'center' });
      const [hx, hy] = HITS.front['eye-left']!;
      const beside = new DOMPoint(hx + 0.5, hy + HIT_SIZE / 2).matrixTransform(svg.getScreenCTM()!);
      const eye = region(front, 'eye-left');
      expect(eye.isPointInFill(new DOMPoint(beside.x, beside.y).matrixTransform(svg.getScreenCTM()!.inverse())), 'the tap is outside the eye itself').to.equal(false);
      await sendMouse({ type: 'click', position: [Math.round(beside.x), Math.round(beside.y)] });
      await elementUpdated(front);
      expect(front.selection.map((v) => v.region)).to.deep.equal(['eye-left']);
      expect(deepActive()?.getAttribute('data-region')).to.equal('eye-left');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('a tap on the side of the neck from behind chooses it, not the back of the neck whose hit area overlaps it', async () => {
    const el = await map(html`<knot-body-map view="back"></knot-body-map>`, 359);
    const path = region(el, 'side-of-neck-left', 'back');
    path.scrollIntoView({ block: 'center' });
    const svg = root(el).querySelector<SVGSVGElement>('.figure.back')!;
    const { x, y } = SHAPES.back['side-of-neck-left']!;
    const at = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
    expect(path.isPointInFill(new DOMPoint(x, y)), 'the centre is on the side of the neck').to.equal(true);
    await sendMouse({ type: 'click', position: [Math.round(at.x), Math.round(at.y)] });
    await elementUpdated(el);
    expect(el.selection.map((v) => v.region)).to.deep.equal(['side-of-neck-left']);
  });

  it('toggles a region by click, with a change event carrying the value', async () => {
    const el = await map(html`<knot-body-map></knot-body-map>`);
    const changed = oneEvent(el, 'change');
    region(el, 'jaw-right').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const { detail } = (await changed) as CustomEvent<KnotBodyMapChangeDetail>;
    expect(detail.value).to.deep.equal([{ region: 'jaw-right', intensity: 5 }]);
    await elementUpdated(el);
    expect(region(el, 'jaw-right').getAttribute('aria-pressed')).to.equal('true');
    expect(region(el, 'jaw-right').getAttribute('tabindex')).to.equal('0', 'a click moves the roving focus');
    region(el, 'jaw-right').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await elementUpdated(el);
    expect(el.selection).to.deep.equal([]);
  });

  it('a real click in a gap between regions selects a region beside the gap', async () => {
    const el = await map(html`<knot-body-map view="front"></knot-body-map>`);
    const svg = root(el).querySelector<SVGSVGElement>('.figure.front')!;
    svg.scrollIntoView({ block: 'center' });
    // A pixel on no region, with the chest 2 px to one side and another region 2 px to the other.
    const on = (x: number, y: number) => (root(el).elementFromPoint(x, y))?.getAttribute('data-region') ?? null;
    const box = region(el, 'chest-left').getBoundingClientRect();
    let found: { gap: [number, number]; beside: Array<string | null> } | undefined;
    for (let y = Math.ceil(box.top); y < box.bottom && !found; y++)
      for (let x = Math.floor(box.left) - 3; x < box.right + 3 && !found; x++) {
        if (on(x, y)) continue;
        const [left, right] = [on(x - 2, y), on(x + 2, y)];
        if (left && right && left !== right && [left, right].includes('chest-left')) found = { gap: [x, y], beside: [left, right] };
      }
    expect(found, 'a gap between the chest and a neighbour').to.not.equal(undefined);
    const { gap, beside } = found!;
    await sendMouse({ type: 'click', position: [Math.round(gap[0]), Math.round(gap[1])] });
    await elementUpdated(el);
    const chosen = el.selection.map((v) => v.region);
    expect(chosen).to.have.length(1);
    expect(beside).to.include(chosen[0]);
  });

  it('works by keyboard: one tab stop, arrows move spatially, Enter toggles, + and − set intensity', async () => {
    const el = await map(html`<knot-body-map intensity view="front"></knot-body-map>`);
    const first = regions(el).find((p) => p.getAttribute('tabindex') === '0')!;
    first.focus();
    const focused = () => (root(el).activeElement as SVGPathElement | null)?.dataset.region;
    expect(focused()).to.equal('top-of-head');
    await sendKeys({ press: 'ArrowDown' });
    await elementUpdated(el);
    const below = focused();
    expect(below).to.not.equal('top-of-head');
    expect(SHAPES.front[below as 'forehead']!.y).to.be.greaterThan(SHAPES.front['top-of-head']!.y);
    await sendKeys({ press: 'End' });
    await elementUpdated(el);
    expect(focused()).to.equal('toes-right');
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(el.selection).to.deep.equal([{ region: 'toes-right', intensity: 5 }]);
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    await elementUpdated(el);
    expect(el.selection[0].intensity).to.equal(7);
    await sendKeys({ press: '-' });
    await elementUpdated(el);
    expect(el.selection[0].intensity).to.equal(6);
    expect(region(el, 'toes-right').getAttribute('aria-label')).to.equal('Right toes, intensity 6 of 10');
    await sendKeys({ press: 'Home' });
    await elementUpdated(el);
    expect(focused()).to.equal('top-of-head');
  });

  it('sets intensity and symptoms from the panel for the region just chosen, by keyboard', async () => {
    const el = await map(html`<knot-body-map intensity symptoms></knot-body-map>`);
    region(el, 'calf-left').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await elementUpdated(el);
    const slider = root(el).querySelector<HTMLInputElement>('input[type="range"]')!;
    expect(root(el).querySelector('[part~="panel"]')!.getAttribute('aria-label')).to.equal('Left calf');
    slider.focus();
    const input = oneEvent(el, 'input');
    await sendKeys({ press: 'End' });
    expect(((await input) as CustomEvent<KnotBodyMapChangeDetail>).detail.value[0].intensity).to.equal(10);
    await sendKeys({ press: 'ArrowLeft' });
    await elementUpdated(el);
    expect(el.selection[0].intensity).to.equal(9);
    expect(region(el, 'calf-left').classList.contains('i3')).to.equal(true);
    root(el).querySelectorAll<HTMLInputElement>('.symptoms input')[2].focus();
    await sendKeys({ press: 'Space' });
    await elementUpdated(el);
    expect(el.selection).to.deep.equal([{ region: 'calf-left', intensity: 9, symptoms: ['tingling'] }]);
  });

  it('sends one input per slider step and one change per choice, each with detail.value; no native event leaks out', async () => {
    const el = await map(html`<knot-body-map intensity symptoms .value=${[{ region: 'calf-left', intensity: 5 }]}></knot-body-map>`);
    const heard: Array<{ type: string; value?: KnotBodyMapChangeDetail['value'] }> = [];
    const listen = (e: Event) => heard.push({ type: e.type, value: (e as CustomEvent<KnotBodyMapChangeDetail | undefined>).detail?.value });
    document.addEventListener('input', listen);
    document.addEventListener('change', listen);
    // Typed for TypeScript users: `e.detail.value` needs no cast on a KnotBodyMap.
    const typed: number[] = [];
    el.addEventListener('input', (e) => typed.push(e.detail.value[0].intensity));
    try {
      root(el).querySelector<HTMLInputElement>('input[type="range"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      const inputs = heard.filter((e) => e.type === 'input');
      expect(inputs.map((e) => e.value?.[0].intensity)).to.deep.equal([6, 7]);
      expect(typed).to.deep.equal([6, 7]);
      heard.length = 0;
      root(el).querySelector<HTMLInputElement>('.symptoms input')!.focus();
      await sendKeys({ press: 'Space' });
      const list = root(el).querySelector<HTMLButtonElement>('[aria-controls="list"]')!;
      list.focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      root(el).querySelector<HTMLInputElement>('[part~="list"] input')!.focus();
      await sendKeys({ press: 'Space' });
      expect(heard.map((e) => e.type)).to.deep.equal(['change', 'change']);
      expect(heard.every((e) => Array.isArray(e.value))).to.equal(true);
      expect(heard[1].value!.map((v) => v.region)).to.deep.equal(['calf-left', 'top-of-head']);
    } finally {
      document.removeEventListener('input', listen);
      document.removeEventListener('change', listen);
    }
  });

  it('keeps one region in single mode and refuses more than max', async () => {
    const single = await map(html`<knot-body-map single></knot-body-map>`);
    region(single, 'heel-left').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    region(single, 'heel-right').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(single.selection.map((v) => v.region)).to.deep.equal(['heel-right']);
    const capped = await map(html`<knot-body-map max="1"></knot-body-map>`);
    region(capped, 'heel-left').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    region(capped, 'heel-right').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await elementUpdated(capped);
    expect(capped.selection.map((v) => v.region)).to.deep.equal(['heel-left']);
    expect(root(capped).querySelector('[role="status"]')!.textContent).to.equal('You can choose up to 1 areas.');
  });

  it('read-only is a picture with a text alternative: role="img" named by the muscle in words, no tab stop, no buttons, no List view', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 320px"><button id="before">before</button><knot-body-map readonly muscle="upper-trapezius"></knot-body-map><button id="after">after</button></div>`);
    const el = holder.querySelector('knot-body-map')!;
    await el.updateComplete;
    for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
    await el.updateComplete;
    const picture = root(el).querySelector('.figures')!;
    expect(picture.getAttribute('role')).to.equal('img');
    expect(picture.getAttribute('aria-label')).to.equal(
      'Body map. Trigger points: Top of left shoulder. Pain is felt mostly in: Left side of neck, Back of neck, left side, Left temple, and Back of head, left side. Sometimes also in: Left jaw and Left eye.',
    );
    expect(root(el).querySelectorAll('button, input, [role="button"], [tabindex], [aria-label]:not(.figures)')).to.have.length(0);
    expect(root(el).querySelectorAll('.figure'), 'both views, even when narrow').to.have.length(2);
    expect(root(el).querySelector('.summary')!.getAttribute('aria-hidden'), 'the words are the picture\'s name; not read twice').to.equal('true');
    expect(await tabStops(holder.querySelector<HTMLButtonElement>('#before')!, holder.querySelector<HTMLButtonElement>('#after')!)).to.deep.equal([]);
    // A click on the picture changes nothing and focuses nothing.
    const chest = region(el, 'temple-left').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(chest.left + chest.width / 2), Math.round(chest.top + chest.height / 2)] });
    expect(el.selection).to.deep.equal([]);
    expect(deepActive()?.localName).to.not.equal('path');
    await expect(el).to.be.accessible();

    const marked = await map(html`<knot-body-map readonly intensity value='[{"region":"sacrum","intensity":7},{"region":"heel-left","intensity":2}]'></knot-body-map>`);
    expect(root(marked).querySelector('.figures')!.getAttribute('aria-label')).to.equal('Body map. Marked: Sacrum (base of the spine), intensity 7 of 10; Left heel, intensity 2 of 10.');
    expect(root(marked).querySelector('[part~="panel"]')).to.equal(null);
    const empty = await map(html`<knot-body-map readonly></knot-body-map>`);
    expect(root(empty).querySelector('.figures')!.getAttribute('aria-label')).to.equal('Body map, nothing marked.');
  });

  it('the picture of the body inside a technique card adds no tab stop (walking the card with Tab)', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 360px"><button id="before">before</button><knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card><button id="after">after</button></div>`);
    const card = holder.querySelector('knot-technique-card')!;
    await card.updateComplete;
    const picture = card.shadowRoot!.querySelector('[part~="figure"]')!;
    expect(picture, 'the card shows its picture').to.exist;
    expect(picture.querySelectorAll('[data-region]').length, 'its regions are drawn').to.be.greaterThan(50);
    const stops = await tabStops(holder.querySelector<HTMLButtonElement>('#before')!, holder.querySelector<HTMLButtonElement>('#after')!);
    expect(stops.length, 'the card itself has stops').to.be.greaterThan(0);
    expect(stops.filter((s) => picture.contains(s)).map(describeStop)).to.deep.equal([]);
    expect(picture.getAttribute('role')).to.equal('img');
    expect(picture.querySelectorAll('[role="button"], button')).to.have.length(0);
  });

  it('changes nothing when readonly or disabled, or for a disabled region', async () => {
    const el = await map(html`<knot-body-map readonly value='["sacrum"]'></knot-body-map>`);
    region(el, 'sacrum').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(el.selection.map((v) => v.region)).to.deep.equal(['sacrum']);
    const off = await map(html`<knot-body-map disabled-regions="eye-left eye-right"></knot-body-map>`);
    region(off, 'eye-left').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(off.selection).to.deep.equal([]);
    expect(region(off, 'eye-left').getAttribute('aria-disabled')).to.equal('true');
    const disabled = await map(html`<knot-body-map disabled></knot-body-map>`);
    expect(regions(disabled).every((p) => p.getAttribute('tabindex') === '-1')).to.equal(true);
    await expect(disabled).to.be.accessible();
  });

  it('hides hidden-regions from the map and the list', async () => {
    const el = await map(html`<knot-body-map hidden-regions="groin-left groin-right"></knot-body-map>`);
    expect(getComputedStyle(region(el, 'groin-left')).display).to.equal('none');
    expect(regions(el).filter((p) => p.getAttribute('tabindex') === '0' && p.hasAttribute('hidden'))).to.deep.equal([]);
    root(el).querySelector<HTMLButtonElement>('[aria-controls="list"]')!.click();
    await elementUpdated(el);
    expect(root(el).querySelector('[part~="list"]')!.textContent).not.to.contain('groin');
  });

  it('keeps the list view in sync with the map, both ways', async () => {
    const el = await map(html`<knot-body-map></knot-body-map>`);
    root(el).querySelector<HTMLButtonElement>('[aria-controls="list"]')!.click();
    await elementUpdated(el);
    const box = (name: string) => [...root(el).querySelectorAll<HTMLLabelElement>('[part~="list"] label')].find((l) => l.textContent?.trim() === name)!.querySelector('input')!;
    box('Right thumb').click();
    await elementUpdated(el);
    expect(region(el, 'thumb-right').getAttribute('aria-pressed')).to.equal('true');
    region(el, 'ear-left').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await elementUpdated(el);
    expect(box('Left ear').checked).to.equal(true);
    expect(root(el).querySelectorAll('[part~="list"] legend').length).to.be.greaterThan(5);
  });

  it('on a 375 px phone, choosing or clearing a region in the List view never moves its row: its panel opens under it', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const el = await map(html`<knot-body-map intensity symptoms></knot-body-map>`, 375);
      window.scrollTo(0, 0);
      await click(root(el).querySelector('[aria-controls="list"]')!);
      await elementUpdated(el);
      await el.updateComplete;
      // The list opens below the figures, under the fold at 375 px: it is brought into sight.
      expect(root(el).querySelector('[part~="list"]')!.getBoundingClientRect().top, 'the opened list in sight').to.be.below(innerHeight);
      const row = (name: string) => [...root(el).querySelectorAll<HTMLLabelElement>('[part~="list"] label')].find((l) => l.textContent?.trim() === name)!;
      const panels = () => [...root(el).querySelectorAll<HTMLElement>('[part~="panel"]')].map((p) => p.getAttribute('aria-label'));
      /** Clicks a row's checkbox as a finger would; returns how far the row moved. */
      const tap = async (name: string) => {
        const before = row(name).getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(before.x + 12), Math.round(before.y + before.height / 2)] });
        await elementUpdated(el);
        for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
        return row(name).getBoundingClientRect().top - before.top;
      };
      // A row near the top of the list, the figure above it still in view (no scroll anchoring helps).
      row('Top of head').scrollIntoView({ block: 'center' });
      expect(await tap('Top of head'), 'Top of head chosen').to.equal(0);
      expect(el.selection).to.deep.equal([{ region: 'top-of-head', intensity: 5 }]);
      expect(panels()).to.deep.equal(['Top of head']);
      const panel = root(el).querySelector<HTMLElement>('[part~="panel"]')!;
      expect(panel.getBoundingClientRect().top, 'the panel under the row').to.be.at.least(row('Top of head').getBoundingClientRect().bottom);
      expect(await tap('Forehead'), 'Forehead chosen').to.equal(0);
      expect(panels()).to.deep.equal(['Top of head', 'Forehead']);
      expect(await tap('Top of head'), 'Top of head cleared').to.equal(0);
      // Rows share lines: choosing one never pushes the one beside it away (a left/right pair).
      const beside = row('Right temple').getBoundingClientRect();
      expect(await tap('Left temple'), 'Left temple chosen').to.equal(0);
      expect(row('Right temple').getBoundingClientRect().top - beside.top, 'Right temple, beside it').to.equal(0);
      expect(row('Right temple').getBoundingClientRect().left - beside.left, 'Right temple, beside it').to.equal(0);
      expect(await tap('Right temple'), 'Right temple chosen').to.equal(0);
      expect(await tap('Left temple'), 'Left temple cleared').to.equal(0);
      expect(await tap('Right temple'), 'Right temple cleared').to.equal(0);
      expect(el.selection.map((v) => v.region)).to.deep.equal(['forehead']);
      expect(panels()).to.deep.equal(['Forehead']);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('removing the view attribute brings back both views, with no warning', async () => {
    const capture = captureWarnings();
    try {
      const el = await map(html`<knot-body-map view="back"></knot-body-map>`);
      expect(root(el).querySelectorAll('[part~="figure"]')).to.have.length(1);
      el.removeAttribute('view');
      await elementUpdated(el);
      expect(el.view).to.equal('both');
      expect([...root(el).querySelectorAll('[part~="figure"]')].map((f) => f.classList[1])).to.deep.equal(['front', 'back']);
      expect(capture.warnings).to.deep.equal([]);
    } finally {
      capture.restore();
    }
  });

  it('takes part in forms: one entry per region, required, reset, and restore', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><knot-body-map name="pain" required value='[{"region":"temple-left","intensity":7}]'></knot-body-map></form>`);
    const el = form.querySelector('knot-body-map')!;
    await elementUpdated(el);
    expect(new FormData(form).getAll('pain')).to.deep.equal(['temple-left:7']);
    region(el, 'back-of-neck-left').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await elementUpdated(el);
    expect(new FormData(form).getAll('pain')).to.deep.equal(['temple-left:7', 'back-of-neck-left:5']);
    region(el, 'temple-left').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    region(el, 'back-of-neck-left').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await elementUpdated(el);
    expect(form.checkValidity()).to.equal(false);
    expect(el.checkValidity()).to.equal(false);
    form.reset();
    await elementUpdated(el);
    expect(el.selection).to.deep.equal([{ region: 'temple-left', intensity: 7 }]);
    expect(form.checkValidity()).to.equal(true);
    const data = new FormData();
    data.append('pain', 'heel-right:3');
    el.formStateRestoreCallback(data);
    expect(el.selection).to.deep.equal([{ region: 'heel-right', intensity: 3 }]);
  });

  it('a required map left empty stops the submit: the browser\'s message points at the map and focus moves there', async () => {
    const form = await fixture<HTMLFormElement>(html`<form action="javascript:void 0"><knot-body-map name="pain" required></knot-body-map><button>Send</button></form>`);
    const el = form.querySelector('knot-body-map')!;
    await elementUpdated(el);
    let submitted = 0;
    let invalid = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    el.addEventListener('invalid', () => invalid++);
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.equal(0);
    expect(invalid).to.equal(1);
    // The browser focuses the validation anchor; one that cannot take focus leaves it on the button
    // and logs "An invalid form control with name='pain' is not focusable" instead of the message.
    const active = deepActive();
    expect(active === root(el).querySelector('.figures'), `focus moves to the map's figures, not ${active?.localName}`).to.equal(true);
    expect(root(el).querySelector('.figures')!.getAttribute('aria-label')).to.equal('Where does it hurt?');
    // The map says so in words too (the bubble fades), and the figures point to them.
    const message = root(el).querySelector('#missing')!;
    expect(message.textContent).to.equal('Choose at least one area where it hurts.');
    expect(message.checkVisibility()).to.equal(true);
    expect(root(el).querySelector('.figures')!.getAttribute('aria-describedby')).to.equal('missing');
    await expect(el).to.be.accessible();
    // From there one Tab reaches the region to choose.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('data-region')).to.equal('top-of-head');
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(root(el).querySelector('#missing'), 'gone once a region is chosen').to.equal(null);
    expect(root(el).querySelector('.figures')!.hasAttribute('aria-describedby')).to.equal(false);
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.equal(1);
  });

  it('shows a muscle: trigger-point markers, two shades of referral, and the same in words', async () => {
    const highlight = { triggerPoints: [{ region: 'top-of-shoulder-left', x: SHAPES.back['top-of-shoulder-left']!.x, y: SHAPES.back['top-of-shoulder-left']!.y, view: 'back' }], referral: { primary: ['temple-left', 'side-of-neck-left'], secondary: ['jaw-left'] } };
    const el = await map(html`<knot-body-map .highlight=${highlight}></knot-body-map>`);
    expect(root(el).querySelectorAll('.figure.back [part~="marker"]')).to.have.length(1);
    expect(region(el, 'temple-left').getAttribute('part')).to.contain('referral-primary');
    expect(region(el, 'jaw-left').getAttribute('part')).to.contain('referral-secondary');
    expect(root(el).querySelector('.summary')!.textContent).to.equal('Trigger points: Top of left shoulder. Pain is felt mostly in: Left temple and Left side of neck. Sometimes also in: Left jaw.');
    await expect(el).to.be.accessible();
  });

  it('shows a catalog muscle with muscle="…", on either side', async () => {
    const left = await map(html`<knot-body-map muscle="upper-trapezius"></knot-body-map>`);
    await left.updateComplete;
    expect(root(left).querySelectorAll('[part~="marker"]')).to.have.length(1);
    expect(region(left, 'temple-left').getAttribute('part')).to.contain('referral-primary');
    expect(region(left, 'temple-right').getAttribute('part')).to.equal('region');
    const right = await map(html`<knot-body-map muscle="upper-trapezius" muscle-side="right"></knot-body-map>`);
    await right.updateComplete;
    expect(region(right, 'temple-right').getAttribute('part')).to.contain('referral-primary');
    const capture = captureWarnings();
    try {
      const unknown = await map(html`<knot-body-map muscle="bicepz"></knot-body-map>`);
      await unknown.updateComplete;
      expect(root(unknown).querySelector('[part="error"][role="alert"]')!.textContent).to.equal('This muscle is not in the catalog.');
      expect(capture.warnings).to.deep.equal(['<knot-body-map> muscle="bicepz" is not a muscle in the catalog; nothing is shown.']);
    } finally {
      capture.restore();
    }
  });

  it('a highlight set while a catalog muscle is loading wins over the muscle', async () => {
    const el = await map(html`<knot-body-map></knot-body-map>`);
    el.muscle = 'masseter';
    while (el.isUpdatePending) await Promise.resolve();
    el.highlight = { referral: { primary: ['heel-left'] } };
    await el.updateComplete;
    const shown = [...root(el).querySelectorAll<SVGPathElement>('[part~="referral-primary"]')].map((p) => p.dataset.region);
    expect([...new Set(shown)]).to.deep.equal(['heel-left'], 'the older muscle load must not replace the newer highlight');
  });

  it('drops unknown ids with one warning naming them, and reports unreadable JSON visibly', async () => {
    const capture = captureWarnings();
    try {
      const el = await map(html`<knot-body-map value=${'["temple-left","elbow-3","<b>x</b>"]'}></knot-body-map>`);
      expect(el.selection.map((v) => v.region)).to.deep.equal(['temple-left']);
      expect(capture.warnings).to.deep.equal(['<knot-body-map> value="elbow-3 <b>x</b>" names unknown regions "elbow-3", "<b>x</b>"; they are dropped.']);
      const broken = await map(html`<knot-body-map value='[{"region":'></knot-body-map>`);
      expect(broken.selection).to.deep.equal([]);
      expect(root(broken).querySelector('[part="error"][role="alert"]')!.textContent).to.equal('The saved selection could not be read, so the map starts empty.');
      expect(capture.warnings[1]).to.contain('<knot-body-map> value=');
      expect(capture.warnings[1]).to.contain('is not valid JSON');
      const badHighlight = await map(html`<knot-body-map highlight="nope"></knot-body-map>`);
      expect(root(badHighlight).querySelector('[part="error"][role="alert"]')).to.exist;
      await expect(broken).to.be.accessible();
    } finally {
      capture.restore();
    }
  });

  it('fires knot-region-focus when a region gets focus', async () => {
    const el = await map(html`<knot-body-map></knot-body-map>`);
    const focused = oneEvent(el, 'knot-region-focus');
    regions(el).find((p) => p.getAttribute('tabindex') === '0')!.focus();
    expect(((await focused) as CustomEvent<{ region: string }>).detail.region).to.equal('top-of-head');
  });

  it('shows one view at a time with a front/back toggle when narrow, from the first frame (no re-layout)', async () => {
    // The first frame: a map appended into a 320 px column is narrow before any script reacts to its size.
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const fresh = document.createElement('knot-body-map');
    holder.append(fresh);
    await fresh.updateComplete;
    const shown = (el: KnotBodyMap) => [...root(el).querySelectorAll('[part~="figure"]')].filter((f) => f.checkVisibility()).map((f) => f.classList[1]);
    expect(shown(fresh), 'the first frame').to.deep.equal(['front']);
    const height = fresh.getBoundingClientRect().height;
    for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
    expect(fresh.getBoundingClientRect().height, 'no change of size after the first frame').to.equal(height);

    const el = await map(html`<knot-body-map></knot-body-map>`, 320);
    expect(shown(el)).to.deep.equal(['front']);
    const toggles = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="toggle"]')].filter((b) => b.checkVisibility());
    expect(toggles.map((b) => b.textContent?.trim())).to.deep.equal(['Front', 'Back', 'List view']);
    const back = toggles[1];
    back.focus();
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(shown(el)).to.deep.equal(['back']);
    expect(back.getAttribute('aria-pressed')).to.equal('true');
    // Past "List view", the tab stop is on a region of the view shown.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent?.trim()).to.equal('List view');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.closest('g')?.getAttribute('data-view')).to.equal('back');
    await expect(el).to.be.accessible();
  });

  it('when wide, shows both views and no Front / Back toggles', async () => {
    const el = await map(html`<knot-body-map></knot-body-map>`, 800);
    const visible = [...root(el).querySelectorAll('[part~="toggle"]')].filter((b) => b.checkVisibility()).map((b) => b.textContent?.trim());
    expect(visible).to.deep.equal(['List view']);
    expect([...root(el).querySelectorAll('[part~="figure"]')].filter((f) => f.checkVisibility())).to.have.length(2);
  });

  it('when narrow, first shows the view with the trigger points', async () => {
    const el = await map(html`<knot-body-map muscle="upper-trapezius"></knot-body-map>`, 320);
    await el.updateComplete;
    expect(root(el).querySelector('.figure.back [part~="marker"]')!.checkVisibility()).to.equal(true);
    expect(root(el).querySelector('.figure.front')!.checkVisibility()).to.equal(false);
  });

  it('names regions in the current locale', async () => {
    const el = await map(html`<knot-body-map></knot-body-map>`);
    await setLocale('de');
    await elementUpdated(el);
    expect(region(el, 'temple-left').getAttribute('aria-label')).to.not.equal('Left temple');
    expect(root(el).querySelector('[part~="side-label"]')!.textContent).to.not.equal('Your left');
  });

  it('stays readable in forced-colors mode', async () => {
    await executeServerCommand('knot-media', [{ name: 'forced-colors', value: 'active' }]);
    try {
      const el = await map(html`<knot-body-map value='["chest-left"]'></knot-body-map>`);
      const probe = document.createElement('div');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(region(el, 'chest-left')).fill).to.equal(highlight);
      expect(getComputedStyle(region(el, 'chest-right')).fill).to.not.equal(highlight);
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('knot-media', []);
    }
  });
});
