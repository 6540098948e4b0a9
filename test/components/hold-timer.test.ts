import { expect, fixture, html, oneEvent, elementUpdated } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/hold-timer/hold-timer.js';
import type { KnotHoldTimer, KnotPhaseDetail } from '../../src/components/hold-timer/hold-timer.js';
import { setLocale } from '../../src/i18n/localization.js';
import { ManualClock, ManualScheduler } from '../helpers/manual-time.js';
import { captureWarnings, fakeAudio, fakeSpeechAndVibration, fakeWakeLock } from '../helpers/fakes.js';

interface Rig {
  el: KnotHoldTimer;
  clock: ManualClock;
  scheduler: ManualScheduler;
  /** Moves time on and runs one frame, as the browser would. */
  advance(ms: number): Promise<void>;
  events: string[];
}

const EVENTS = ['knot-start', 'knot-pause', 'knot-resume', 'knot-phase', 'knot-complete', 'knot-reset'];

async function rig(template: ReturnType<typeof html>): Promise<Rig> {
  const clock = new ManualClock(10_000);
  const scheduler = new ManualScheduler();
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  const events: string[] = [];
  for (const type of EVENTS) {
    holder.addEventListener(type, (e) => {
      const detail = (e as CustomEvent<KnotPhaseDetail | undefined>).detail;
      events.push(type === 'knot-phase' && detail ? `phase:${detail.phase}${detail.side ? `:${detail.side}` : ''}#${detail.rep}${detail.late ? ' late' : ''}` : type);
    });
  }
  const { render } = await import('lit');
  render(template, holder);
  const el = holder.firstElementChild as KnotHoldTimer;
  el.clock = clock;
  el.scheduler = scheduler;
  await elementUpdated(el);
  return {
    el,
    clock,
    scheduler,
    events,
    async advance(ms: number) {
      await el.updateComplete; // a start loads the running machinery first (a few ms in real life)
      clock.advance(ms);
      scheduler.flush();
      await elementUpdated(el);
    },
  };
}

const shadow = (el: KnotHoldTimer) => el.shadowRoot!;
const text = (el: KnotHoldTimer, part: string) => shadow(el).querySelector(`[part~="${part}"]`)?.textContent?.trim() ?? '';
/** A button's name as a screen reader gets it (Start / Pause / Resume keep the other two as hidden width). */
const nameOf = (b: Element) => b.getAttribute('aria-label') ?? b.querySelector('.names > :not(.ghost)')?.textContent?.trim();
const button = (el: KnotHoldTimer, name: string) => [...shadow(el).querySelectorAll('button')].find((b) => nameOf(b) === name)!;
const status = (el: KnotHoldTimer) => shadow(el).querySelector('[role="status"]')!.textContent?.trim();

