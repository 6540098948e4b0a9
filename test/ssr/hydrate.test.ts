// Hydration (issue 12): markup rendered on a server from the built dist/ (test/ssr/render.mjs,
// through the `knot-ssr` command) is taken over by the same built elements in Chromium with
// @lit-labs/ssr-client, every element: the server's nodes are kept (the same nodes, or no
// second drawing of the loading state), then a key press or a click works on them. The
// support module must run before Lit: it is the first import (without it, every test fails).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { KnotBodyMap } from '../../src/components/body-map/body-map.component.js';
import type { KnotHoldTimer } from '../../src/components/hold-timer/hold-timer.component.js';
import type { KnotTechniqueCard, TechniqueInput } from '../../src/components/technique-card/technique-card.component.js';
import type { KnotRoutinePlayer, KnotStepDetail } from '../../src/components/routine-player/routine-player.component.js';
import type { KnotTriggerFinder } from '../../src/components/trigger-finder/trigger-finder.component.js';

/** Loads a built npm entry (dist/, as an app ships it), which defines its element. */
const defineFromDist = (entry: string): Promise<unknown> => import(/* @vite-ignore */ `../../dist/${entry}.js`);

/** Puts a fixture's server markup in the page as a server's HTML would arrive (declarative shadow root parsed). */
async function serverRendered<E extends HTMLElement>(name: string): Promise<E> {
  const markup = await executeServerCommand<string, string>('knot-ssr', name);
  const holder = document.createElement('div');
  holder.style.width = '800px';
  holder.setHTMLUnsafe(markup ?? '');
  document.body.append(holder);
  const el = holder.firstElementChild as E;
  expect(el.shadowRoot, 'declarative shadow root').to.exist;
  return el;
}

/**
 * The elements the browser adds to a shadow root from now on (a hydrating element adds none
 * of what the server drew: it takes the server's nodes over).
 */
function added(root: ShadowRoot): { nodes: Element[]; stop: () => void } {
  const nodes: Element[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) nodes.push(node, ...node.querySelectorAll('*'));
  });
  observer.observe(root, { childList: true, subtree: true });
  return { nodes, stop: () => observer.disconnect() };
}

/** A button in a shadow root by its text. */
const button = (root: ShadowRoot, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Clicks the middle of an element as a pointer would. */
async function click(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

// Lit reports a hydration mismatch by throwing (updateComplete rejects) and a browser logs
// anything else wrong as a console error: every test ends with none.
let consoleErrors: unknown[][] = [];
const consoleError = console.error;
beforeEach(() => {
  consoleErrors = [];
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args);
    consoleError(...args);
  };
});

afterEach(() => {
  console.error = consoleError;
  expect(consoleErrors, 'console errors').to.deep.equal([]);
  for (const holder of document.body.querySelectorAll('div:has(> [class], > knot-body-map, > knot-hold-timer, > knot-technique-card, > knot-routine-player, > knot-trigger-finder)')) holder.remove();
});

