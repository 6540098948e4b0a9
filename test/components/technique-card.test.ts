import { expect, fixture, html, oneEvent, elementUpdated } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/technique-card/technique-card.js';
import type { KnotTechniqueCard, TechniqueInput } from '../../src/components/technique-card/technique-card.js';
import type { KnotHoldTimer } from '../../src/components/hold-timer/hold-timer.js';
import { loadTechnique } from '../../src/data/catalog.js';
import { POSITION_ICONS, TOOL_ICONS } from '../../src/components/technique-card/technique-card.icons.js';
import { ICONS } from '../../src/components/hold-timer/hold-timer.icons.js';
import { askFirstInWords, redFlagsFor } from '../../src/data/safety.js';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { setLocale } from '../../src/i18n/localization.js';
import { captureWarnings } from '../helpers/fakes.js';

const root = (el: KnotTechniqueCard) => el.shadowRoot!;
const part = (el: KnotTechniqueCard, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);

async function card(template: ReturnType<typeof html>) {
  const el = await fixture<KnotTechniqueCard>(template);
  await el.updateComplete;
  return el;
}

describe('<knot-technique-card>', () => {
  afterEach(() => setLocale('en'));

  it('shows a catalog technique: title, muscle, tool, steps, dose, feel, cautions, source, mini map', async () => {
    const el = await card(html`<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>`);
    const { technique } = (await loadTechnique('upper-trapezius-pincer'))!;
    expect(root(el).querySelector('[role="heading"]')!.textContent.trim()).to.equal(technique.title());
    expect(root(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(root(el).querySelector('.muscle')!.textContent).to.equal('Upper trapezius');
    expect(root(el).querySelector('.meta')!.textContent).to.contain('Pincer grip');
    expect(root(el).querySelector('.meta')!.textContent).to.contain('Seated');
    expect(root(el).querySelectorAll('.meta svg[aria-hidden="true"]'), 'a tool icon and a position icon').to.have.length(2);
    expect([...part(el, 'steps')!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(technique.steps());
    expect(part(el, 'dose')!.textContent).to.match(/^(About \d+ slow strokes per tender spot|Press until it softens, up to \d+ s|Hold \d+ s)( · \d+ times)?( · each side)? · (once a day|\d times a day)$/);
    expect(part(el, 'cautions')!.textContent).to.contain(technique.cautions()[0]);
    expect(part(el, 'source')!.textContent).to.contain('Davies');
    // The picture: an image named by the pattern in words, its marker and referral zone drawn.
    const picture = part(el, 'figure')!;
    expect(picture.getAttribute('role')).to.equal('img');
    expect(picture.getAttribute('aria-label')).to.match(/^Body map\. .*Left temple/);
    expect(picture.querySelectorAll('[part~="marker"]')).to.have.length(1);
    expect(picture.querySelector('[data-region="temple-left"]')!.getAttribute('part')).to.contain('referral-primary');
    expect(picture.querySelectorAll('[tabindex], button, [role="button"]'), 'nothing to press').to.have.length(0);
    expect(customElements.get('knot-body-map'), 'the card no longer needs the interactive map').to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  const before = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) > 0;
  /** Rendered and not inside a closed disclosure: a reader sees it without a click. */
  const inView = (node: Element) => (node as HTMLElement).checkVisibility();

  it('shows the red flags, the "ask first" list and every caution of the muscle and the technique before the steps', async () => {
    for (const id of ['pectoralis-major-ball-wall', 'upper-trapezius-pincer', 'soleus-ball']) {
      const found = await loadTechnique(id);
      expect(found, id).to.exist;
      if (!found) return;
      const { technique, muscle } = found;
      const el = await card(html`<knot-technique-card technique=${id}></knot-technique-card>`);
      const steps = part(el, 'steps')!;
      const safety = part(el, 'safety')!;
      const askFirst = part(el, 'ask-first')!;
      const cautions = part(el, 'cautions')!;
      for (const block of [safety, askFirst, cautions]) {
        expect(before(block, steps), `${id}: ${block.getAttribute('part')} before the steps`).to.equal(true);
        expect(inView(block), `${id}: ${block.getAttribute('part')} visible`).to.equal(true);
      }
      // Every caution of the muscle and of the technique.
      const shown = [...cautions.querySelectorAll('li')].map((li) => li.textContent);
      expect(shown, id).to.deep.equal([...muscle.cautions(), ...technique.cautions()]);
      // The area's emergencies and same-day signs in view; the rest one click away.
      const flags = redFlagsFor(muscle.area);
      const visible = [...safety.querySelectorAll('li')].filter(inView).map((li) => li.textContent);
      expect(visible, id).to.deep.equal(flags.filter((f) => f.urgency !== 'soon').map((f) => f.text()));
      expect(safety.textContent).to.contain('Call your local emergency number now');
      // Each urgency's list is named by its heading line ("list, Call your local emergency number now, 3 items").
      for (const list of safety.querySelectorAll('ul')) expect(root(el).getElementById(list.getAttribute('aria-labelledby')!)?.textContent, id).to.match(/^(Call|See)/);
      expect(safety.querySelector('.sources')!.textContent).to.match(/^Sources: (NHS|NICE CKS): /);
      expect([...askFirst.querySelectorAll('li')].map((li) => li.textContent), id).to.deep.equal(technique.askFirst.map(askFirstInWords));
      await expect(el).to.be.accessible();
    }
  });

  it('opens the other warning signs with a real click, keyboard included', async () => {
    const el = await card(html`<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>`);
    const more = part(el, 'safety')!.querySelector<HTMLElement>('details.more')!;
    const summary = more.querySelector('summary')!;
    expect(summary.textContent).to.match(/^More warning signs \(\d+\)$/);
    const hidden = [...more.querySelectorAll('li')];
    expect(hidden.length).to.be.greaterThan(0);
    expect(hidden.some(inView)).to.equal(false);
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(hidden.every(inView)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('compact: the "Check the warning signs first" line is always there, and Start never comes without it', async () => {
    const el = await card(html`<knot-technique-card compact technique="upper-trapezius-pincer"></knot-technique-card>`);
    const { technique, muscle } = (await loadTechnique('upper-trapezius-pincer'))!;
    const safety = part(el, 'safety')!;
    const summary = safety.querySelector('summary')!;
    expect(summary.textContent).to.equal('Check the warning signs first');
    expect(inView(summary)).to.equal(true);
    expect(before(safety, part(el, 'start')!)).to.equal(true);
    summary.click();
    await el.updateComplete;
    const shown = [...safety.querySelectorAll('li')].filter(inView).map((li) => li.textContent);
    expect(shown).to.include.members(redFlagsFor(muscle.area).map((f) => f.text()));
    expect(shown).to.include.members(technique.askFirst.map(askFirstInWords));
    expect(shown).to.include.members([...muscle.cautions(), ...technique.cautions()]);
    await expect(el).to.be.accessible();
  });

  it('compact on a 375 px phone: one column, Start on one line, nothing wider than the screen', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const el = await card(html`<knot-technique-card compact technique="upper-trapezius-pincer"></knot-technique-card>`);
      const start = part(el, 'start')!;
      const line = parseFloat(getComputedStyle(start).lineHeight) || 24;
      expect(start.scrollHeight, 'Start label on one line').to.be.below(Math.max(44, line * 1.5) + 8);
      expect(part(el, 'base')!.scrollWidth).to.be.at.most(part(el, 'base')!.clientWidth);
      expect(el.getBoundingClientRect().right).to.be.at.most(375);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows a stroke dose as strokes and a release as "until it softens", and paces the timer', async () => {
    const strokes: TechniqueInput = { title: 'Strokes', dose: { kind: 'strokes', strokes: 10, holdSeconds: 50, reps: 1, sides: 'each', timesPerDay: 3 } };
    const el = await card(html`<knot-technique-card .technique=${strokes}></knot-technique-card>`);
    expect(part(el, 'dose')!.textContent).to.equal('About 10 slow strokes per tender spot · each side · 3 times a day');
    part(el, 'start')!.click();
    await el.updateComplete;
    const timer = root(el).querySelector<KnotHoldTimer>('knot-hold-timer')!;
    expect([timer.getAttribute('duration'), timer.getAttribute('strokes')]).to.deep.equal(['50', '10']);
    timer.reset();
    const release: TechniqueInput = { title: 'Release', dose: { kind: 'release', holdSeconds: 90, reps: 2, sides: 'none', timesPerDay: 2 } };
    const el2 = await card(html`<knot-technique-card .technique=${release}></knot-technique-card>`);
    expect(part(el2, 'dose')!.textContent).to.equal('Press until it softens, up to 90 s · 2 times · 2 times a day');
    // The source line names a book: a capped release and a stretch's hold say they are not its numbers.
    expect(root(el2).querySelector('.dose-note')!.textContent).to.match(/our safety cap/);
    expect(root(el).querySelector('.dose-note'), 'strokes are the source\'s own dose').to.equal(null);
    const stretch: TechniqueInput = { title: 'Stretch', tool: 'stretch', dose: { kind: 'stretch', holdSeconds: 30, reps: 3, sides: 'each', timesPerDay: 2 } };
    const el3 = await card(html`<knot-technique-card .technique=${stretch}></knot-technique-card>`);
    expect(root(el3).querySelector('.dose-note')!.textContent).to.equal('Hold time: general stretching guidance, not from the source below.');
  });

  it('Start reveals a hold timer set to the dose, and says so with an event', async () => {
    const el = await card(html`<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>`);
    const started = oneEvent(el, 'knot-start-technique');
    part(el, 'start')!.click();
    expect(((await started) as CustomEvent<{ technique: string }>).detail).to.deep.equal({ technique: 'upper-trapezius-pincer' });
    await el.updateComplete;
    const timer = root(el).querySelector<KnotHoldTimer>('knot-hold-timer')!;
    const { technique } = (await loadTechnique('upper-trapezius-pincer'))!;
    const { dose } = technique;
    expect([timer.getAttribute('duration'), timer.getAttribute('reps'), timer.getAttribute('sides'), timer.getAttribute('label')]).to.deep.equal([
      String(dose.holdSeconds),
      String(dose.reps),
      dose.sides === 'each' ? 'both' : 'none',
      'Upper trapezius',
    ]);
    await timer.updateComplete;
    expect(timer.state).to.equal('running');
    expect(part(el, 'start')).to.equal(null);
    timer.reset();
  });

  it('shows "Technique not found" for an unknown id, with one warning', async () => {
    const capture = captureWarnings();
    try {
      const el = await card(html`<knot-technique-card technique="elbow-magic"></knot-technique-card>`);
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal('Technique not found.');
      expect(part(el, 'error'), 'the error part every element uses').to.equal(root(el).querySelector('[role="alert"]'));
      expect(capture.warnings).to.deep.equal(['<knot-technique-card> technique="elbow-magic" is not a technique in the catalog.']);
      const level = await card(html`<knot-technique-card technique="upper-trapezius-pincer" heading-level="99"></knot-technique-card>`);
      expect(capture.warnings.filter((w) => w.startsWith('<knot-technique-card> heading-level=99 '))).to.have.length(1);
      expect(root(level).querySelector('.title')!.getAttribute('aria-level'), 'the nearest level it allows').to.equal('6');
      await expect(el).to.be.accessible();
    } finally {
      capture.restore();
    }
  });

  it('renders an author-written technique object, as text', async () => {
    const technique: TechniqueInput = {
      title: 'Tennis ball for the <b>calf</b>',
      steps: ['Sit on the floor.', 'Put the ball under your calf.', 'Rest your leg on it for a minute.'],
      dose: { holdSeconds: 45, reps: 2, sides: 'each' },
      cautions: ['Not with a swollen, warm calf.'],
    };
    const el = await card(html`<knot-technique-card .technique=${technique}></knot-technique-card>`);
    expect(root(el).querySelector('b')).to.equal(null);
    expect(root(el).querySelector('[role="heading"]')!.textContent.trim()).to.equal('Tennis ball for the <b>calf</b>');
    expect(part(el, 'steps')!.querySelectorAll('li')).to.have.length(3);
    expect(part(el, 'dose')!.textContent).to.equal('Hold 45 s · 2 times · each side · once a day');
    // No area given: every red flag concerns it.
    expect(part(el, 'safety')!.querySelectorAll('li')).to.have.length(redFlagsFor().length);
  });

  it('takes a blogger\'s slotted title, steps and cautions', async () => {
    const el = await card(html`<knot-technique-card>
      <span slot="title">My favourite neck release</span>
      <ol slot="steps"><li>Lie down.</li><li>Breathe.</li></ol>
      <p slot="cautions">Stop if it tingles.</p>
    </knot-technique-card>`);
    const slotted = (name: string) => root(el).querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!.assignedElements().map((e) => e.textContent?.trim());
    expect(slotted('title')).to.deep.equal(['My favourite neck release']);
    expect(slotted('cautions')).to.deep.equal(['Stop if it tingles.']);
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('compact: title, dose, the warning-signs line and start', async () => {
    const el = await card(html`<knot-technique-card compact technique="upper-trapezius-pincer"></knot-technique-card>`);
    expect(part(el, 'steps')).to.equal(null);
    expect(part(el, 'figure')).to.equal(null);
    expect(part(el, 'dose')).to.exist;
    expect(part(el, 'start')).to.exist;
  });

  it('compact is a boolean attribute, reflected like the timer\'s, and its timer is compact too', async () => {
    const el = await card(html`<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>`);
    expect(part(el, 'steps')).to.exist;
    el.compact = true;
    await el.updateComplete;
    expect(el.hasAttribute('compact')).to.equal(true);
    expect(part(el, 'steps')).to.equal(null);
    part(el, 'start')!.click();
    await el.updateComplete;
    const timer = root(el).querySelector<KnotHoldTimer>('knot-hold-timer')!;
    expect(timer.compact).to.equal(true);
    expect(timer.hasAttribute('compact')).to.equal(true);
    timer.reset();
  });

  it('shows the technique asked for last, whichever answer comes first', async () => {
    const el = await card(html`<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>`);
    // A catalog technique that is still loading, then an author's object at once: the
    // catalog's later answer must not replace it.
    el.technique = 'soleus-ball';
    await Promise.resolve();
    el.technique = { title: 'Mine, asked for last' };
    await el.updateComplete;
    await loadTechnique('soleus-ball');
    await el.updateComplete;
    expect(root(el).querySelector('[role="heading"]')!.textContent.trim()).to.equal('Mine, asked for last');
    // And two catalog ids: the second one shows.
    el.technique = 'pectoralis-major-ball-wall';
    await Promise.resolve();
    el.technique = 'gluteus-medius-ball';
    await el.updateComplete;
    const { technique } = (await loadTechnique('gluteus-medius-ball'))!;
    expect(root(el).querySelector('[role="heading"]')!.textContent.trim()).to.equal(technique.title());
  });

  it('hides the Start button and timer when printed', async () => {
    const el = await card(html`<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>`);
    await executeServerCommand('knot-media', { type: 'print', features: [] });
    try {
      expect(getComputedStyle(part(el, 'start')!).display).to.equal('none');
      expect(getComputedStyle(part(el, 'steps')!).display).to.not.equal('none');
    } finally {
      await executeServerCommand('knot-media', []);
    }
  });

  it('speaks the current locale', async () => {
    await setLocale('de');
    const el = await card(html`<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>`);
    expect(part(el, 'dose')!.textContent).to.not.match(/slow strokes|Press until|Hold \d|times a day/);
    expect(part(el, 'start')!.textContent).to.not.equal('Start the timer');
    // The catalog texts arrive with the muscle (one small module per muscle and locale).
    const { technique } = (await loadTechnique('upper-trapezius-pincer'))!;
    await elementUpdated(el);
    const firstStep = part(el, 'steps')!.querySelector('li')!.textContent;
    expect(firstStep).to.not.equal('Sit tall and let the shoulder on the sore side drop.');
    expect(firstStep).to.equal(technique.steps()[0]);
  });

  it('translates a card shown before the locale is chosen', async () => {
    const el = await card(html`<knot-technique-card technique="soleus-ball"></knot-technique-card>`);
    const english = part(el, 'steps')!.querySelector('li')!.textContent;
    await setLocale('fr');
    await elementUpdated(el);
    expect(part(el, 'steps')!.querySelector('li')!.textContent).to.not.equal(english);
  });

  describe('real use (issue 10)', () => {
    /** Where focus is: the deepest focused element, through shadow roots. */
    const deepFocus = () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };

    it('4: "Start the timer" hands focus to the timer\'s Pause, by keyboard and by mouse', async () => {
      const el = await card(html`<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>`);
      part(el, 'start')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const timer = root(el).querySelector<KnotHoldTimer>('knot-hold-timer')!;
      await timer.updateComplete;
      expect(timer.state).to.equal('running');
      expect(deepFocus()?.matches('[part~="primary"]'), `focus on ${deepFocus()?.localName}`).to.equal(true);
      expect(deepFocus()?.querySelector('.names > :not(.ghost)')?.textContent, 'its visible name').to.equal('Pause');
      await sendKeys({ press: 'Enter' }); // and that button works at once
      await timer.updateComplete;
      expect(timer.state).to.equal('paused');
      timer.reset();
      const mouse = await card(html`<knot-technique-card compact technique="soleus-ball"></knot-technique-card>`);
      const start = part(mouse, 'start')!;
      start.scrollIntoView({ block: 'center' });
      const box = start.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await mouse.updateComplete;
      const compactTimer = root(mouse).querySelector<KnotHoldTimer>('knot-hold-timer')!;
      await compactTimer.updateComplete;
      expect(deepFocus()?.matches('[part~="primary"]')).to.equal(true);
      compactTimer.reset();
    });

    it('14: Start is the one button family, and the tool and position icons are one drawn set', async () => {
      const el = await card(html`<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>`);
      const start = part(el, 'start')!;
      const box = start.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(parseFloat(getComputedStyle(start).borderTopLeftRadius), 'a pill').to.be.at.least(box.height / 2);
      expect(getComputedStyle(start).backgroundColor, 'the main action, in the accent').to.equal('rgb(15, 118, 110)');
      for (const icon of root(el).querySelectorAll<SVGSVGElement>('.meta svg')) {
        const drawn = getComputedStyle(icon);
        const size = parseFloat(getComputedStyle(icon.parentElement!).fontSize) * 1.25;
        expect([icon.getAttribute('class'), icon.getAttribute('viewBox'), drawn.fill, drawn.strokeWidth, drawn.strokeLinecap, drawn.strokeLinejoin]).to.deep.equal(['icon', '0 0 24 24', 'none', '2px', 'round', 'round']);
        expect(icon.getBoundingClientRect().width).to.be.closeTo(size, 0.5);
        expect(icon.getBoundingClientRect().height).to.be.closeTo(size, 0.5);
      }
      // Every icon is drawn inside the 24-unit box, not a glyph: paths of lines and curves.
      const paths = { ...TOOL_ICONS, ...POSITION_ICONS, ...ICONS };
      const probe = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      document.body.append(probe);
      try {
        for (const [name, d] of Object.entries(paths)) {
          const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
          path.setAttribute('d', d);
          probe.append(path);
          const { x, y, width, height } = path.getBBox();
          // A 2-unit stroke reaches 1 unit beyond the path: it stays inside the 24-unit box.
          expect([x >= 1, y >= 1, x + width <= 23, y + height <= 23], `${name} inside the box`).to.deep.equal([true, true, true, true]);
          expect(Math.max(width, height), `${name} fills the box`).to.be.at.least(12);
        }
      } finally {
        probe.remove();
      }
    });
  });
  describe('hardening (issue 13)', () => {
    it('5: an author\'s technique with unknown values shows what is valid, with one located warning, never the previous technique', async () => {
      const warnings = captureWarnings();
      try {
        const el = await card(html`<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>`);
        el.technique = { title: 'X', tool: 'hammer', position: 'upside-down', area: 'elbow', referral: { primary: 5 }, steps: ['Press.', 7], dose: { holdSeconds: 30, reps: 'many' } } as unknown as TechniqueInput;
        await el.updateComplete;
        expect(root(el).querySelector('.title')!.textContent.trim()).to.equal('X');
        expect(root(el).querySelector('.meta'), 'no unknown tool or position').to.equal(null);
        expect([...root(el).querySelectorAll('[part~="steps"] li')].map((li) => li.textContent)).to.deep.equal(['Press.']);
        expect(part(el, 'dose')!.textContent).to.equal('Hold 30 s · once a day');
        // An unknown area is dropped, so every red flag shows (not only those without an area).
        expect(root(el).querySelectorAll('[part~="safety"] li').length).to.equal(redFlagsFor().length);
        expect(warnings.warnings).to.have.length(1);
        expect(warnings.warnings[0]).to.match(/^<knot-technique-card> technique="\[object\]" has problems: tool "hammer" must be one of .*; position "upside-down" must be one of .*; area "elbow" must be one of .*; referral\.primary must be a list; steps\[1\] must be text; dose\.reps must be a whole number from 1 to 20; using 1\.$/);
        el.technique = [] as unknown as TechniqueInput;
        await el.updateComplete;
        expect(part(el, 'error')!.textContent).to.equal('Technique not found.');
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('joins a source and its page with the locale\'s punctuation: "NHS : Stroke" in French', async () => {
      const el = await card(html`<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>`);
      expect(root(el).querySelector('.sources')!.textContent).to.contain('NHS: Stroke');
      await setLocale('fr');
      await el.updateComplete;
      const sources = root(el).querySelector('.sources')!.textContent;
      expect(sources).to.contain('NHS : ');
      expect(sources).not.to.match(/NHS: /);
      await setLocale('en');
    });

    it('compact at 375 px: the started timer keeps its mute button on the row of its other buttons', async () => {
      await setViewport({ width: 375, height: 800 });
      try {
        const el = await card(html`<knot-technique-card compact technique="upper-trapezius-pincer"></knot-technique-card>`);
        part(el, 'start')!.click();
        await el.updateComplete;
        const timer = root(el).querySelector<KnotHoldTimer>('knot-hold-timer')!;
        await timer.updateComplete;
        timer.pause();
        await timer.updateComplete;
        const tops = [...timer.shadowRoot!.querySelectorAll('[part~="controls"] button')].map((b) => Math.round(b.getBoundingClientRect().top));
        expect(tops).to.have.length(4);
        expect(new Set(tops).size, `button tops ${tops.join(', ')}`).to.equal(1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