describe('<knot-hold-timer>', () => {
  let wakeLock: ReturnType<typeof fakeWakeLock>;
  let audio: ReturnType<typeof fakeAudio>;
  let speech: ReturnType<typeof fakeSpeechAndVibration>;
  beforeEach(() => {
    wakeLock = fakeWakeLock();
    audio = fakeAudio();
    speech = fakeSpeechAndVibration();
  });
  afterEach(async () => {
    wakeLock.restore();
    audio.restore();
    speech.restore();
    await setLocale('en');
  });

  it('paces a stroke dose: "Stroke 3 of 12" on the dial, "Stroke 1 of 12" said once', async () => {
    const { el, advance } = await rig(html`<knot-hold-timer label="Upper trapezius" duration="60" strokes="12" prepare="0"></knot-hold-timer>`);
    button(el, 'Start').click();
    await advance(0);
    expect(text(el, 'phase')).to.equal('Stroke 1 of 12');
    expect(status(el)).to.equal('Stroke 1 of 12');
    await advance(10_000);
    expect(text(el, 'phase')).to.equal('Stroke 3 of 12');
    const dial = shadow(el).querySelector('[role="timer"]')!;
    expect(dial.getAttribute('aria-label')).to.equal('Upper trapezius, Stroke 3 of 12');
    expect(dial.querySelector('.sr')!.textContent).to.equal('50 seconds left');
    await advance(49_000);
    expect(text(el, 'phase')).to.equal('Stroke 12 of 12');
    await advance(1_000);
    expect(text(el, 'phase')).to.equal('Done');
  });

  it('warns once and keeps a plain hold for a bad stroke count', async () => {
    const capture = captureWarnings();
    try {
      const { el, advance } = await rig(html`<knot-hold-timer duration="30" strokes="lots" prepare="0"></knot-hold-timer>`);
      expect(capture.warnings).to.have.length(1);
      expect(capture.warnings[0]).to.match(/^<knot-hold-timer> strokes="lots"/);
      button(el, 'Start').click();
      await advance(1_000);
      expect(text(el, 'phase')).to.equal('Hold');
    } finally {
      capture.restore();
    }
  });

  it('a warning quotes the value a script set, not the attribute it replaced', async () => {
    const capture = captureWarnings();
    try {
      const { el } = await rig(html`<knot-hold-timer reps="3" duration="60"></knot-hold-timer>`);
      expect(capture.warnings).to.deep.equal([]);
      el.reps = NaN;
      el.duration = null as unknown as number;
      await el.updateComplete;
      expect(capture.warnings.some((w) => w.startsWith('<knot-hold-timer> reps=NaN '))).to.equal(true);
      expect(capture.warnings.some((w) => w.startsWith('<knot-hold-timer> duration=null '))).to.equal(true);
      expect(capture.warnings.some((w) => w.includes('reps="3"') || w.includes('duration="60"'))).to.equal(false);
    } finally {
      capture.restore();
    }
  });

  it('is accessible when idle, running, paused and done', async () => {
    const { el, advance } = await rig(html`<knot-hold-timer label="Upper trapezius" duration="5" prepare="0" reps="2" rest="5" sides="both"></knot-hold-timer>`);
    await expect(el).to.be.accessible();
    el.start();
    await advance(1_000);
    await expect(el).to.be.accessible();
    el.pause();
    await elementUpdated(el);
    await expect(el).to.be.accessible();
    el.resume();
    await advance(60_000);
    expect(el.state).to.equal('done');
    await expect(el).to.be.accessible();
  });

  it('shows the hold length, Ready and a Start button when idle', async () => {
    const { el } = await rig(html`<knot-hold-timer duration="90"></knot-hold-timer>`);
    expect(text(el, 'time')).to.equal('1:30');
    expect(text(el, 'phase')).to.equal('Ready');
    expect(button(el, 'Start')).to.exist;
    expect(el.getAttribute('state')).to.equal('idle');
    expect(el.remaining).to.equal(90_000);
    const dial = shadow(el).querySelector('[role="timer"]')!;
    // Its name changes with the phase, never every second; the time left is its content, read on demand.
    expect(dial.getAttribute('aria-label')).to.equal('Hold timer, Ready');
    expect(dial.querySelector('.sr')!.textContent).to.equal('1 minute, 30 seconds left');
  });

  it('keeps the focused dial\'s name still while the seconds run (no spoken countdown)', async () => {
    const { el, advance } = await rig(html`<knot-hold-timer label="Trapezius" duration="30" prepare="0"></knot-hold-timer>`);
    const dial = shadow(el).querySelector<HTMLElement>('[role="timer"]')!;
    dial.focus();
    await sendKeys({ press: 'Space' });
    await advance(0);
    const names: string[] = [];
    for (let s = 0; s < 5; s++) {
      await advance(1_000);
      names.push(dial.getAttribute('aria-label')!);
    }
    expect(new Set(names)).to.deep.equal(new Set(['Trapezius, Hold']));
    expect(dial.querySelector('.sr')!.textContent).to.equal('25 seconds left');
  });

  it('renders each phase as time passes, from an injected clock', async () => {
    const { el, advance } = await rig(html`<knot-hold-timer label="Infraspinatus" duration="30" prepare="5" reps="2" rest="10" sides="both" switch-duration="5"></knot-hold-timer>`);
    button(el, 'Start').click();
    await advance(0);
    expect([text(el, 'phase'), text(el, 'time'), text(el, 'detail')]).to.deep.equal(['Get ready', '0:05', 'Rep 1 of 2 · left side']);
    await advance(5_000);
    expect([text(el, 'phase'), text(el, 'time'), text(el, 'detail')]).to.deep.equal(['Hold', '0:30', 'Rep 1 of 2 · left side']);
    await advance(12_400);
    expect(text(el, 'time')).to.equal('0:18');
    await advance(17_600);
    expect([text(el, 'phase'), text(el, 'detail')]).to.deep.equal(['Switch sides', 'Rep 1 of 2 · right side']);
    expect(el.getAttribute('phase')).to.equal('switch');
    await advance(5_000);
    expect([text(el, 'phase'), text(el, 'detail')]).to.deep.equal(['Hold', 'Rep 1 of 2 · right side']);
    await advance(30_000);
    expect(text(el, 'phase')).to.equal('Release and rest');
    expect(text(el, 'time')).to.equal('0:10');
    await advance(10_000 + 30_000 + 5_000 + 30_000);
    expect(text(el, 'phase')).to.equal('Done');
    expect(el.state).to.equal('done');
    expect(button(el, 'Start')).to.exist;
    expect(text(el, 'label')).to.equal('Infraspinatus');
  });

  it('fires start, phase and complete events in order, with details', async () => {
    const { el, advance, events } = await rig(html`<knot-hold-timer duration="10" prepare="2" reps="2" rest="3"></knot-hold-timer>`);
    const complete = oneEvent(el, 'knot-complete');
    el.start();
    for (let i = 0; i < 40; i++) await advance(1_000);
    const { detail } = (await complete) as CustomEvent<unknown>;
    expect(events).to.deep.equal(['knot-start', 'phase:prepare#1', 'phase:hold#1', 'phase:rest#1', 'phase:hold#2', 'phase:done#2', 'knot-complete']);
    expect(detail).to.deep.equal({ reps: 2, holdMs: 20_000, totalMs: 25_000 });
  });

  it('pauses, resumes, skips and resets from its buttons, with events', async () => {
    const { el, advance, events } = await rig(html`<knot-hold-timer duration="20" prepare="5"></knot-hold-timer>`);
    expect(button(el, 'Skip').disabled).to.equal(true);
    button(el, 'Skip').click(); // nothing to skip yet
    button(el, 'Start').click();
    await advance(2_000);
    button(el, 'Pause').click();
    await advance(50_000);
    expect(el.state).to.equal('paused');
    expect(text(el, 'time')).to.equal('0:03');
    button(el, 'Resume').click();
    await advance(0);
    button(el, 'Skip').click();
    await advance(0);
    expect(text(el, 'phase')).to.equal('Hold');
    expect(text(el, 'time')).to.equal('0:20');
    button(el, 'Reset').click();
    await advance(0);
    expect(el.state).to.equal('idle');
    expect(text(el, 'phase')).to.equal('Ready');
    expect(events).to.deep.equal(['knot-start', 'phase:prepare#1', 'knot-pause', 'knot-resume', 'phase:hold#1', 'knot-reset']);
  });

  it('toggles with Space on the dial and works by keyboard alone', async () => {
    const { el, advance } = await rig(html`<knot-hold-timer duration="10"></knot-hold-timer>`);
    const dial = shadow(el).querySelector<HTMLElement>('[role="timer"]')!;
    dial.focus();
    await sendKeys({ press: 'Space' });
    await advance(0);
    expect(el.state).to.equal('running');
    await sendKeys({ press: 'Space' });
    await advance(0);
    expect(el.state).to.equal('paused');
    await sendKeys({ press: 'Tab' }); // to the primary button
    expect(nameOf(shadow(el).activeElement!)).to.equal('Resume');
    await sendKeys({ press: 'Enter' });
    await advance(0);
    expect(el.state).to.equal('running');
  });

  it('announces phase changes and "10 seconds left" politely, and nothing every second', async () => {
    const { el, advance } = await rig(html`<knot-hold-timer duration="30" prepare="3" reps="2" rest="5"></knot-hold-timer>`);
    el.start();
    await advance(0);
    expect(status(el)).to.equal('Get ready, Rep 1 of 2');
    await advance(3_000);
    expect(status(el)).to.equal('Hold, Rep 1 of 2');
    await advance(5_000);
    expect(status(el)).to.equal('Hold, Rep 1 of 2');
    await advance(15_000);
    expect(status(el)).to.equal('10 seconds left');
    const timer = shadow(el).querySelector('[role="timer"]')!;
    // role="timer" is not live by default (WAI-ARIA 1.2: implicit aria-live="off"): the
    // ticking time is never announced; nothing may turn it on.
    expect(timer.getAttribute('aria-live')).to.be.oneOf([null, 'off']);
  });

  it('catches up at once on visibilitychange, firing missed phases in order, marked late', async () => {
    const { el, clock, events } = await rig(html`<knot-hold-timer duration="60" prepare="5" reps="3" rest="15"></knot-hold-timer>`);
    el.start();
    await el.updateComplete;
    events.length = 0;
    clock.advance(150_000); // rAF stops in a hidden tab: no frames run
    document.dispatchEvent(new Event('visibilitychange'));
    await elementUpdated(el);
    expect(events).to.deep.equal(['phase:hold#1 late', 'phase:rest#1 late', 'phase:hold#2 late', 'phase:rest#2 late']);
    expect(text(el, 'phase')).to.equal('Release and rest');
    expect(text(el, 'time')).to.equal('0:05');
    expect(audio.contexts[0]?.tones ?? []).to.have.length(1, 'late phases play no cue (only the Start press)');
  });

  it('plays distinct tones, speaks in the current locale and vibrates when asked', async () => {
    await setLocale('de');
    const { el, advance } = await rig(html`<knot-hold-timer duration="5" prepare="2" cues="beep voice vibrate"></knot-hold-timer>`);
    button(el, 'Starten').click();
    await advance(0);
    const tones = audio.contexts[0].tones;
    const prepare = [...tones];
    await advance(2_000);
    const hold = tones.slice(prepare.length);
    expect(hold).to.deep.equal([523, 784]);
    expect(speech.spoken.map((s) => s.text)).to.deep.equal(['Mach dich bereit', 'Halten']);
    expect(speech.spoken[0].lang).to.equal('de');
    expect(speech.vibrations).to.deep.equal([[200]]);
    await advance(5_000);
    expect(speech.spoken.at(-1)!.text).to.equal('Alles geschafft');
  });

  it('mutes every cue from the mute toggle', async () => {
    const { el, advance } = await rig(html`<knot-hold-timer duration="5" prepare="2" cues="voice"></knot-hold-timer>`);
    const mute = button(el, 'Mute cues');
    expect(mute.getAttribute('aria-pressed')).to.equal('false');
    mute.click();
    await elementUpdated(el);
    expect(mute.getAttribute('aria-pressed')).to.equal('true');
    el.start();
    await advance(3_000);
    expect(speech.spoken).to.deep.equal([]);
  });

  it('offers no mute toggle when cues are off', async () => {
    const { el } = await rig(html`<knot-hold-timer cues=""></knot-hold-timer>`);
    expect([...shadow(el).querySelectorAll('button')].map(nameOf)).to.deep.equal(['Start', 'Reset', 'Skip']);
  });

  it('re-renders in German when the locale changes', async () => {
    const { el, advance } = await rig(html`<knot-hold-timer duration="65" reps="2" sides="left"></knot-hold-timer>`);
    await setLocale('de');
    await elementUpdated(el);
    expect(button(el, 'Starten')).to.exist;
    expect(text(el, 'phase')).to.equal('Bereit');
    el.start();
    await advance(5_000);
    expect(text(el, 'phase')).to.equal('Halten');
    expect(text(el, 'detail')).to.equal('Wiederholung 1 von 2 · linke Seite');
    expect(shadow(el).querySelector('[role="timer"]')!.getAttribute('aria-label')).to.equal('Halte-Timer, Halten');
    expect(shadow(el).querySelector('[role="timer"] .sr')!.textContent).to.equal('Noch 1 Minute, 5 Sekunden');
  });

  it('holds a screen wake lock only while running', async () => {
    const { el, advance } = await rig(html`<knot-hold-timer duration="5" prepare="0"></knot-hold-timer>`);
    el.start();
    await advance(0);
    expect(wakeLock.log).to.deep.equal(['request:screen']);
    expect(wakeLock.held).to.equal(1);
    el.pause();
    await advance(0);
    expect(wakeLock.held).to.equal(0);
    el.resume();
    await advance(0);
    expect(wakeLock.held).to.equal(1);
    await advance(5_000);
    expect(el.state).to.equal('done');
    expect(wakeLock.held).to.equal(0);
  });

  it('takes no wake lock with no-wake-lock', async () => {
    const { el, advance } = await rig(html`<knot-hold-timer no-wake-lock></knot-hold-timer>`);
    el.start();
    await advance(0);
    expect(wakeLock.log).to.deep.equal([]);
  });

  it('leaves nothing running when removed mid-hold', async () => {
    const { el, advance, scheduler } = await rig(html`<knot-hold-timer duration="30" cues="beep voice"></knot-hold-timer>`);
    button(el, 'Start').click();
    await advance(1_000);
    expect(scheduler.size).to.equal(1);
    expect(wakeLock.held).to.equal(1);
    el.remove();
    await Promise.resolve();
    expect(scheduler.size, 'frame callbacks').to.equal(0);
    expect(wakeLock.held, 'wake locks').to.equal(0);
    expect(audio.contexts[0].state, 'audio').to.equal('closed');
  });

  it('starts by itself with autostart', async () => {
    const { el, advance, events } = await rig(html`<knot-hold-timer autostart></knot-hold-timer>`);
    await advance(0);
    expect(el.state).to.equal('running');
    expect(events[0]).to.equal('knot-start');
  });

  it('resumes the audio of an autostarted timer on the first press (browsers suspend it)', async () => {
    const { el, advance } = await rig(html`<knot-hold-timer autostart></knot-hold-timer>`);
    await advance(0);
    const context = audio.contexts[0];
    context.state = 'suspended'; // what a browser does to audio made without a gesture
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(context.state).to.equal('running');
    expect(audio.contexts).to.have.length(1);
  });

  it('warns once per bad attribute, names the range and uses the default or nearest bound', async () => {
    const capture = captureWarnings();
    try {
      const { el } = await rig(html`<knot-hold-timer duration="abc" reps="-5" rest="1e9" sides="sideways" cues="beep laser"></knot-hold-timer>`);
      el.requestUpdate();
      await elementUpdated(el);
      expect(capture.warnings).to.deep.equal([
        '<knot-hold-timer> duration="abc" must be a number from 5 to 600 seconds; using 60.',
        '<knot-hold-timer> reps="-5" must be a whole number from 1 to 20; using 1.',
        '<knot-hold-timer> rest="1e9" must be a number from 0 to 300 seconds; using 300.',
        '<knot-hold-timer> sides="sideways" must be one of none, left, right, both; using none.',
        '<knot-hold-timer> cues="beep laser" has unknown value "laser"; accepted: beep, voice, vibrate.',
      ]);
      expect(text(el, 'time')).to.equal('1:00');
    } finally {
      capture.restore();
    }
  });

  it('clamps a zero duration to the shortest hold', async () => {
    const capture = captureWarnings();
    try {
      const { el } = await rig(html`<knot-hold-timer duration="0"></knot-hold-timer>`);
      expect(text(el, 'time')).to.equal('0:05');
      expect(capture.warnings).to.have.length(1);
    } finally {
      capture.restore();
    }
  });

  it('renders a hostile label as text', async () => {
    const { el } = await rig(html`<knot-hold-timer label=${'<img src=x onerror=alert(1)>'}></knot-hold-timer>`);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(text(el, 'label')).to.equal('<img src=x onerror=alert(1)>');
  });

  it('applies new settings to an idle timer, and keeps a running one on its plan', async () => {
    const { el, advance } = await rig(html`<knot-hold-timer duration="30" prepare="0"></knot-hold-timer>`);
    el.duration = 45;
    await elementUpdated(el);
    expect(text(el, 'time')).to.equal('0:45');
    el.start();
    await advance(1_000);
    el.duration = 10;
    await advance(0);
    expect(text(el, 'time')).to.equal('0:44');
  });

  it('keeps its controls at least 24 px, also in compact', async () => {
    const { el } = await rig(html`<knot-hold-timer compact label="Soleus"></knot-hold-timer>`);
    for (const b of shadow(el).querySelectorAll('button')) {
      const box = b.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
    await expect(el).to.be.accessible();
  });

  describe('real use (issue 10)', () => {
    const focused = (el: KnotHoldTimer) => {
      const active = shadow(el).activeElement;
      return active ? (active.getAttribute('role') === 'timer' ? 'dial' : nameOf(active)) : document.activeElement?.localName;
    };

    it('13: Reset and Skip are no tab stops and do nothing until they can act; the dial answers Enter and Space', async () => {
      const { el, advance, events } = await rig(html`<knot-hold-timer duration="5" prepare="0"></knot-hold-timer>`);
      const dial = shadow(el).querySelector<HTMLElement>('[role="timer"]')!;
      dial.focus();
      const stops = [];
      for (let i = 0; i < 2; i++) {
        await sendKeys({ press: 'Tab' });
        stops.push(focused(el));
      }
      expect(stops, 'tab stops after the dial, idle').to.deep.equal(['Start', 'Mute cues']);
      dial.focus();
      await sendKeys({ press: 'Enter' });
      await advance(0);
      expect(el.state, 'Enter on the dial starts').to.equal('running');
      await sendKeys({ press: 'Space' });
      await advance(0);
      expect(el.state, 'Space on the dial pauses').to.equal('paused');
      // Now both can act: Tab reaches them. Skip the hold: done, and Skip cannot act any more.
      for (const expected of ['Resume', 'Reset', 'Skip']) {
        await sendKeys({ press: 'Tab' });
        expect(focused(el)).to.equal(expected);
      }
      await sendKeys({ press: 'Enter' });
      await advance(0);
      expect(el.state).to.equal('done');
      expect(focused(el), 'focus moves on to the main button, not to the page').to.equal('Start');
      // Reset from the keyboard: idle, Reset cannot act, focus again on Start.
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('Reset');
      await sendKeys({ press: 'Enter' });
      await advance(0);
      expect(el.state).to.equal('idle');
      expect(focused(el)).to.equal('Start');
      expect(events).to.deep.equal(['knot-start', 'phase:hold#1', 'knot-pause', 'phase:done#1', 'knot-complete', 'knot-reset']);
      await expect(el).to.be.accessible();
    });

    it('14: no button moves when Start becomes Pause and Resume, in English and in German', async () => {
      for (const locale of ['en', 'de']) {
        await setLocale(locale);
        const { el, advance } = await rig(html`<knot-hold-timer duration="30" prepare="0"></knot-hold-timer>`);
        const boxes = () => [...shadow(el).querySelectorAll('button')].map((b) => `${Math.round(b.getBoundingClientRect().left)}+${Math.round(b.getBoundingClientRect().width)}`);
        const primary = shadow(el).querySelector<HTMLElement>('.primary')!;
        const idle = boxes();
        primary.focus();
        await sendKeys({ press: 'Enter' });
        await advance(1_000);
        expect(el.state).to.equal('running');
        expect(boxes(), `${locale}: running`).to.deep.equal(idle);
        await sendKeys({ press: 'Enter' });
        await advance(0);
        expect(el.state).to.equal('paused');
        expect(boxes(), `${locale}: paused`).to.deep.equal(idle);
        el.remove();
      }
    });

    it('14: its buttons are the one family (pills, 44 px) and its icons the one drawn set', async () => {
      const { el } = await rig(html`<knot-hold-timer></knot-hold-timer>`);
      for (const b of shadow(el).querySelectorAll('button')) {
        const box = b.getBoundingClientRect();
        const style = getComputedStyle(b);
        expect(box.height, nameOf(b)).to.be.at.least(44);
        expect(parseFloat(style.borderTopLeftRadius), `${nameOf(b)}: a pill`).to.be.at.least(box.height / 2);
        const icon = b.querySelector('svg')!;
        const drawn = getComputedStyle(icon);
        expect([icon.getAttribute('class'), icon.getAttribute('viewBox'), drawn.fill, drawn.strokeWidth, drawn.strokeLinecap, drawn.width]).to.deep.equal(['icon', '0 0 24 24', 'none', '2px', 'round', '20px']);
      }
      const [start, reset] = shadow(el).querySelectorAll('button');
      expect(start.getBoundingClientRect().height).to.equal(reset.getBoundingClientRect().height);
    });

    it('15: draws its text on the theme\'s surface, whatever the page behind it', async () => {
      const page = await fixture<HTMLDivElement>(html`<div style="background: #111827; color: #f9fafb"><knot-hold-timer label="Soleus"></knot-hold-timer></div>`);
      const el = page.querySelector('knot-hold-timer')!;
      await el.updateComplete;
      const base = shadow(el).querySelector('[part~="base"]')!;
      const colours = () => [getComputedStyle(base).backgroundColor, getComputedStyle(shadow(el).querySelector('[part~="time"]')!).color];
      expect(colours(), 'a dark page, no theme: the light defaults').to.deep.equal(['rgb(255, 255, 255)', 'rgb(31, 41, 55)']);
      page.style.setProperty('--knot-color-surface', '#111827');
      page.style.setProperty('--knot-color-text', '#f9fafb');
      expect(colours(), 'a dark theme: its surface and text').to.deep.equal(['rgb(17, 24, 39)', 'rgb(249, 250, 251)']);
      page.style.background = '#ffffff';
      page.style.color = '#111827';
      expect(colours(), 'the same dark theme on a light page').to.deep.equal(['rgb(17, 24, 39)', 'rgb(249, 250, 251)']);
      await expect(el).to.be.accessible();
    });
  });
  describe('hardening (issue 13)', () => {
    it('8: a null-prototype object names itself in the warning instead of throwing', async () => {
      const warnings = captureWarnings();
      try {
        const { el } = await rig(html`<knot-hold-timer></knot-hold-timer>`);
        el.duration = Object.create(null) as number;
        await el.updateComplete;
        expect(warnings.warnings).to.deep.equal(['<knot-hold-timer> duration=[object Object] must be a number from 5 to 600 seconds; using 60.']);
        expect(text(el, 'time')).to.equal('1:00');
      } finally {
        warnings.restore();
      }
    });

    it('9: where the permissions policy refuses a wake lock (an iframe without allow), Start does not ask for one', async () => {
      const policy = Object.getOwnPropertyDescriptor(Document.prototype, 'featurePolicy');
      Object.defineProperty(document, 'featurePolicy', { value: { allowsFeature: (f: string) => f !== 'screen-wake-lock' }, configurable: true });
      Object.defineProperty(document, 'permissionsPolicy', { value: undefined, configurable: true });
      try {
        const { el, advance } = await rig(html`<knot-hold-timer prepare="0"></knot-hold-timer>`);
        button(el, 'Start').click();
        await advance(1_000);
        expect(el.state).to.equal('running');
        expect(wakeLock.log).to.deep.equal([]);
      } finally {
        delete (document as unknown as Record<string, unknown>).featurePolicy;
        delete (document as unknown as Record<string, unknown>).permissionsPolicy;
        expect(Object.getOwnPropertyDescriptor(Document.prototype, 'featurePolicy')).to.deep.equal(policy);
      }
    });
  });
});