describe('hydrating server-rendered knotkit elements', () => {
  it('body map: keeps the server region nodes, named, and a key press and a click work', async () => {
    const el = await serverRendered<KnotBodyMap>('body-map');
    const root = el.shadowRoot!;
    const temple = root.querySelector<SVGPathElement>('[data-view="front"] > [data-region="temple-left"]')!;
    const count = root.querySelectorAll('[data-region]').length;
    expect(temple.getAttribute('aria-pressed')).to.equal('true');
    await defineFromDist('body-map');
    await customElements.whenDefined('knot-body-map');
    await el.updateComplete;
    expect(el.shadowRoot).to.equal(root);
    expect(root.querySelector('[data-view="front"] > [data-region="temple-left"]'), 'the same node').to.equal(temple);
    expect(root.querySelectorAll('[data-region]').length).to.equal(count);
    expect(count).to.be.greaterThan(100);
    // Right after hydrating: every region named, the chosen one pressed, one tab stop.
    expect([...root.querySelectorAll('[data-region]')].filter((p) => !p.getAttribute('aria-label')).length).to.equal(0);
    expect(root.querySelector('[data-view="back"] > [data-region="upper-back-left"]')?.getAttribute('aria-label')).to.equal('Left upper back');
    expect(root.querySelectorAll('[data-region][aria-pressed="true"]').length).to.equal(1);
    expect(root.querySelectorAll('[data-region][tabindex="0"]').length).to.equal(1);
    expect(el.selection).to.deep.equal([{ region: 'temple-left', intensity: 6 }]);

    // The tab stop is the chosen region; Enter on it unchooses it, on the same node.
    expect(temple.getAttribute('tabindex')).to.equal('0');
    temple.focus();
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Enter' });
    await changed;
    await el.updateComplete;
    expect(temple.getAttribute('aria-pressed')).to.equal('false');
    expect(root.querySelector('[data-view="front"] > [data-region="temple-left"]')).to.equal(temple);

    const list = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'List view')!;
    await click(list);
    await el.updateComplete;
    expect(list.getAttribute('aria-expanded')).to.equal('true');
    expect(root.querySelectorAll('[part~="list"] input[type="checkbox"]').length).to.be.greaterThan(100);
  });

  it('hold timer: keeps the server dial, and Start starts it', async () => {
    const el = await serverRendered<KnotHoldTimer>('hold-timer');
    const dial = el.shadowRoot!.querySelector('[part="dial"]');
    await defineFromDist('hold-timer');
    await customElements.whenDefined('knot-hold-timer');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="dial"]'), 'the same node').to.equal(dial);
    const started = oneEvent(el, 'knot-start');
    await click(el.shadowRoot!.querySelector('.primary')!);
    await started;
    await el.updateComplete;
    expect(el.state).to.equal('running');
    expect(el.shadowRoot!.querySelector('.primary .names :not(.ghost)')?.textContent).to.equal('Pause');
    el.pause();
  });

  it('technique card given an object: hydrates its server markup (no mismatch), and Start opens the timer', async () => {
    const technique = (await (await fetch('/test/ssr/technique.json')).json()) as TechniqueInput;
    const el = await serverRendered<KnotTechniqueCard>('technique-card');
    const title = el.shadowRoot!.querySelector('.title');
    const referral = [...el.shadowRoot!.querySelectorAll('[part~="figure"] [data-region][class*="referral"]')];
    expect(referral.length, 'the server drew the referral').to.be.greaterThan(0);
    const errors: unknown[] = [];
    const onError = (event: PromiseRejectionEvent) => errors.push(event.reason);
    addEventListener('unhandledrejection', onError);
    // As a framework's hydrated parent template sets it, before the element upgrades.
    el.technique = technique;
    await defineFromDist('technique-card');
    await customElements.whenDefined('knot-technique-card');
    await el.updateComplete;
    removeEventListener('unhandledrejection', onError);
    expect(errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.title'), 'the same node').to.equal(title);
    // The picture's region paths are the server's, still showing the referral.
    expect([...el.shadowRoot!.querySelectorAll('[part~="figure"] [data-region][class*="referral"]')]).to.deep.equal(referral);
    expect(el.shadowRoot!.querySelector('[part="steps"]')?.textContent).to.contain('Lean into the ball');
    await click(el.shadowRoot!.querySelector('[part="start"]')!);
    await el.updateComplete;
    const timer = el.shadowRoot!.querySelector<KnotHoldTimer>('knot-hold-timer')!;
    expect(timer).to.exist;
    await timer.updateComplete;
    timer.pause();
  });

  it('technique card given a catalog id: keeps the server\'s loading state, then loads the technique, and Start opens the timer', async () => {
    const el = await serverRendered<KnotTechniqueCard>('technique-card-id');
    const root = el.shadowRoot!;
    const loading = root.querySelector('[part~="base"][aria-busy="true"]')!;
    expect(loading.textContent).to.equal('Loading…');
    const drawn = added(root);
    await defineFromDist('technique-card');
    await customElements.whenDefined('knot-technique-card');
    await el.updateComplete; // hydrated, then the technique loaded and shown
    drawn.stop();
    expect(el.shadowRoot).to.equal(root);
    // The browser drew the loaded card, never a loading state of its own: the server's was hydrated.
    expect(drawn.nodes.filter((n) => n.matches('[aria-busy]')), 'a second loading state').to.deep.equal([]);
    expect(loading.isConnected).to.equal(false);
    expect(root.querySelectorAll('[part~="base"]').length).to.equal(1);
    expect(root.querySelector('.title')?.textContent?.trim()).to.equal('Upper trapezius: pincer squeeze');
    expect(root.querySelectorAll('[part="steps"] li').length).to.be.greaterThan(1);
    const started = oneEvent(el, 'knot-start');
    await click(root.querySelector('[part="start"]')!);
    await started;
    const timer = root.querySelector<KnotHoldTimer>('knot-hold-timer')!;
    await timer.updateComplete;
    expect(timer.state).to.equal('running');
    timer.pause();
  });

  it('routine player: keeps the server\'s loading state, then loads the routine, and Start plays its first step', async () => {
    const el = await serverRendered<KnotRoutinePlayer>('routine-player');
    const root = el.shadowRoot!;
    const loading = root.querySelector('[part~="base"][aria-busy="true"]')!;
    expect(loading.textContent).to.equal('Loading…');
    const drawn = added(root);
    await defineFromDist('routine-player');
    await customElements.whenDefined('knot-routine-player');
    await el.updateComplete;
    drawn.stop();
    expect(drawn.nodes.filter((n) => n.matches('[aria-busy]')), 'a second loading state').to.deep.equal([]);
    expect(loading.isConnected).to.equal(false);
    expect(root.querySelectorAll('[part~="step"]').length).to.equal(4);
    const started = oneEvent<CustomEvent<KnotStepDetail>>(el, 'knot-step');
    await click(button(root, 'Start the routine')!);
    expect((await started).detail.index).to.equal(0);
    await el.updateComplete;
    const timer = root.querySelector<KnotHoldTimer>('knot-hold-timer')!;
    await timer.updateComplete;
    expect(timer.state).to.equal('running');
    await click(button(root, 'Pause')!);
    await el.updateComplete;
    expect(timer.state).to.equal('paused');
  });

  it('trigger finder: keeps the server\'s first step (heading, questions, button), and its button goes on to the map', async () => {
    const page = location.pathname + location.search;
    const el = await serverRendered<KnotTriggerFinder>('trigger-finder');
    const root = el.shadowRoot!;
    const heading = root.querySelector('h2')!;
    const boxes = [...root.querySelectorAll('input[type="checkbox"]')];
    const go = button(root, 'None of these: continue')!;
    expect(heading.textContent).to.equal('First, check the warning signs');
    expect(boxes.length).to.be.greaterThan(10);
    const drawn = added(root);
    await defineFromDist('trigger-finder');
    await customElements.whenDefined('knot-trigger-finder');
    await el.updateComplete;
    drawn.stop();
    expect(drawn.nodes, 'nothing drawn again').to.deep.equal([]);
    expect(root.querySelector('h2'), 'the same heading').to.equal(heading);
    expect([...root.querySelectorAll('input[type="checkbox"]')], 'the same questions').to.deep.equal(boxes);
    expect(button(root, 'None of these: continue'), 'the same button').to.equal(go);
    try {
      // A question ticked and unticked on the server's own checkbox, then on to the map.
      await click(boxes[0]);
      await el.updateComplete;
      expect((boxes[0] as HTMLInputElement).checked).to.equal(true);
      expect(button(root, 'See what to do')).to.exist;
      await click(boxes[0]);
      await el.updateComplete;
      const screened = oneEvent(el, 'knot-finder-screen');
      await click(button(root, 'None of these: continue')!);
      expect((await screened).detail).to.deep.equal({ passed: true, flags: [] });
      await el.updateComplete;
      expect(root.querySelector('h2')?.textContent).to.equal('Where does it hurt?');
      expect(deepActive()).to.equal(root.querySelector('h2'));
      expect(location.hash).to.equal('#finder=map');
      const map = root.querySelector('knot-body-map')!;
      await (map as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(map.shadowRoot!.querySelectorAll('[data-region]').length).to.be.greaterThan(20);
    } finally {
      history.replaceState(null, '', page);
      sessionStorage.clear();
    }
  });
});
