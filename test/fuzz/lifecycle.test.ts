import { expect } from '@open-wc/testing';
import '../../src/components/hold-timer/hold-timer.js';
import '../../src/components/technique-card/technique-card.js';
import '../../src/components/routine-player/routine-player.js';
import '../../src/components/body-map/body-map.js';
import type { KnotHoldTimer } from '../../src/components/hold-timer/hold-timer.js';
import { fakeAudio, fakeSpeechAndVibration, fakeWakeLock } from '../helpers/fakes.js';

/**
 * Issue 13: 1,000 mount/unmount cycles of each element, including a start right before the
 * removal (the timer, the card's timer, a playing routine), with counting stand-ins for what
 * keeps a page busy: animation frames, timers, document and window listeners, wake locks.
 * After the last removal nothing of theirs is alive.
 */

const CYCLES = 1_000;

/** Counts what is alive: frames requested and not yet run or cancelled, timers, listeners. */
function countResources() {
  const frames = new Set<number>();
  const timers = new Set<number>();
  const listeners = new Map<EventTarget, Set<string>>();
  const originals = {
    raf: window.requestAnimationFrame,
    caf: window.cancelAnimationFrame,
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
    docAdd: document.addEventListener,
    docRemove: document.removeEventListener,
    winAdd: window.addEventListener,
    winRemove: window.removeEventListener,
  };
  window.requestAnimationFrame = (callback) => {
    const handle = originals.raf.call(window, (t) => {
      frames.delete(handle);
      callback(t);
    });
    frames.add(handle);
    return handle;
  };
  window.cancelAnimationFrame = (handle) => {
    frames.delete(handle);
    originals.caf.call(window, handle);
  };
  window.setTimeout = ((callback: () => void, ms?: number) => {
    const handle = originals.setTimeout.call(
      window,
      () => {
        timers.delete(handle);
        callback();
      },
      ms,
    ) as unknown as number;
    timers.add(handle);
    return handle;
  }) as typeof window.setTimeout;
  window.clearTimeout = (handle) => {
    timers.delete(handle as number);
    originals.clearTimeout.call(window, handle);
  };
  window.setInterval = ((callback: () => void, ms?: number) => {
    const handle = originals.setInterval.call(window, callback, ms) as unknown as number;
    timers.add(handle);
    return handle;
  }) as typeof window.setInterval;
  window.clearInterval = (handle) => {
    timers.delete(handle as number);
    originals.clearInterval.call(window, handle);
  };
  const key = (type: string, listener: unknown, options: unknown) => `${type}|${typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture)}|${ids.get(listener) ?? ids.set(listener, ids.size).size - 1}`;
  const ids = new Map<unknown, number>();
  const track = (target: EventTarget, add: typeof document.addEventListener, remove: typeof document.removeEventListener) => {
    const live = new Set<string>();
    listeners.set(target, live);
    Object.assign(target, {
      addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
        live.add(key(type, listener, options));
        add.call(target, type, listener, options);
      },
      removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) {
        live.delete(key(type, listener, options));
        remove.call(target, type, listener, options);
      },
    });
  };
  track(document, originals.docAdd, originals.docRemove);
  track(window, originals.winAdd, originals.winRemove);
  return {
    get frames() {
      return frames.size;
    },
    get timers() {
      return timers.size;
    },
    get listeners() {
      return [...listeners.values()].reduce((n, live) => n + live.size, 0);
    },
    /** Two real frames: a loop still alive has asked for the next one by then. */
    frame: () => new Promise<void>((resolve) => originals.raf.call(window, () => originals.raf.call(window, () => resolve()))),
    restore() {
      Object.assign(window, { requestAnimationFrame: originals.raf, cancelAnimationFrame: originals.caf, setTimeout: originals.setTimeout, clearTimeout: originals.clearTimeout, setInterval: originals.setInterval, clearInterval: originals.clearInterval });
      delete (document as Partial<Document>).addEventListener;
      delete (document as Partial<Document>).removeEventListener;
      delete (window as Partial<Window>).addEventListener;
      delete (window as Partial<Window>).removeEventListener;
    },
  };
}

