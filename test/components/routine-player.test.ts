import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/routine-player/routine-player.js';
import type { KnotRoutinePlayer } from '../../src/components/routine-player/routine-player.js';
import type { KnotHoldTimer } from '../../src/components/hold-timer/hold-timer.js';
import { ROUTINE_IDS, builtInRoutine } from '../../src/data/routines.js';
import { validateRoutine } from '../../src/core/routine-format.js';
import { TECHNIQUE_IDS } from '../../src/data/muscles/technique-ids.js';
import type { KeyValueStorage } from '../../src/core/storage.js';
import { ManualClock, ManualScheduler } from '../helpers/manual-time.js';
import { captureWarnings, fakeAudio, fakeSpeechAndVibration, fakeWakeLock } from '../helpers/fakes.js';

class MapStorage implements KeyValueStorage {
  map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
}

async function player(template: ReturnType<typeof html>, clock = new ManualClock(1_000), scheduler = new ManualScheduler()) {
  const el = await fixture<KnotRoutinePlayer>(template);
  el.clock = clock;
  el.scheduler = scheduler;
  await el.updateComplete;
  const advance = async (ms: number) => {
    clock.advance(ms);
    scheduler.flush();
    await el.updateComplete;
  };
  return { el, clock, scheduler, advance };
}

