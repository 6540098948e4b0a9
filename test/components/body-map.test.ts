import { expect, fixture, html, oneEvent, elementUpdated } from '@open-wc/testing';
import { sendKeys, executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/body-map/body-map.js';
import type { KnotBodyMap, KnotBodyMapChangeDetail } from '../../src/components/body-map/body-map.js';
import { SHAPES, VIEW_WIDTH } from '../../src/data/region-geometry.js';
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

describe('<knot-body-map>', () => {
  afterEach(() => setLocale('en'));

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

  it('labels the person\'s own sides: on the front view their left is on the viewer\'s right', async () => {
    const el = await map(html`<knot-body-map></knot-body-map>`);
    const labels = (view: string) => [...root(el).querySelectorAll(`.figure.${view} [part~="side-label"]`)].map((t) => [t.textContent, Number(t.getAttribute('x'))] as const);
    const [frontLeft, frontRight] = labels('front');
    expect(frontLeft[0]).to.equal('Your left');
    expect(frontLeft[1]).to.be.greaterThan(VIEW_WIDTH / 2);
    expect(frontRight[1]).to.be.lessThan(VIEW_WIDTH / 2);
    const [backLeft] = labels('back');
    expect(backLeft[1]).to.be.lessThan(VIEW_WIDTH / 2);
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

  it('a click in a gap selects the nearest region within a few pixels', async () => {
    const el = await map(html`<knot-body-map view="front"></knot-body-map>`);
    const svg = root(el).querySelector<SVGSVGElement>('.figure.front')!;
    const shape = SHAPES.front['chest-left']!;
    const point = new DOMPoint(shape.x, shape.y).matrixTransform(svg.getScreenCTM()!);
    svg.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: point.x, clientY: point.y }));
    await elementUpdated(el);
    expect(el.selection.map((v) => v.region)).to.deep.equal(['chest-left']);
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

  it('shows one view at a time with a front/back toggle when narrow', async () => {
    const el = await map(html`<knot-body-map></knot-body-map>`, 320);
    expect(root(el).querySelectorAll('[part~="figure"]')).to.have.length(1);
    const back = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="toggle"]')].find((b) => b.textContent?.trim() === 'Back')!;
    back.click();
    await elementUpdated(el);
    expect(root(el).querySelector('.figure.back')).to.exist;
    expect(back.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('when narrow, first shows the view with the trigger points', async () => {
    const el = await map(html`<knot-body-map muscle="upper-trapezius"></knot-body-map>`, 320);
    await el.updateComplete;
    expect(root(el).querySelector('.figure.back [part~="marker"]')).to.exist;
    expect(root(el).querySelector('.figure.front')).to.equal(null);
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
