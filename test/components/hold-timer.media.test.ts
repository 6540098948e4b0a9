import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/hold-timer/hold-timer.js';
import type { KnotHoldTimer } from '../../src/components/hold-timer/hold-timer.js';
import { ManualClock, ManualScheduler } from '../helpers/manual-time.js';

type Feature = { name: string; value: string };
const emulate = (features: Feature[]) => executeServerCommand('knot-media', features);

async function runningTimer() {
  const clock = new ManualClock(0);
  const scheduler = new ManualScheduler();
  const el = await fixture<KnotHoldTimer>(html`<knot-hold-timer duration="30" prepare="0" .clock=${clock} .scheduler=${scheduler}></knot-hold-timer>`);
  el.start();
  await el.updateComplete;
  const advance = async (ms: number) => {
    clock.advance(ms);
    scheduler.flush();
    await elementUpdated(el);
  };
  const offset = () => Number(el.shadowRoot!.querySelector('[part~="indicator"]')!.getAttribute('stroke-dashoffset'));
  return { el, advance, offset };
}

describe('<knot-hold-timer> and user preferences', () => {
  let animations = 0;
  const original = Element.prototype.animate;
  beforeEach(() => {
    animations = 0;
    Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
      animations++;
      return original.apply(this, args);
    };
  });
  afterEach(async () => {
    Element.prototype.animate = original;
    await emulate([]);
  });

  it('sweeps the ring smoothly and flashes at phase changes by default', async () => {
    const { advance, offset } = await runningTimer();
    await advance(12_400);
    expect(offset()).to.be.closeTo(100 - (17_600 / 30_000) * 100, 0.01);
    expect(animations).to.equal(1); // the flash when the hold began
  });

  it('moves the ring in whole seconds and never flashes under prefers-reduced-motion', async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const { advance, offset } = await runningTimer();
    await advance(12_400);
    expect(offset()).to.be.closeTo(100 - (18 / 30) * 100, 0.01);
    expect(animations).to.equal(0);
  });

  it('draws with system colours and stays accessible in forced-colors mode', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    const { el, advance } = await runningTimer();
    await advance(1_000);
    const probe = document.createElement('div');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    const highlight = getComputedStyle(probe).color;
    probe.remove();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="indicator"]')!).stroke).to.equal(highlight);
    await expect(el).to.be.accessible();
  });
});