const root = (el: KnotRoutinePlayer) => el.shadowRoot!;
const button = (el: KnotRoutinePlayer, name: string) => [...root(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
const currentStep = (el: KnotRoutinePlayer) => root(el).querySelector('[aria-current="step"] .name')?.textContent;

describe('<knot-routine-player>', () => {
  let audio: ReturnType<typeof fakeAudio>;
  let wakeLock: ReturnType<typeof fakeWakeLock>;
  beforeEach(() => {
    audio = fakeAudio();
    wakeLock = fakeWakeLock();
  });
  afterEach(() => {
    audio.restore();
    wakeLock.restore();
  });

  it('has six built-in routines of 5 to 15 minutes, made of catalog techniques, each valid by the schema', async () => {
    expect(ROUTINE_IDS.length).to.be.at.least(6);
    for (const id of ROUTINE_IDS) {
      expect(validateRoutine(builtInRoutine(id), TECHNIQUE_IDS).problems, id).to.deep.equal([]);
      const { el } = await player(html`<knot-routine-player routine=${id}></knot-routine-player>`);
      expect(root(el).querySelector('[role="alert"]'), id).to.equal(null);
      const text = root(el).querySelector('.total')!.textContent;
      const minutes = Number(/(\d+) minute/.exec(text)?.[1]);
      expect(minutes, `${id}: ${text}`).to.be.within(5, 14);
    }
  });

  it('shows the routine before it starts, accessibly', async () => {
    const { el } = await player(html`<knot-routine-player routine="desk-neck-shoulders"></knot-routine-player>`);
    expect(root(el).querySelector('h2')!.textContent).to.equal(builtInRoutine('desk-neck-shoulders')!.title);
    expect(root(el).querySelectorAll('[part~="step"]')).to.have.length(4);
    expect(button(el, 'Start the routine')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('plays every step with its timer, shows "Next up" between steps, and finishes at exactly its total time', async () => {
    const { el, advance } = await player(html`<knot-routine-player routine="jaw-face"></knot-routine-player>`);
    const steps: number[] = [];
    el.addEventListener('knot-step', (e) => steps.push(e.detail.index));
    const complete = oneEvent(el, 'knot-routine-complete');
    button(el, 'Start the routine').click();
    await advance(0);
    expect(steps).to.deep.equal([0]);
    const timer = root(el).querySelector<KnotHoldTimer>('knot-hold-timer')!;
    // masseter-fingers: Davies' short strokes, 10 per tender spot at 5 s each.
    expect([timer.getAttribute('duration'), timer.getAttribute('strokes')]).to.deep.equal(['50', '10']);
    expect(timer.state).to.equal('running');
    await expect(el).to.be.accessible();
    const snap = el.snapshot!;
    const firstStepMs = snap.stepRemainingMs;
    await advance(firstStepMs);
    expect(root(el).querySelector('[part~="next-up"]')!.textContent).to.contain('Next up:');
    await expect(el).to.be.accessible();
    await advance(15_000);
    expect(steps).to.deep.equal([0, 1]);
    expect(currentStep(el)).to.equal(el.current && root(el).querySelectorAll('.name')[1].textContent);
    const left = el.snapshot!.routineRemainingMs;
    await advance(left - 1);
    expect(el.snapshot!.state).to.equal('running');
    await advance(1);
    const { detail } = (await complete) as CustomEvent<{ routineId: string; durationMs: number; stepsDone: number }>;
    expect(detail).to.deep.equal({ routineId: 'jaw-face', durationMs: el.snapshot!.totalMs, stepsDone: 4 });
    expect(steps).to.deep.equal([0, 1, 2, 3]);
    expect(root(el).querySelector('[part~="finish"]')!.textContent).to.contain('4 steps');
    expect(button(el, 'Do it again')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('pauses and resumes from its button and Space, and moves with Next/Previous and the arrow keys', async () => {
    const { el, advance } = await player(html`<knot-routine-player routine="tension-headache"></knot-routine-player>`);
    button(el, 'Start the routine').click();
    await advance(2_000);
    button(el, 'Pause').click();
    await advance(60_000);
    expect(el.snapshot).to.include({ state: 'paused', positionMs: 2_000 });
    expect(root(el).querySelector<KnotHoldTimer>('knot-hold-timer')!.state, 'the timer pauses with the routine').to.equal('paused');
    expect(wakeLock.held, 'and lets the screen sleep').to.equal(0);
    button(el, 'Resume').click();
    await advance(0);
    expect(el.snapshot!.state).to.equal('running');
    button(el, 'Next').click();
    await advance(0);
    expect(el.snapshot!.step).to.equal(1);
    root(el).querySelector<HTMLElement>('.base')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await advance(0);
    expect(el.snapshot!.step).to.equal(2);
    await sendKeys({ press: 'ArrowLeft' });
    await advance(0);
    expect(el.snapshot!.step).to.equal(1);
    await sendKeys({ press: 'Space' });
    await advance(0);
    expect(el.snapshot!.state).to.equal('paused');
  });

  it('speaks "Next up" between steps when voice cues are on', async () => {
    const speech = fakeSpeechAndVibration();
    try {
      const { el, advance } = await player(html`<knot-routine-player routine="jaw-face" cues="voice"></knot-routine-player>`);
      button(el, 'Start the routine').click();
      await advance(0);
      await advance(el.snapshot!.stepRemainingMs);
      const second = root(el).querySelectorAll('.name')[1].textContent;
      expect(speech.spoken.map((s) => s.text)).to.include(`Next up: ${second}`);
    } finally {
      speech.restore();
    }
  });

  it('with no-auto-advance, waits at the next step until the reader resumes', async () => {
    const { el, advance } = await player(html`<knot-routine-player routine="jaw-face" no-auto-advance></knot-routine-player>`);
    button(el, 'Start the routine').click();
    await advance(0);
    await advance(el.snapshot!.stepRemainingMs + 15_000 + 1);
    expect(el.snapshot).to.include({ step: 1, state: 'paused' });
  });

  it('with persist, a reload offers to resume at the same point, losing at most a second', async () => {
    const storage = new MapStorage();
    const first = await player(html`<knot-routine-player routine="desk-neck-shoulders" persist .storage=${storage}></knot-routine-player>`);
    button(first.el, 'Start the routine').click();
    for (let t = 0; t < 70; t++) await first.advance(500); // 35 s
    const reached = first.el.snapshot!.positionMs;
    first.el.remove(); // the page goes away
    const second = await player(html`<knot-routine-player routine="desk-neck-shoulders" persist .storage=${storage}></knot-routine-player>`, new ManualClock(0));
    expect(root(second.el).querySelector('[part~="resume"] p')!.textContent).to.equal('Resume where you left off?');
    await expect(second.el).to.be.accessible();
    button(second.el, 'Resume').click();
    await second.advance(0);
    expect(reached - second.el.snapshot!.positionMs).to.be.within(0, 1_000);
    expect(second.el.snapshot!.step).to.equal(0);
    const third = await player(html`<knot-routine-player routine="desk-neck-shoulders" persist .storage=${storage}></knot-routine-player>`);
    button(third.el, 'Start over').click();
    await third.advance(0);
    expect(third.el.snapshot!.positionMs).to.equal(0);
  });

  it('plays a routine written inline as JSON, with custom steps', async () => {
    const { el, advance } = await player(html`<knot-routine-player>
      <script type="application/json">
        { "format": 1, "id": "mine", "title": "My break", "steps": [ { "custom": { "title": "Shoulder rolls", "steps": ["Roll both shoulders back slowly."], "cautions": ["Stop if it hurts."] }, "hold": 20 }, { "technique": "levator-scapulae-stretch" } ] }
      </script>
    </knot-routine-player>`);
    expect(root(el).querySelector('h2')!.textContent).to.equal('My break');
    button(el, 'Start the routine').click();
    await advance(0);
    expect(root(el).querySelector('[part~="current"] h3')!.textContent).to.equal('Shoulder rolls');
    expect(root(el).querySelector('[part~="current"] .cautions')!.textContent).to.contain('Stop if it hurts.');
  });

  it('lists every problem of a bad routine as text, with one warning', async () => {
    const capture = captureWarnings();
    try {
      const { el } = await player(html`<knot-routine-player .routine=${{ format: 1, id: 'x', title: '<img src=x onerror=alert(1)>', steps: [{ technique: 'upper-trap', hold: 1 }] }}></knot-routine-player>`);
      const panel = root(el).querySelector('[role="alert"]')!;
      expect(root(el).querySelector('[part~="error"]'), 'the error part every element uses').to.equal(panel);
      expect([...panel.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
        'steps[0].hold must be between 5 and 600 seconds',
      ]);
      expect(panel.querySelector('img')).to.equal(null);
      expect(capture.warnings).to.have.length(1);
      expect(capture.warnings[0]).to.contain('<knot-routine-player> routine=');
      await expect(el).to.be.accessible();
      const { el: unknown } = await player(html`<knot-routine-player routine="yoga-for-cats"></knot-routine-player>`);
      expect(root(unknown).querySelector('[role="alert"] li')!.textContent).to.equal('"yoga-for-cats" is not a built-in routine.');
    } finally {
      capture.restore();
    }
  });

  it('shows the HTTP status when src fails to load', async () => {
    const capture = captureWarnings();
    try {
      const { el } = await player(html`<knot-routine-player src="/no/such/routine.json"></knot-routine-player>`);
      expect(root(el).querySelector('[role="alert"] li')!.textContent).to.equal('The routine could not be loaded (HTTP 404).');
    } finally {
      capture.restore();
    }
  });

  it('renders only when what it shows changes, not on every frame', async () => {
    const { el, advance } = await player(html`<knot-routine-player routine="jaw-face"></knot-routine-player>`);
    button(el, 'Start the routine').click();
    await advance(0);
    let renders = 0;
    const { render } = Object.getPrototypeOf(el) as { render(): unknown };
    Object.defineProperty(el, 'render', {
      configurable: true,
      value() {
        renders++;
        return render.call(this);
      },
    });
    // Half a second of frames inside the first hold: the same step, phase and percent.
    for (let frame = 0; frame < 30; frame++) await advance(16);
    expect(el.snapshot).to.include({ state: 'running', positionMs: 480, step: 0 });
    expect(renders, 'renders over 30 frames with nothing new to show').to.equal(0);
    // The progress bar moves on by a percent: one render.
    const total = el.snapshot!.positionMs + el.snapshot!.routineRemainingMs;
    await advance(total / 100);
    expect(renders).to.equal(1);
    expect(root(el).querySelector('progress')!.value).to.equal(1);
  });

  it('shows the routine asked for last: a slow src answering after a newer routine does not replace it', async () => {
    // The validator is what an author's routine loads after its text: have it ready, so the
    // slow answer below arrives in full as soon as it is given.
    await Promise.all([import('../../src/core/routine-format.js'), import('../../src/data/muscles/technique-ids.js')]);
    const fetch = window.fetch;
    let answer: (response: Response) => void = () => undefined;
    window.fetch = () => new Promise<Response>((resolve) => (answer = resolve));
    const el = document.createElement('knot-routine-player');
    try {
      el.src = '/slow/routine.json';
      document.body.append(el);
      await new Promise((resolve) => setTimeout(resolve, 20)); // the fetch is under way
      el.routine = 'jaw-face';
      await el.updateComplete;
      expect(root(el).querySelector('h2')!.textContent).to.equal(builtInRoutine('jaw-face')!.title);
      answer(new Response(JSON.stringify({ format: 1, id: 'slow', title: 'The slow one', steps: [{ custom: { title: 'Rolls', steps: ['Roll.'] } }] })));
      await new Promise((resolve) => setTimeout(resolve, 100));
      await el.updateComplete;
      expect(root(el).querySelector('h2')!.textContent).to.equal(builtInRoutine('jaw-face')!.title);
      expect(root(el).querySelectorAll('[part~="step"]')).to.have.length(builtInRoutine('jaw-face')!.steps.length);
    } finally {
      window.fetch = fetch;
      el.remove();
    }
  });
});
