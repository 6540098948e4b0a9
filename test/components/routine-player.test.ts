import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/routine-player/routine-player.js';
import type { KnotRoutineCompleteDetail, KnotRoutinePlayer } from '../../src/components/routine-player/routine-player.js';
import type { KnotHoldTimer } from '../../src/components/hold-timer/hold-timer.js';
import { ROUTINE_IDS, builtInRoutine } from '../../src/data/routines.js';
import { validateRoutine } from '../../src/core/routine-format.js';
import { TECHNIQUE_IDS } from '../../src/data/muscles/technique-ids.js';
import type { KeyValueStorage } from '../../src/core/storage.js';
import { setLocale } from '../../src/i18n/localization.js';
import { loadTechnique } from '../../src/data/catalog.js';
import type { KnotTechniqueCard } from '../../src/components/technique-card/technique-card.js';
import { ManualClock, ManualScheduler } from '../helpers/manual-time.js';
import { captureWarnings, fakeAudio, fakeSpeechAndVibration, fakeWakeLock, slowFetch } from '../helpers/fakes.js';

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
const part = (el: KnotRoutinePlayer, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`)!;
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
    expect(root(el).querySelector('.title[role="heading"]')!.textContent).to.equal(builtInRoutine('desk-neck-shoulders')!.title);
    expect(root(el).querySelector('.title[role="heading"]')!.getAttribute('aria-level'), 'a level-2 heading by default (`heading-level`)').to.equal('2');
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
    expect(detail).to.deep.equal({ routineId: 'jaw-face', durationMs: el.snapshot!.totalMs, stepsDone: 4, stepsSkipped: 0 });
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
    expect(root(el).querySelector('.title[role="heading"]')!.textContent).to.equal('My break');
    button(el, 'Start the routine').click();
    await advance(0);
    const stepTitle = root(el).querySelector('[part~="current"] [role="heading"]')!;
    expect(stepTitle.textContent).to.equal('Shoulder rolls');
    expect(stepTitle.getAttribute('aria-level'), 'one below the routine title').to.equal('3');
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
    const { fetched, answer, restore } = slowFetch();
    const el = document.createElement('knot-routine-player');
    // Each load asks the race guard whether it is still the newest before it shows anything:
    // record when it asks, so the test waits for exactly that moment (no timers).
    const asked: Array<Promise<void>> = [];
    const guard = el as unknown as { latest(key: string): () => boolean };
    const latest = guard.latest.bind(el);
    guard.latest = (key) => {
      const isLatest = latest(key);
      let done: () => void = () => undefined;
      asked.push(new Promise<void>((resolve) => (done = resolve)));
      return () => {
        const newest = isLatest();
        done();
        return newest;
      };
    };
    try {
      el.src = '/slow/routine.json';
      document.body.append(el);
      await fetched; // the slow load is under way
      el.routine = 'jaw-face';
      await el.updateComplete;
      expect(root(el).querySelector('.title[role="heading"]')!.textContent).to.equal(builtInRoutine('jaw-face')!.title);
      answer(new Response(JSON.stringify({ format: 1, id: 'slow', title: 'The slow one', steps: [{ custom: { title: 'Rolls', steps: ['Roll.'] } }] })));
      await asked[0]; // the slow answer arrived and was checked against the newer one
      await el.updateComplete;
      expect(root(el).querySelector('.title[role="heading"]')!.textContent).to.equal(builtInRoutine('jaw-face')!.title);
      expect(root(el).querySelectorAll('[part~="step"]')).to.have.length(builtInRoutine('jaw-face')!.steps.length);
    } finally {
      restore();
      el.remove();
    }
  });

  describe('hardening (issue 13)', () => {
    const saved = (storage: MapStorage) => (JSON.parse([...storage.map.values()][0] ?? 'null') as { positionMs: number } | null)?.positionMs;

    it('2: with persist, every step change is saved, going back too, so a crash resumes where the reader was', async () => {
      const storage = new MapStorage();
      const { el, advance } = await player(html`<knot-routine-player routine="desk-neck-shoulders" persist .storage=${storage}></knot-routine-player>`);
      button(el, 'Start the routine').click();
      await advance(2_000);
      for (const name of ['Next', 'Next', 'Previous', 'Previous']) {
        button(el, name).click();
        await advance(0);
        // No pagehide follows a renderer crash: what is stored now is what a reload offers.
        expect(saved(storage), `after ${name}`).to.equal(el.snapshot!.positionMs);
      }
      expect(el.snapshot!.step).to.equal(0);
    });

    it('2: with persist, a hidden page saves at once, and "Do it again" saves again', async () => {
      const storage = new MapStorage();
      const { el, advance } = await player(html`<knot-routine-player routine="jaw-face" persist .storage=${storage}></knot-routine-player>`);
      button(el, 'Start the routine').click();
      await advance(5_000);
      await advance(600); // less than the once-a-second save
      const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      try {
        document.dispatchEvent(new Event('visibilitychange')); // the browser's own event: the tab was hidden
      } finally {
        delete (document as Partial<Document> & { visibilityState?: unknown }).visibilityState;
      }
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')).to.deep.equal(visibility);
      expect(saved(storage)).to.equal(el.snapshot!.positionMs);
      while (el.snapshot!.state !== 'done') {
        await advance(el.snapshot!.routineRemainingMs);
      }
      expect(storage.map.size, 'a finished routine is not offered again').to.equal(0);
      button(el, 'Do it again').click();
      await advance(2_500);
      expect(el.snapshot!.positionMs).to.equal(2_500);
      expect(saved(storage)).to.equal(2_500);
    });

    it('4, 7: with nothing to play it says what to set (not "Loading…" forever), and a stale src answer never shows', async () => {
      await Promise.all([import('../../src/core/routine-format.js'), import('../../src/data/muscles/technique-ids.js')]);
      const { fetched, answer, restore } = slowFetch();
      const el = document.createElement('knot-routine-player');
      try {
        el.src = '/slow/routine.json';
        document.body.append(el);
        await fetched;
        expect(part(el, 'base').getAttribute('aria-busy')).to.equal('true');
        el.src = '';
        await el.updateComplete;
        const empty = 'No routine to play yet. Set routine to a built-in routine id or to routine JSON, or src to the URL of a routine file.';
        expect(part(el, 'base').textContent.trim()).to.equal(empty);
        expect(part(el, 'base').hasAttribute('aria-busy')).to.equal(false);
        await expect(el).to.be.accessible();
        answer(new Response(JSON.stringify({ format: 1, id: 'slow', title: 'The slow one', steps: [{ custom: { title: 'Rolls', steps: ['Roll.'] } }] })));
        await el.updateComplete;
        expect(part(el, 'base').textContent.trim()).to.equal(empty);
        el.routine = 'jaw-face';
        await el.updateComplete;
        expect(root(el).querySelector('.title[role="heading"]')!.textContent).to.equal(builtInRoutine('jaw-face')!.title);
      } finally {
        restore();
        el.remove();
      }
    });

    it('the summary counts the steps done and says how many were skipped', async () => {
      const { el, advance } = await player(html`<knot-routine-player routine="jaw-face"></knot-routine-player>`);
      const complete = oneEvent<CustomEvent<KnotRoutineCompleteDetail>>(el, 'knot-routine-complete');
      button(el, 'Start the routine').click();
      await advance(0);
      await advance(el.snapshot!.stepRemainingMs + 15_000); // step 1 done, step 2 begins
      button(el, 'Next').click(); // step 2 skipped
      await advance(0);
      button(el, 'Next').click(); // step 3 skipped
      await advance(0);
      button(el, 'Previous').click(); // back to step 3: to do again
      await advance(0);
      expect(el.snapshot!.step).to.equal(2);
      while (el.snapshot!.state !== 'done') await advance(el.snapshot!.routineRemainingMs);
      const { detail } = await complete;
      expect([detail.stepsDone, detail.stepsSkipped]).to.deep.equal([3, 1]);
      const text = root(el).querySelector('[part~="finish"]')!.textContent.replace(/\s+/g, ' ');
      expect(text).to.match(/Steps done: 3 of 4\. Skipped: 1\. Time: /);
      expect(root(el).querySelector('[role="status"]')!.textContent).to.match(/^Well done! Steps done: 3 of 4\. Skipped: 1\./);
    });
  });

  describe('real use (issue 10)', () => {
    const timerOf = (el: KnotRoutinePlayer) => root(el).querySelector<KnotHoldTimer>('knot-hold-timer')!;
    const cardOf = (el: KnotRoutinePlayer) => root(el).querySelector<KnotTechniqueCard>('knot-technique-card')!;
    /** Where focus is, as a person would say it: a button's name, "dial", "summary", or the page. */
    const focusIn = (el: KnotRoutinePlayer) => {
      let active: Element | null | undefined = root(el).activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (!active) return document.activeElement?.localName;
      return active.localName === 'button' ? active.textContent?.trim() : active.getAttribute('role') === 'timer' ? 'dial' : active.matches('.finish') ? 'summary' : active.localName;
    };
    /** A real mouse click in the middle of `target` (scrolled into view first). */
    const click = async (target: Element) => {
      target.scrollIntoView({ block: 'center' });
      const box = target.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    };
    /**
     * What the live regions of the player, its step's timer and card say, in order: each time
     * one's text changes to something not empty, as a screen reader would hear it.
     */
    function listen(el: KnotRoutinePlayer) {
      const said: string[] = [];
      const last = new Map<Element, string>();
      const live = '[role="status"], [role="alert"], [role="log"], [aria-live="polite"], [aria-live="assertive"]';
      const observer = new MutationObserver((records) => {
        for (const { target } of records) {
          const element = target instanceof Element ? target : target.parentElement;
          const region = element?.closest(live);
          const text = region?.textContent?.trim().replace(/\s+/g, ' ');
          if (region && text && last.get(region) !== text) said.push(text);
          if (region) last.set(region, text ?? '');
        }
      });
      for (const shadow of [root(el), timerOf(el).shadowRoot!, cardOf(el)?.shadowRoot]) if (shadow) observer.observe(shadow, { subtree: true, childList: true, characterData: true });
      return { said, stop: () => observer.disconnect() };
    }
    async function started(routine: string, clock = new ManualClock(1_000)) {
      const rig = await player(html`<knot-routine-player routine=${routine}></knot-routine-player>`, clock);
      button(rig.el, 'Start the routine').focus();
      await sendKeys({ press: 'Enter' });
      await rig.advance(0);
      return rig;
    }

    afterEach(() => setLocale('en'));

    it('1: the step timer answers to the routine: Space and Enter on its dial pause and resume the whole routine', async () => {
      const { el, advance } = await started('tension-headache');
      button(el, 'Pause').focus();
      // Back to the timer's dial, as a keyboard user goes there.
      await sendKeys({ down: 'Shift' });
      for (let i = 0; i < 5 && focusIn(el) !== 'dial'; i++) await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focusIn(el)).to.equal('dial');
      await advance(2_000);
      await sendKeys({ press: 'Space' });
      await advance(30_000);
      expect(el.snapshot, 'the routine paused').to.include({ state: 'paused', step: 0, positionMs: 2_000 });
      expect(timerOf(el).state, 'and its timer with it').to.equal('paused');
      expect(button(el, 'Resume'), 'the routine\'s button says so').to.exist;
      await sendKeys({ press: 'Enter' });
      await advance(1_000);
      expect([el.snapshot!.state, timerOf(el).state, el.snapshot!.positionMs]).to.deep.equal(['running', 'running', 3_000]);
      expect(timerOf(el).remaining, 'the timer and the routine agree').to.equal(el.snapshot!.remainingMs);
      expect(focusIn(el)).to.equal('dial');
    });

    it('2: between steps "Next up: …" is said once, the countdown never, and no step ends with a false "Done"', async () => {
      const { el, advance } = await started('jaw-face');
      const { said, stop } = listen(el);
      const second = root(el).querySelectorAll('.name')[1].textContent;
      await advance(el.snapshot!.stepRemainingMs);
      expect(el.snapshot!.between).to.equal(true);
      for (let s = 0; s < 15; s++) await advance(1_000); // the whole pause, a frame a second
      expect(el.snapshot).to.include({ step: 1, between: false });
      expect(said.filter((s) => s.startsWith('Next up')), 'said during the pause').to.deep.equal([`Next up: ${second}`]);
      // Next in the middle of a step: the new step begins, the old one is not "Done".
      await advance(4_000);
      button(el, 'Next').focus();
      await sendKeys({ press: 'Enter' });
      await advance(0);
      await advance(1_000);
      expect(el.snapshot!.step).to.equal(2);
      // Next was pressed, so no "Next up" told the reader where they are: the step is said once.
      const third = root(el).querySelectorAll('.name')[2].textContent;
      expect(said.filter((s) => s.startsWith('Step ')), 'the step reached by Next').to.deep.equal([`Step 3 of 4: ${third}`]);
      // And that step's own end, in real frames: one "Next up" again, no "Done".
      const fourth = root(el).querySelectorAll('.name')[3].textContent;
      for (let left = el.snapshot!.stepRemainingMs; left > 0; left -= 500) {
        await advance(Math.min(500, left));
        await new Promise(requestAnimationFrame); // the step's timer looks at the clock too
      }
      await advance(2_000);
      expect(el.snapshot).to.include({ step: 2, between: true });
      stop();
      expect(said.filter((s) => /\d:\d\d/.test(s)), 'no countdown in a live region').to.deep.equal([]);
      expect(said.filter((s) => /^(Done|All done)/.test(s)), 'no false "Done"').to.deep.equal([]);
      expect(said.filter((s) => s.startsWith('Next up')), 'one "Next up" per pause').to.deep.equal([`Next up: ${second}`, `Next up: ${fourth}`]);
      await expect(el).to.be.accessible();
    });

    it('3: during "Next up" the card shows the step coming up, so the reader can get ready', async () => {
      const { el, advance } = await started('jaw-face');
      const [first, second] = el.current!.steps.map((s) => s.technique);
      expect(cardOf(el).technique).to.equal(first);
      await advance(el.snapshot!.stepRemainingMs + 1_000);
      expect(el.snapshot!.between).to.equal(true);
      await cardOf(el).updateComplete;
      expect(cardOf(el).technique).to.equal(second);
      const { technique } = (await loadTechnique(second!))!;
      expect(cardOf(el).shadowRoot!.querySelector('[role="heading"]')!.textContent.trim()).to.equal(technique.title());
      expect(timerOf(el).hidden, 'the timer waits for the step').to.equal(true);
    });

    it('4: focus goes on to Pause after "Start the routine" and "Resume", and to the summary after the last Next', async () => {
      const { el, advance } = await started('jaw-face');
      expect(focusIn(el), 'after Start the routine (Enter)').to.equal('Pause');
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'ArrowRight' });
        await advance(0);
      }
      expect(el.snapshot!.step).to.equal(3);
      await click(button(el, 'Next')); // the last Next
      await advance(0);
      expect(el.snapshot!.state).to.equal('done');
      expect(focusIn(el), 'after the last Next').to.equal('summary');
      // A reload that offers to resume: the mouse presses Resume.
      const storage = new MapStorage();
      const first = await player(html`<knot-routine-player routine="jaw-face" persist .storage=${storage}></knot-routine-player>`);
      button(first.el, 'Start the routine').click();
      await first.advance(20_000);
      first.el.remove();
      el.remove();
      const second = await player(html`<knot-routine-player routine="jaw-face" persist .storage=${storage}></knot-routine-player>`);
      await click(button(second.el, 'Resume'));
      await second.advance(0);
      expect(second.el.snapshot!.state).to.equal('running');
      expect(focusIn(second.el), 'after Resume').to.equal('Pause');
      // The routine ends by itself while focus is on Pause: the summary, not the page.
      await second.advance(second.el.snapshot!.routineRemainingMs);
      expect(focusIn(second.el), 'after the end').to.equal('summary');
      await expect(second.el).to.be.accessible();
    });

    it('4: Space, Left and Right work wherever focus is in the player, and never take Space from its buttons', async () => {
      const { el, advance } = await started('desk-neck-shoulders');
      button(el, 'Pause').focus();
      await sendKeys({ press: 'ArrowRight' });
      await advance(0);
      expect(el.snapshot!.step).to.equal(1);
      await sendKeys({ down: 'Alt' }); // Alt+Left is the browser's "back", not the player's
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ up: 'Alt' });
      await advance(0);
      expect(el.snapshot!.step).to.equal(1);
      // Space on a button presses that button: Next, not pause.
      button(el, 'Next').focus();
      await sendKeys({ press: 'Space' });
      await advance(0);
      expect(el.snapshot).to.include({ step: 2, state: 'running' });
      // Space on the card's disclosure opens it, and leaves the routine running.
      await cardOf(el).updateComplete;
      const summary = cardOf(el).shadowRoot!.querySelector<HTMLElement>('details.more summary')!;
      summary.focus();
      await sendKeys({ press: 'Space' });
      await advance(0);
      expect(summary.parentElement!.hasAttribute('open')).to.equal(true);
      expect(el.snapshot!.state).to.equal('running');
      // Anywhere else in the player (here: the text of the card, clicked), Space pauses.
      await click(cardOf(el).shadowRoot!.querySelector('[part~="steps"] li')!);
      await sendKeys({ press: 'Space' });
      await advance(0);
      expect(el.snapshot!.state).to.equal('paused');
      await sendKeys({ press: 'ArrowLeft' });
      await advance(0);
      expect(el.snapshot!.step).to.equal(1);
    });

    it('5: on a 375 px phone the timer and Pause are in view once started, and stay in view', async () => {
      await setViewport({ width: 375, height: 800 });
      try {
        const { el, advance } = await started('desk-neck-shoulders');
        const inView = (node: Element) => {
          const box = node.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
        };
        const dial = () => timerOf(el).shadowRoot!.querySelector('[role="timer"]')!;
        expect(inView(dial()), `the dial at ${Math.round(dial().getBoundingClientRect().top)} px`).to.equal(true);
        expect(inView(button(el, 'Pause')), `Pause at ${Math.round(button(el, 'Pause').getBoundingClientRect().top)} px`).to.equal(true);
        // Reading down the long card: the running controls come along.
        scrollBy(0, 500);
        await advance(1_000);
        expect([inView(dial()), inView(button(el, 'Pause'))]).to.deep.equal([true, true]);
        // The next step too.
        await advance(el.snapshot!.stepRemainingMs + 15_000);
        expect(el.snapshot).to.include({ step: 1, between: false });
        expect([inView(dial()), inView(button(el, 'Pause'))]).to.deep.equal([true, true]);
        expect(part(el, 'base').scrollWidth, 'nothing wider than the phone').to.be.at.most(part(el, 'base').clientWidth);
      } finally {
        scrollTo(0, 0);
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('6: built-in routines speak the page\'s language even when it arrives after the first render', async () => {
      const { el, advance } = await started('jaw-face');
      await advance(el.snapshot!.stepRemainingMs + 1_000); // "Next up"
      const english = [...root(el).querySelectorAll('.name')].map((n) => n.textContent);
      await setLocale('de');
      await el.updateComplete;
      const techniques = await Promise.all(el.current!.steps.map(async (s) => (await loadTechnique(s.technique!))!.technique.title()));
      await el.updateComplete;
      const names = [...root(el).querySelectorAll('.name')].map((n) => n.textContent);
      expect(names).to.deep.equal(techniques);
      expect(names).not.to.deep.equal(english);
      expect(root(el).querySelector('.title[role="heading"]')!.textContent).to.equal('Kiefer und Gesicht');
      expect(part(el, 'next-up').textContent).to.contain(`Als Nächstes: ${techniques[1]}`);
      expect(root(el).querySelector('[role="status"]')!.textContent).to.equal(`Als Nächstes: ${techniques[1]}`);
    });

    it('14, 15: one button family, and its text on the theme\'s surface whatever the page behind it', async () => {
      const page = await fixture<HTMLDivElement>(html`<div style="background: #111827; color: #f9fafb"><knot-routine-player routine="jaw-face"></knot-routine-player></div>`);
      const el = page.querySelector('knot-routine-player')!;
      el.clock = new ManualClock(0);
      el.scheduler = new ManualScheduler();
      await el.updateComplete;
      const colours = () => [getComputedStyle(part(el, 'base')).backgroundColor, getComputedStyle(root(el).querySelector('.title[role="heading"]')!).color];
      expect(colours(), 'a dark page, no theme: the light defaults').to.deep.equal(['rgb(255, 255, 255)', 'rgb(31, 41, 55)']);
      page.style.setProperty('--knot-color-surface', '#111827');
      page.style.setProperty('--knot-color-text', '#f9fafb');
      expect(colours(), 'a dark theme').to.deep.equal(['rgb(17, 24, 39)', 'rgb(249, 250, 251)']);
      page.removeAttribute('style');
      el.start();
      await el.updateComplete;
      const buttons = [...root(el).querySelectorAll('button'), ...timerOf(el).shadowRoot!.querySelectorAll('button')];
      for (const b of buttons.filter((b) => b.checkVisibility())) {
        const box = b.getBoundingClientRect();
        expect(box.height, b.textContent).to.be.at.least(44);
        expect(parseFloat(getComputedStyle(b).borderTopLeftRadius), `${b.textContent}: a pill`).to.be.at.least(box.height / 2);
      }
      expect(getComputedStyle(button(el, 'Pause')).backgroundColor, 'the main action in the accent').to.equal('rgb(15, 118, 110)');
    });
  });
});
