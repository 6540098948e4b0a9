import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/trigger-finder/trigger-finder.js';
import type { KnotFinderResultDetail, KnotFinderScreenDetail, KnotRoutineBuiltDetail, KnotTriggerFinder } from '../../src/components/trigger-finder/trigger-finder.js';
import type { KnotRoutinePlayer } from '../../src/components/routine-player/routine-player.js';
import type { KeyValueStorage } from '../../src/core/storage.js';
import { validateRoutine } from '../../src/core/routine-format.js';
import { findMuscles } from '../../src/core/finder.js';
import { FINDER_MUSCLES } from '../../src/data/muscles/finder-index.js';
import { TECHNIQUE_IDS } from '../../src/data/muscles/technique-ids.js';
import { REGION_IDS } from '../../src/data/region-list.js';
import { RED_FLAGS } from '../../src/data/safety.js';
import { captureWarnings } from '../helpers/fakes.js';
import { setLocale } from '../../src/i18n/localization.js';
import type { KnotTechniqueCard } from '../../src/components/technique-card/technique-card.js';

class MapStorage implements KeyValueStorage {
  map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
}

const PAGE = location.pathname + location.search;
const setHash = (hash: string) => history.replaceState(null, '', `${PAGE}${hash}`);

/** A finder with its own storages; `screened`: the warning signs were answered in this tab. */
async function finder(options: { hash?: string; screened?: boolean; attrs?: Record<string, string>; storage?: MapStorage } = {}) {
  setHash(options.hash ?? '');
  const session = new MapStorage();
  if (options.screened) session.setItem('knotkit:finder:screened', 'true');
  const storage = options.storage ?? new MapStorage();
  const el = document.createElement('knot-trigger-finder');
  for (const [k, v] of Object.entries(options.attrs ?? {})) el.setAttribute(k, v);
  el.storage = storage;
  el.sessionStorage = session;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return { el, session, storage };
}

const root = (el: KnotTriggerFinder) => el.shadowRoot!;
const heading = (el: KnotTriggerFinder) => root(el).querySelector('h2')!.textContent.trim();
const status = (el: KnotTriggerFinder) => root(el).querySelector('[role="status"]')!.textContent.trim();
const button = (el: KnotTriggerFinder, name: string) => [...root(el).querySelectorAll('button')].find((b) => b.textContent.trim() === name);
const text = (el: KnotTriggerFinder) => root(el).querySelector('.base')!.textContent.replace(/\s+/g, ' ');

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until the focused element matches (as a keyboard user would), at most `max` times. */
async function tabTo(match: (el: Element) => boolean, max = 80): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (active && match(active)) return active;
  }
  throw new Error('never reached by Tab');
}
const named = (name: string) => (el: Element) => el.textContent?.trim() === name;