describe('lifecycle: 1,000 mount/unmount cycles leave nothing running (issue 13)', function () {
  this.timeout(100_000);
  let wakeLock: ReturnType<typeof fakeWakeLock>;
  let others: Array<{ restore(): unknown }>;
  let count: ReturnType<typeof countResources>;
  let baseline: { frames: number; timers: number; listeners: number };
  beforeEach(async () => {
    wakeLock = fakeWakeLock();
    others = [fakeAudio(), fakeSpeechAndVibration()];
    // Every module the cycles use is loaded once before counting.
    await Promise.all([import('../../src/components/hold-timer/hold-run.js'), import('../../src/data/catalog.js').then((c) => c.loadTechnique('upper-trapezius-pincer'))]);
    count = countResources();
    baseline = { frames: count.frames, timers: count.timers, listeners: count.listeners };
  });
  afterEach(() => {
    count.restore();
    wakeLock.restore();
    others.forEach((o) => o.restore());
  });

  async function expectNothingAlive(made: number) {
    await count.frame();
    expect(made).to.equal(CYCLES);
    expect({ frames: count.frames, timers: count.timers, listeners: count.listeners, wakeLocks: wakeLock.held }).to.deep.equal({ ...baseline, wakeLocks: 0 });
    expect(document.body.querySelectorAll('knot-hold-timer, knot-technique-card, knot-routine-player, knot-body-map')).to.have.length(0);
  }

  it('the hold timer, started just before removal, or running when removed', async () => {
    let made = 0;
    for (let i = 0; i < CYCLES; i++) {
      const timer = document.createElement('knot-hold-timer');
      timer.setAttribute('prepare', '0');
      document.body.append(timer);
      await timer.updateComplete;
      timer.start();
      // Every other cycle: removed while its running code loads; else, once it runs.
      if (i % 2) await timer.updateComplete;
      timer.remove();
      await timer.updateComplete;
      expect(timer.state).to.equal(i % 2 ? 'running' : 'idle');
      made++;
    }
    await expectNothingAlive(made);
  });

  it('a hold timer started after its removal does not start', async () => {
    const timer = document.createElement('knot-hold-timer');
    document.body.append(timer);
    await timer.updateComplete;
    timer.remove();
    timer.start();
    await timer.updateComplete;
    expect(timer.state).to.equal('idle');
    await count.frame();
    expect({ frames: count.frames, listeners: count.listeners, wakeLocks: wakeLock.held }).to.deep.equal({ frames: baseline.frames, listeners: baseline.listeners, wakeLocks: 0 });
  });

  it('the technique card, its Start pressed just before removal, or its timer running when removed', async () => {
    let made = 0;
    for (let i = 0; i < CYCLES; i++) {
      const card = document.createElement('knot-technique-card');
      card.technique = 'upper-trapezius-pincer';
      card.compact = true;
      document.body.append(card);
      await card.updateComplete;
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start"]')!.click();
      if (i % 2) {
        await card.updateComplete;
        const timer = card.shadowRoot!.querySelector<KnotHoldTimer>('knot-hold-timer')!;
        await timer.updateComplete;
        expect(timer.state).to.equal('running');
      }
      card.remove();
      await card.updateComplete;
      made++;
    }
    await expectNothingAlive(made);
  });

  it('the routine player, playing when removed', async () => {
    let made = 0;
    for (let i = 0; i < CYCLES; i++) {
      const player = document.createElement('knot-routine-player');
      player.routine = 'jaw-face';
      player.persist = true;
      player.storage = null;
      document.body.append(player);
      await player.updateComplete;
      player.start();
      // Every other cycle: removed as it starts; else, once its step timer runs.
      if (i % 2) {
        await player.updateComplete;
        const timer = player.shadowRoot!.querySelector<KnotHoldTimer>('knot-hold-timer')!;
        await timer.updateComplete;
        expect(timer.state).to.equal('running');
      }
      player.remove();
      await player.updateComplete;
      made++;
    }
    await expectNothingAlive(made);
  });

  it('the body map, choosing and with its panel open', async () => {
    let made = 0;
    for (let i = 0; i < CYCLES; i++) {
      const map = document.createElement('knot-body-map');
      map.setAttribute('intensity', '');
      map.setAttribute('value', '[{"region":"jaw-left","intensity":4}]');
      if (i % 2) map.setAttribute('muscle', 'upper-trapezius');
      document.body.append(map);
      await map.updateComplete;
      map.remove();
      made++;
    }
    await expectNothingAlive(made);
  });
});