/** Counts what the status region says, one entry per change. */
function listen(el: KnotTriggerFinder) {
  const said: string[] = [];
  const region = root(el).querySelector('[role="status"]')!;
  const observer = new MutationObserver(() => {
    const t = region.textContent.trim();
    if (t && t !== said.at(-1)) said.push(t);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { said, stop: () => observer.disconnect() };
}

/** Waits for the history change the finder listens to, then its render. */
async function historyMove(el: KnotTriggerFinder, move: () => void) {
  const moved = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
  move();
  await moved;
  await el.updateComplete;
}

describe('<knot-trigger-finder>', () => {
  afterEach(async () => {
    setHash('');
    await setLocale('en');
    await setViewport({ width: 800, height: 600 });
  });

  it('starts with the warning signs, accessibly, without taking focus from the page', async () => {
    const { el } = await finder();
    await expect(el).to.be.accessible();
    expect(heading(el)).to.equal('First, check the warning signs');
    expect(text(el)).to.include('Step 1 of 5');
    for (const urgency of ['Call your local emergency number now', 'See a doctor today', 'See a doctor in the next few days']) expect(text(el)).to.include(`If yes: ${urgency}`);
    // Every red flag is a question but the nerve one (it comes back with tingling or numbness on the map).
    expect(root(el).querySelectorAll('input[type="checkbox"]').length).to.equal(RED_FLAGS.length - 1);
    expect(deepActive()).not.to.equal(root(el).querySelector('h2'));
    expect(status(el)).to.equal('');
    expect(location.hash).to.equal('');
  });

  it('a "yes" ends on what to do, how urgently, with sources and no self-care', async () => {
    const { el } = await finder();
    const chest = [...root(el).querySelectorAll('label')].find((l) => l.textContent.includes('Chest pain'))!;
    const soon = [...root(el).querySelectorAll('label')].find((l) => l.textContent.includes('Pain at night'))!;
    soon.querySelector('input')!.focus();
    await sendKeys({ press: 'Space' });
    chest.querySelector('input')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button(el, 'None of these: continue')).to.equal(undefined);
    const said = listen(el);
    const screened = oneEvent<CustomEvent<KnotFinderScreenDetail>>(el, 'knot-finder-screen');
    await tabTo(named('See what to do'));
    await sendKeys({ press: 'Enter' });
    expect((await screened).detail).to.deep.equal({ passed: false, flags: ['chest', 'night-pain'] });
    await el.updateComplete;
    expect(heading(el)).to.equal('Please do not self-treat: get help');
    expect(deepActive()).to.equal(root(el).querySelector('h2'));
    // The most urgent first and loudest; each sign with its urgency and its pages.
    expect(root(el).querySelector('.urgent')!.textContent.trim()).to.equal('Call your local emergency number now.');
    expect(text(el)).to.include('See a doctor in the next few days: Pain at night');
    expect(text(el)).to.include('NHS: “Heart attack”');
    expect(text(el)).to.include('NICE CKS: “Back pain - low (without radiculopathy)”');
    expect(text(el)).not.to.include('Step ');
    expect(root(el).querySelector('knot-body-map, knot-technique-card')).to.equal(null);
    expect(button(el, 'Find the muscles')).to.equal(undefined);
    expect(location.hash).to.equal('#finder=stop&f=chest,night-pain');
    expect(said.said).to.deep.equal(['Please get help: see below']);
    await expect(el).to.be.accessible();
  });

  it('goes keyboard-only from the first question to a playing routine, focus on each heading, briefly announced', async () => {
    const { el, session } = await finder({ attrs: { regions: 'temple-left' } });
    const said = listen(el);
    const screened = oneEvent<CustomEvent<KnotFinderScreenDetail>>(el, 'knot-finder-screen');
    // Every question passes under Tab before the way on.
    await tabTo(named('None of these: continue'));
    await sendKeys({ press: 'Enter' });
    expect((await screened).detail).to.deep.equal({ passed: true, flags: [] });
    expect(session.getItem('knotkit:finder:screened')).to.equal('true');
    await el.updateComplete;
    expect(heading(el)).to.equal('Where does it hurt?');
    expect(deepActive()).to.equal(root(el).querySelector('h2'));
    expect(location.hash).to.equal('#finder=map&r=temple-left.5');
    await expect(el).to.be.accessible();

    // Into the map: the roving tab stop is on the preset temple; move to a neighbour and choose it.
    const region = await tabTo((a) => a.hasAttribute('data-region'));
    expect(region.getAttribute('data-region')).to.equal('temple-left');
    await sendKeys({ press: 'ArrowDown' });
    const other = deepActive()!.getAttribute('data-region')!;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.state.selection.map((s) => s.region)).to.deep.equal(['temple-left', other]);
    expect(location.hash).to.equal(`#finder=map&r=temple-left.5,${other}.5`);

    const result = oneEvent<CustomEvent<KnotFinderResultDetail>>(el, 'knot-finder-result');
    await tabTo(named('Find the muscles'));
    await sendKeys({ press: 'Enter' });
    const { candidates } = (await result).detail;
    await el.updateComplete;
    expect(heading(el)).to.equal('Likely muscles');
    expect(deepActive()).to.equal(root(el).querySelector('h2'));
    expect(root(el).querySelectorAll('[part~="candidate"]').length).to.equal(Math.min(5, candidates.length));
    expect(text(el)).to.include('Temporalis, left side');
    expect(text(el)).to.include('Its trigger points lie where it hurts: left temple.');
    await expect(el).to.be.accessible();

    // Choose the first muscle with Space, then on.
    await tabTo((a) => a.matches('.candidate input'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.state.muscles).to.deep.equal([`${candidates[0].muscle.id}.${candidates[0].side}`]);
    await tabTo(named('Show how to release them'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('How to release them');
    expect(deepActive()).to.equal(root(el).querySelector('h2'));
    expect(root(el).querySelectorAll('knot-technique-card').length).to.be.greaterThan(0);
    expect(el.state.techniques.length).to.equal(1);
    await expect(el).to.be.accessible();

    const built = oneEvent<CustomEvent<KnotRoutineBuiltDetail>>(el, 'knot-routine-built');
    await tabTo(named('Build my routine'), 200);
    await sendKeys({ press: 'Enter' });
    const { routine } = (await built).detail;
    await el.updateComplete;
    expect(validateRoutine(routine, TECHNIQUE_IDS).problems).to.deep.equal([]);
    expect(heading(el)).to.equal('Your routine');
    expect(deepActive()).to.equal(root(el).querySelector('h2'));
    const player = root(el).querySelector<KnotRoutinePlayer>('knot-routine-player')!;
    await player.updateComplete;
    expect(player.current?.steps).to.deep.equal(routine.steps);
    await expect(el).to.be.accessible();

    await tabTo(named('Start the routine'));
    await sendKeys({ press: 'Enter' });
    await player.updateComplete;
    expect(player.snapshot).not.to.equal(null);
    player.pause();

    // One short message per step, nothing else.
    expect(said.said).to.have.length(4);
    expect(said.said[0]).to.equal('Step 2 of 5');
    expect(said.said[1]).to.match(/^Step 3 of 5\. \d+ likely muscles\.$/);
    expect(said.said[2]).to.equal('Step 4 of 5. Its first technique is ticked for your routine.');
    expect(said.said[3]).to.match(/^Step 5 of 5\. 1 step, .+ in total\.$/);
  });

  it('back and forward move between steps; a reload restores; a shared link asks the warning signs first', async () => {
    history.pushState(null, '', PAGE);
    const hash = '#finder=map&r=temple-left.7,jaw-left.4';
    const { el } = await finder({ hash, screened: true });
    expect(heading(el)).to.equal('Where does it hurt?');
    expect(deepActive()).not.to.equal(root(el).querySelector('h2')); // a page load takes no focus
    button(el, 'Find the muscles')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Likely muscles');
    expect(location.hash).to.equal('#finder=muscles&r=temple-left.7,jaw-left.4');
    await historyMove(el, () => history.back());
    expect(heading(el)).to.equal('Where does it hurt?');
    expect(deepActive()).to.equal(root(el).querySelector('h2'));
    await historyMove(el, () => history.forward());
    expect(heading(el)).to.equal('Likely muscles');
    expect(el.state.selection).to.deep.equal([
      { region: 'temple-left', intensity: 7 },
      { region: 'jaw-left', intensity: 4 },
    ]);

    // The same link in a new tab: the warning signs first, then where it pointed.
    const shared = await finder({ hash: '#finder=muscles&r=temple-left.7,jaw-left.4' });
    expect(heading(shared.el)).to.equal('First, check the warning signs');
    button(shared.el, 'None of these: continue')!.click();
    await shared.el.updateComplete;
    expect(heading(shared.el)).to.equal('Likely muscles');
  });

  it('in-page Back goes back in history, a shared link adds no second entry, Back from "get help" keeps the answers', async () => {
    // A fresh entry: nothing ahead of it in this page's history.
    history.pushState(null, '', PAGE);
    const { el } = await finder({ hash: '#finder=muscles&r=temple-left.7&m=temporalis.left', screened: true });
    const start = history.length;
    await tabTo((a) => a.getRootNode() === root(el) && named('Show how to release them')(a));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('How to release them');
    expect(history.length).to.equal(start + 1);
    const chosen = el.state.techniques;
    // In-page Back: the entry before, not a new one; Forward then comes back to the cards.
    await tabTo((a) => a.getRootNode() === root(el) && named('Back')(a), 200);
    await historyMove(el, () => void sendKeys({ press: 'Enter' }));
    expect(heading(el)).to.equal('Likely muscles');
    expect(deepActive()).to.equal(root(el).querySelector('h2'));
    expect(history.length).to.equal(start + 1);
    expect(el.state.techniques).to.deep.equal(chosen);
    await historyMove(el, () => history.forward());
    expect(heading(el)).to.equal('How to release them');
    await historyMove(el, () => button(el, 'Back')!.click());
    expect(heading(el)).to.equal('Likely muscles');
    // The muscles were opened from a link: no step before them here, so Back replaces this entry.
    button(el, 'Back')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Where does it hurt?');
    expect(location.hash).to.equal('#finder=map&r=temple-left.7&m=temporalis.left&t=temporalis-fingers');
    expect(history.length).to.equal(start + 1);
    await historyMove(el, () => history.forward());
    expect(heading(el)).to.equal('How to release them');

    // A shared link in a new tab: the warning signs, then where it pointed, in the same entry.
    history.pushState(null, '', PAGE);
    const hash = '#finder=muscles&r=temple-left.7,jaw-left.4';
    const shared = await finder({ hash });
    const length = history.length;
    await tabTo((a) => a.getRootNode() === root(shared.el) && named('None of these: continue')(a));
    await sendKeys({ press: 'Enter' });
    await shared.el.updateComplete;
    expect(heading(shared.el)).to.equal('Likely muscles');
    expect(location.hash).to.equal(hash);
    expect(history.length).to.equal(length);
  });

  it('keeps the ticked answers when the reader comes back from "get help"', async () => {
    history.pushState(null, '', PAGE);
    const { el } = await finder();
    const box = (text: string) => [...root(el).querySelectorAll('label')].find((l) => l.textContent.includes(text))!.querySelector('input')!;
    const ticked = () => [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((i) => i.checked).length;
    box('Chest pain').focus();
    await sendKeys({ press: 'Space' });
    box('Pain at night').focus();
    await sendKeys({ press: 'Space' });
    await tabTo((a) => a.getRootNode() === root(el) && named('See what to do')(a));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Please do not self-treat: get help');
    // Browser Back.
    await historyMove(el, () => history.back());
    expect(heading(el)).to.equal('First, check the warning signs');
    expect(ticked()).to.equal(2);
    expect(box('Chest pain').checked && box('Pain at night').checked).to.equal(true);
    // Forward, then "Change my answers": the same.
    await historyMove(el, () => history.forward());
    expect(heading(el)).to.equal('Please do not self-treat: get help');
    const length = history.length;
    await tabTo((a) => a.getRootNode() === root(el) && named('Change my answers')(a));
    await historyMove(el, () => void sendKeys({ press: 'Enter' }));
    expect(heading(el)).to.equal('First, check the warning signs');
    expect(ticked()).to.equal(2);
    expect(history.length).to.equal(length);
    // Untick one, then on: only the other is reported.
    box('Chest pain').focus();
    await sendKeys({ press: 'Space' });
    const screened = oneEvent<CustomEvent<KnotFinderScreenDetail>>(el, 'knot-finder-screen');
    button(el, 'See what to do')!.click();
    expect((await screened).detail.flags).to.deep.equal(['night-pain']);
  });

  it('reads a hostile hash without harm', async () => {
    const { el } = await finder({ hash: '#finder=routine&r=<img src=x onerror=alert(1)>.9,temple-left.99&t=../../x&m=nope.left', screened: true });
    expect(heading(el)).to.equal('Likely muscles');
    expect(el.state.selection).to.deep.equal([{ region: 'temple-left', intensity: 10 }]);
    expect(root(el).querySelector('img')).to.equal(null);
  });

  /** Ticks a symptom in the map's panel with the keyboard, as a reader does. */
  async function tickSymptom(el: KnotTriggerFinder, name: string) {
    const box = await tabTo((a) => a.matches('input[type="checkbox"]') && !!a.closest('label')?.textContent.includes(name));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    return box;
  }
  const warningText = (el: KnotTriggerFinder, kind = '') => [...root(el).querySelectorAll(`[part~="warning"]${kind}`)].map((w) => w.textContent.replace(/\s+/g, ' ')).join(' | ');

  it('brings back the stroke signs for tingling or numbness in the face, said once', async () => {
    const { el } = await finder({ hash: '#finder=map&r=temple-left.6', screened: true });
    expect(root(el).querySelector('[part~="warning"]')).to.equal(null);
    const said = listen(el);
    const box = await tickSymptom(el, 'Tingling');
    expect(el.state.selection).to.deep.equal([{ region: 'temple-left', intensity: 6, symptoms: ['tingling'] }]);
    const warning = warningText(el);
    expect(warning).to.include('Call your local emergency number now: A face that droops on one side');
    expect(warning).to.include('NHS: “Stroke”');
    expect(warning).not.to.include('in an arm or leg');
    expect(deepActive()).to.equal(box);
    // Numb as well: the same warning, not said again.
    await tickSymptom(el, 'Numb');
    expect(said.said).to.deep.equal(['Warning added below. Call your local emergency number now.']);
    await expect(el).to.be.accessible();
  });

  it('brings back the nerve sign for tingling or numbness in a limb', async () => {
    const { el } = await finder({ hash: '#finder=map&r=forearm-front-left.6', screened: true });
    const said = listen(el);
    await tickSymptom(el, 'Numb');
    const warning = warningText(el);
    expect(warning).to.include('See a doctor in the next few days: New numbness, pins and needles or burning pain in an arm or leg.');
    expect(warning).to.include('NICE CKS: “Sciatica (lumbar radiculopathy)”');
    expect(warning).not.to.include('face that droops');
    expect(said.said).to.deep.equal(['Warning added below. See a doctor in the next few days.']);
    // The same sign stays with the reader up to the routine.
    const cards = await finder({ hash: '#finder=cards&r=forearm-front-left.6.numb&m=wrist-finger-flexors.left', screened: true });
    expect(warningText(cards.el, '.nerve')).to.include('in an arm or leg');
  });

  it('brings back the warning signs of the areas marked above the muscles', async () => {
    const { el } = await finder({ hash: '#finder=muscles&r=chest-left.6', screened: true });
    const warning = root(el).querySelector('[part~="warning"]')!;
    expect(warning.textContent).to.include('Call your local emergency number now: Chest pain or a heavy, tight pressure');
    expect(warning.textContent).not.to.include('face that droops');
    expect(warning.compareDocumentPosition(root(el).querySelector('[part~="candidates"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    const belly = await finder({ hash: '#finder=muscles&r=upper-abdomen-left.6', screened: true });
    expect(warningText(belly.el)).to.include('Sudden, severe pain in the belly or back');
  });

  it('says so honestly when no muscle matches', async () => {
    const lonely = REGION_IDS.find((r) => findMuscles([{ region: r }], FINDER_MUSCLES).length === 0);
    if (!lonely) return void expect(REGION_IDS.length).to.be.greaterThan(0); // every region is covered
    const { el } = await finder({ hash: `#finder=muscles&r=${lonely}.5`, screened: true });
    expect(heading(el)).to.equal('No likely muscle found');
    expect(text(el)).to.include('See a doctor or physiotherapist if the pain is new');
    expect(button(el, 'Change the areas')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows the pattern of the muscle pointed at or focused, and more muscles on request', async () => {
    const { el } = await finder({ hash: '#finder=muscles&r=low-back-left.8,buttock-left.5', screened: true, attrs: { 'max-results': '3' } });
    const items = () => root(el).querySelectorAll<HTMLElement>('[part~="candidate"]');
    expect(items().length).to.equal(3);
    const map = () => root(el).querySelector('knot-body-map')!;
    const before = JSON.stringify(map().highlight);
    items()[1].querySelector('input')!.focus();
    await el.updateComplete;
    expect(JSON.stringify(map().highlight)).not.to.equal(before);
    expect(items()[1].classList.contains('pointed')).to.equal(true);
    const box = items()[2].getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 5), Math.round(box.y + 5)] });
    await el.updateComplete;
    expect(items()[2].classList.contains('pointed')).to.equal(true);
    [...root(el).querySelectorAll('button')].find((b) => b.textContent.startsWith('Show more'))!.click();
    await el.updateComplete;
    expect(items().length).to.equal(6);
    expect(deepActive()).to.equal(items()[3].querySelector('input'));
    expect(status(el)).to.equal('3 more muscles shown.');
  });

  it('asks for an area, a muscle, a technique before moving on, said once (the alert, not the status too)', async () => {
    for (const [hash, action, problem] of [
      ['#finder=map', 'Find the muscles', 'Choose at least one area where it hurts.'],
      ['#finder=muscles&r=temple-left.5', 'Show how to release them', 'Choose at least one muscle.'],
    ]) {
      const { el } = await finder({ hash, screened: true });
      const said = listen(el);
      const heard = () => [...root(el).querySelectorAll('[role="alert"], [role="status"], [aria-live]')].map((r) => r.textContent.trim()).filter(Boolean);
      const before = heading(el);
      await tabTo((a) => a.getRootNode() === root(el) && named(action)(a));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(heard()).to.deep.equal([problem]);
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal(problem);
      expect(said.said).to.deep.equal([]);
      expect(heading(el)).to.equal(before);
      expect(deepActive()!.textContent.trim()).to.equal(action);
    }
  });

  it('shows each technique in full on the cards: steps, tool, position, ask-first and cautions, headings in order', async () => {
    const { el } = await finder({ hash: '#finder=cards&r=top-of-shoulder-left.6&m=upper-trapezius.left', screened: true });
    expect(root(el).querySelector('section.muscle h3')!.textContent.trim()).to.equal('Upper trapezius, left side');
    const cards = [...root(el).querySelectorAll<KnotTechniqueCard>('knot-technique-card')];
    expect(cards.length).to.be.greaterThan(0);
    for (const card of cards) {
      await card.updateComplete;
      const shadow = card.shadowRoot!;
      expect(card.hasAttribute('compact')).to.equal(false);
      const steps = [...shadow.querySelectorAll('[part~="steps"] li')];
      expect(steps.length).to.be.at.least(3);
      expect(steps.every((li) => li.checkVisibility())).to.equal(true);
      expect(shadow.querySelector('.meta')!.textContent.trim()).not.to.equal('');
      const cautions = shadow.querySelector('[part~="cautions"]')!;
      expect(cautions.checkVisibility()).to.equal(true);
      const ask = shadow.querySelector('[part~="ask-first"]');
      if (ask) expect(ask.checkVisibility()).to.equal(true);
      expect(shadow.querySelector('details.compact-safety')).to.equal(null);
      // The finder's h2, the muscle's h3, the card's title 4 and its sections 5.
      expect(shadow.querySelector('.title[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
      expect([...shadow.querySelectorAll('.subheading[role="heading"]')].every((h) => h.getAttribute('aria-level') === '5')).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });

  it('says which areas a muscle explains in a sentence, and "1 more muscle" in the singular', async () => {
    const one = await finder({ hash: '#finder=muscles&r=temple-left.7', screened: true });
    const explains = () => [...root(one.el).querySelectorAll('.explains')].map((p) => p.textContent.trim());
    expect(explains()[0]).to.equal('Explains the pain in your left temple.');
    const two = await finder({ hash: '#finder=muscles&r=temple-left.7,heel-left.3', screened: true });
    const texts = [...root(two.el).querySelectorAll('.explains')].map((p) => p.textContent.trim());
    expect(texts).to.include('Explains one of your 2 areas: your left temple.');
    expect(texts.join(' ')).not.to.match(/ of your 1 area|\bLeft\b/);
    // Exactly one more to show: the singular.
    const selection = [{ region: 'jaw-left' as const }];
    const count = findMuscles(selection, FINDER_MUSCLES).length;
    const { el } = await finder({ hash: '#finder=muscles&r=jaw-left.5', screened: true, attrs: { 'max-results': String(count - 1) } });
    const said = listen(el);
    await tabTo((a) => a.getRootNode() === root(el) && !!a.textContent?.trim().startsWith('Show more'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(said.said).to.deep.equal(['1 more muscle shown.']);
  });

  it('names the muscle the map shows, for everyone', async () => {
    const { el } = await finder({ hash: '#finder=muscles&r=low-back-left.8,buttock-left.5', screened: true });
    const caption = () => root(el).querySelector('figure figcaption')!;
    const names = [...root(el).querySelectorAll('.candidate .name')].map((n) => n.textContent.trim());
    expect(caption().textContent.trim()).to.equal(`On the map: ${names[0]}`);
    expect(caption().closest('[aria-hidden="true"]')).to.equal(null);
    expect(caption().parentElement!.querySelector('knot-body-map')).to.exist;
    await tabTo((a) => a.getRootNode() === root(el) && a.matches('.candidate input'));
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(caption().textContent.trim()).to.equal(`On the map: ${names[1]}`);
  });

  it('shows the routine once: its own title, the total time once', async () => {
    const { el } = await finder({ hash: '#finder=routine&r=jaw-left.6&m=masseter.left&t=masseter-fingers', screened: true });
    const player = root(el).querySelector<KnotRoutinePlayer>('knot-routine-player')!;
    await player.updateComplete;
    expect(el.routine!.title).to.equal('Self-care for: left jaw');
    const title = player.shadowRoot!.querySelector('.title[role="heading"]')!;
    expect(title.textContent.trim()).not.to.equal(heading(el));
    expect(title.getAttribute('aria-level'), 'the player’s title sits under the finder’s step heading').to.equal('3');
    const visible = root(el).querySelector('[part~="routine"]')!.textContent;
    expect(visible).not.to.match(/in total/);
    expect(player.shadowRoot!.textContent.match(/Total time/g)).to.have.length(1);
  });

  it('quotes cited pages as the reader\'s language does, their English titles marked English', async () => {
    await setLocale('de');
    const { el } = await finder({ hash: '#finder=stop&f=stroke', screened: true });
    const sources = root(el).querySelector('.sources')!;
    expect(sources.textContent.replace(/\s+/g, ' ')).to.include('NHS: „Stroke“');
    expect(sources.querySelector('[lang="en"]')!.textContent).to.equal('Stroke');
    await setLocale('fr');
    await el.updateComplete;
    expect(sources.textContent).to.include('«\u00a0Stroke\u00a0»');
  });

  it('warns once about bad attributes and a skipped screen', async () => {
    const captured = captureWarnings();
    try {
      const { el } = await finder({ attrs: { 'max-results': 'lots', regions: 'temple-left elbow', 'skip-screen': '' } });
      expect(heading(el)).to.equal('Where does it hurt?');
      expect(el.state.selection).to.deep.equal([{ region: 'temple-left', intensity: 5 }]);
      expect(captured.warnings.filter((w) => w.startsWith('<knot-trigger-finder>'))).to.deep.equal([
        '<knot-trigger-finder> max-results="lots" must be a whole number from 1 to 20; using 5.',
        '<knot-trigger-finder> skip-screen="" skips the warning signs: use it only where a clinician leads the reader.',
        '<knot-trigger-finder> regions="temple-left elbow" has unknown region ids elbow.',
      ]);
    } finally {
      captured.restore();
    }
  });

  it('keeps the last result with persist', async () => {
    const storage = new MapStorage();
    const { el } = await finder({ hash: '#finder=muscles&r=heel-left.6&m=soleus.left', screened: true, attrs: { persist: '' }, storage });
    await el.updateComplete;
    expect(storage.getItem('knotkit:finder:f1')).to.equal(JSON.stringify('finder=map&r=heel-left.6&m=soleus.left'));
    const again = await finder({ attrs: { persist: '' }, storage });
    expect(heading(again.el)).to.equal('First, check the warning signs');
    expect(again.el.state.selection).to.deep.equal([{ region: 'heel-left', intensity: 6 }]);
    expect(again.el.state.muscles).to.deep.equal(['soleus.left']);
  });

  it('offers the routine as a download and as an embed snippet', async () => {
    const { el } = await finder({ hash: '#finder=routine&r=jaw-left.6&m=masseter.left&t=masseter-fingers', screened: true });
    await el.updateComplete;
    const link = root(el).querySelector<HTMLAnchorElement>('a[download]')!;
    expect(link.href).to.match(/^blob:/);
    const json = await (await fetch(link.href)).text();
    expect(JSON.parse(json)).to.deep.equal(JSON.parse(JSON.stringify(el.routine)));
    const snippet = root(el).querySelector('textarea')!.value;
    expect(snippet).to.include('<knot-routine-player>');
    expect(snippet).to.include('"technique": "masseter-fingers"');
    button(el, 'Copy the embed code')!.click();
    await el.updateComplete;
    expect(['Embed code copied.', 'Copying is blocked here: select the code below and copy it.']).to.include(status(el));
  });

  it('never breaks the map\'s and the player\'s words letter by letter at 320 px', async () => {
    /** How many lines the element's text takes (its box over its line height). */
    const lines = (el: Element) => {
      const style = getComputedStyle(el);
      const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.3;
      return el.getBoundingClientRect().height / lineHeight;
    };
    const inside = async (host: Element | null, selector: string) => {
      expect(host, selector).to.exist;
      await (host as KnotRoutinePlayer).updateComplete;
      return [...host!.shadowRoot!.querySelectorAll(selector)];
    };
    for (const width of [320, 900]) {
      await setViewport({ width, height: 800 });
      const { el } = await finder({ hash: '#finder=muscles&r=temple-left.7,jaw-left.5', screened: true });
      const captions = await inside(root(el).querySelector('knot-body-map'), '[part~="side-label"]');
      expect(captions.length, `${width}`).to.be.greaterThan(0);
      for (const c of captions) expect(lines(c), `${width} px: "${c.textContent}"`).to.be.below(2.5);
    }
    await setViewport({ width: 320, height: 800 });
    const map = await finder({ hash: '#finder=map&r=temple-left.7', screened: true });
    const [intensity] = (await inside(root(map.el).querySelector('knot-body-map'), '[part~="panel"] label span')).filter((s) => s.textContent.trim() === 'Intensity');
    expect(lines(intensity)).to.be.below(1.5);
    const { el } = await finder({ hash: '#finder=routine&r=temple-left.7,jaw-left.5&m=temporalis.left,upper-trapezius.left&t=temporalis-fingers,upper-trapezius-pincer', screened: true });
    const names = await inside(root(el).querySelector('knot-routine-player'), '.name');
    expect(names.length).to.equal(2);
    for (const n of names) expect(lines(n), n.textContent).to.be.below(5);
    expect(el.getBoundingClientRect().height).to.be.below(4000);
  });

  it('fits a 320 px screen', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const hash of ['', '#finder=muscles&r=temple-left.7,jaw-left.4']) {
      const { el } = await finder({ hash, screened: true });
      const base = root(el).querySelector<HTMLElement>('.base')!;
      expect(base.scrollWidth, hash).to.be.at.most(base.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    }
  });
});
