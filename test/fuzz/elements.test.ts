import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/hold-timer/hold-timer.js';
import '../../src/components/technique-card/technique-card.js';
import '../../src/components/routine-player/routine-player.js';
import '../../src/components/body-map/body-map.js';
import type { KnotHoldTimer } from '../../src/components/hold-timer/hold-timer.js';
import type { KnotTechniqueCard } from '../../src/components/technique-card/technique-card.js';
import type { KnotRoutinePlayer } from '../../src/components/routine-player/routine-player.js';
import type { KnotBodyMap } from '../../src/components/body-map/body-map.js';
import { builtInRoutine } from '../../src/data/routines.js';
import { loadTechnique } from '../../src/data/catalog.js';
import { ManualClock, ManualScheduler } from '../helpers/manual-time.js';
import { fakeAudio, fakeSpeechAndVibration, fakeWakeLock } from '../helpers/fakes.js';
import { apply, assignment, catchEscapes, hostileValue, muteWarnings, type Assignment } from './fuzz-helpers.js';

/**
 * Issue 13: ≥ 1,000 seeded random assignments per element (any value a page or a framework
 * can hand it, attribute removals, and for the timer and the player their methods in any
 * order) → nothing escapes into the page, and good values bring back a sensible view.
 */

const SEED = 13;
const RUNS = 100;
const PER_RUN = 10;

type Step = Assignment | { kind: 'call'; name: string; arg: number };

interface Spec<E extends HTMLElement> {
  tag: string;
  properties: string[];
  attributes: string[];
  strings?: string[];
  /** Values shaped like the real thing, with hostile parts (an author's technique object). */
  shaped?: fc.Arbitrary<unknown>;
  calls?: string[];
  /** Puts the element's injected time (and anything else a test gives it) in place. */
  prepare?(el: E): void;
  /** Good values, then what a person should see. */
  recover(el: E): Promise<void>;
}

const root = (el: HTMLElement) => el.shadowRoot!;

const timer: Spec<KnotHoldTimer> = {
  tag: 'knot-hold-timer',
  properties: ['duration', 'strokes', 'prepare', 'reps', 'rest', 'sides', 'switchDuration', 'label', 'autostart', 'cues', 'noWakeLock', 'compact'],
  attributes: ['duration', 'strokes', 'prepare', 'reps', 'rest', 'sides', 'switch-duration', 'label', 'autostart', 'cues', 'no-wake-lock', 'compact'],
  strings: ['both', 'left', 'beep voice', 'vibrate', '30', '600', '601'],
  calls: ['start', 'pause', 'resume', 'reset', 'skip'],
  prepare(el) {
    el.clock = new ManualClock(5_000);
    el.scheduler = new ManualScheduler();
  },
  async recover(el) {
    el.reset();
    Object.assign(el, { duration: 45, strokes: 0, prepare: 5, reps: 1, rest: 15, sides: 'none', switchDuration: 10, label: 'Upper trapezius', cues: 'beep', compact: false });
    await el.updateComplete;
    expect(root(el).querySelector('[part~="label"]')?.textContent).to.equal('Upper trapezius');
    expect(root(el).querySelector('[part~="time"]')?.textContent).to.equal('0:45');
    expect(root(el).querySelector('[part~="phase"]')?.textContent).to.equal('Ready');
  },
};

const card: Spec<KnotTechniqueCard> = {
  tag: 'knot-technique-card',
  properties: ['technique', 'compact', 'headingLevel', 'noFigure'],
  attributes: ['technique', 'compact', 'heading-level', 'no-figure'],
  strings: ['upper-trapezius-pincer', 'levator-scapulae-ball', 'masseter-fingers', 'upper-trapezius'],
  shaped: fc.record(
    {
      id: hostileValue(),
      title: fc.oneof(fc.string({ maxLength: 20 }), hostileValue()),
      muscleName: hostileValue(),
      tool: hostileValue(['ball', 'hammer', 'pincer']),
      position: hostileValue(['standing', 'lying', 'upside-down']),
      steps: fc.oneof(fc.array(hostileValue(), { maxLength: 3 }), hostileValue()),
      dose: fc.oneof(fc.record({ holdSeconds: hostileValue(), reps: hostileValue(), sides: hostileValue(['each', 'one']), kind: hostileValue(['strokes', 'hold']), strokes: hostileValue() }, { requiredKeys: [] }), hostileValue()),
      feel: hostileValue(),
      cautions: fc.oneof(fc.array(hostileValue(), { maxLength: 3 }), hostileValue()),
      askFirst: fc.oneof(fc.array(hostileValue(['pregnancy', 'osteoporosis']), { maxLength: 3 }), hostileValue()),
      area: hostileValue(['neck', 'low-back']),
      source: fc.oneof(fc.record({ title: hostileValue(), detail: hostileValue() }, { requiredKeys: [] }), hostileValue()),
      triggerPoints: fc.oneof(fc.array(fc.record({ region: hostileValue(['jaw-left', 'temple-right']), view: hostileValue(['front', 'back']), x: hostileValue(), y: hostileValue() }, { requiredKeys: [] }), { maxLength: 2 }), hostileValue()),
      referral: fc.oneof(fc.record({ primary: fc.oneof(fc.array(hostileValue(['jaw-left', 'nowhere'])), hostileValue()), secondary: hostileValue() }, { requiredKeys: [] }), hostileValue()),
    },
    { requiredKeys: [] },
  ),
  async recover(el) {
    Object.assign(el, { technique: 'upper-trapezius-pincer', compact: false, headingLevel: 3, noFigure: false });
    await el.updateComplete;
    const found = await loadTechnique('upper-trapezius-pincer');
    expect(root(el).querySelector('.title')?.textContent?.trim()).to.equal(found!.technique.title());
    expect(root(el).querySelector('[part~="error"]')).to.equal(null);
  },
};

const player: Spec<KnotRoutinePlayer> = {
  tag: 'knot-routine-player',
  properties: ['routine', 'src', 'persist', 'noAutoAdvance', 'cues', 'storage'],
  attributes: ['routine', 'src', 'persist', 'no-auto-advance', 'cues'],
  strings: ['jaw-face', 'desk-neck-shoulders', '{"format":1}', '{"format":1,"id":"x","title":"X","steps":[{"custom":{"title":"Rolls","steps":["Roll."]}}]}', '/missing.json'],
  calls: ['start', 'pause', 'resume', 'next', 'previous', 'goTo'],
  prepare(el) {
    el.clock = new ManualClock(5_000);
    el.scheduler = new ManualScheduler();
  },
  async recover(el) {
    Object.assign(el, { routine: 'jaw-face', src: '', persist: false, noAutoAdvance: false, cues: 'beep', storage: null });
    await el.updateComplete;
    expect(root(el).querySelector('.title[role="heading"]')?.textContent).to.equal(builtInRoutine('jaw-face')!.title);
    expect(root(el).querySelectorAll('[part~="step"]')).to.have.length(builtInRoutine('jaw-face')!.steps.length);
  },
};

const map: Spec<KnotBodyMap> = {
  tag: 'knot-body-map',
  properties: ['view', 'single', 'max', 'readonly', 'disabled', 'disabledRegions', 'hiddenRegions', 'intensity', 'symptoms', 'name', 'required', 'value', 'highlight', 'muscle', 'muscleSide'],
  attributes: ['view', 'single', 'max', 'readonly', 'disabled', 'disabled-regions', 'hidden-regions', 'intensity', 'symptoms', 'name', 'required', 'value', 'highlight', 'muscle', 'muscle-side'],
  strings: ['front', 'back', 'both', 'temple-left jaw-right', 'upper-trapezius', 'right', '[{"region":"jaw-left","intensity":5}]', '{"triggerPoints":[{"region":"jaw-left","x":1,"y":1}]}'],
  async recover(el) {
    Object.assign(el, { view: 'front', single: false, max: 0, readonly: false, disabled: false, disabledRegions: '', hiddenRegions: '', intensity: false, symptoms: false, name: '', value: [{ region: 'jaw-left', intensity: 5 }], highlight: null, muscle: '', muscleSide: 'left' });
    await el.updateComplete;
    expect(el.selection.map((s) => s.region)).to.deep.equal(['jaw-left']);
    expect(root(el).querySelectorAll('[data-region]').length).to.be.greaterThan(10);
  },
};

function steps(spec: Spec<HTMLElement>): fc.Arbitrary<Step[]> {
  const set = spec.shaped
    ? fc.oneof(assignment(spec.properties, spec.attributes, spec.strings), fc.record({ kind: fc.constant('property' as const), name: fc.constant(spec.properties[0]), value: spec.shaped }))
    : assignment(spec.properties, spec.attributes, spec.strings);
  const call = spec.calls ? fc.record({ kind: fc.constant('call' as const), name: fc.constantFrom(...spec.calls), arg: fc.integer({ min: -3, max: 12 }) }) : null;
  return fc.array(call ? fc.oneof({ arbitrary: set, weight: 4 }, { arbitrary: call, weight: 1 }) : set, { minLength: PER_RUN, maxLength: PER_RUN });
}

describe('fuzz: hostile attributes and properties (issue 13)', function () {
  this.timeout(120_000);
  let fakes: Array<{ restore(): unknown }>;
  let fetch: typeof window.fetch;
  beforeEach(() => {
    fakes = [fakeWakeLock(), fakeAudio(), fakeSpeechAndVibration()];
    fetch = window.fetch;
    // A routine `src` answers at once: found (a small routine) or not.
    window.fetch = (input) =>
      Promise.resolve(
        String(input as string).endsWith('missing.json') || String(input as string).length % 2
          ? new Response('', { status: 404 })
          : new Response(JSON.stringify({ format: 1, id: 'fetched', title: 'Fetched', steps: [{ custom: { title: 'Rolls', steps: ['Roll.'] }, hold: 10 }] })),
      );
  });
  afterEach(() => {
    fakes.forEach((f) => f.restore());
    window.fetch = fetch;
  });

  for (const spec of [timer, card, player, map] as Array<Spec<HTMLElement>>) {
    it(`${spec.tag}: ${RUNS * PER_RUN} random assignments, nothing escapes, good values bring it back`, async () => {
      const escapes = catchEscapes();
      const warnings = muteWarnings();
      let assignments = 0;
      try {
        await fc.assert(
          fc.asyncProperty(steps(spec), async (list) => {
            const el = document.createElement(spec.tag) as HTMLElement & { updateComplete: Promise<boolean> };
            spec.prepare?.(el);
            document.body.append(el);
            try {
              for (const step of list) {
                assignments++;
                if (step.kind === 'call') {
                  const method = (el as unknown as Record<string, (n: number) => void>)[step.name];
                  try {
                    method.call(el, step.arg);
                  } catch (error) {
                    escapes.escaped.push(`${step.name}(): ${(error as Error).message}`);
                  }
                } else {
                  try {
                    apply(el, step);
                  } catch (error) {
                    escapes.escaped.push(`${step.kind} ${step.name}: ${(error as Error).message}`);
                  }
                }
                await escapes.settle(el);
                (el as unknown as { scheduler?: ManualScheduler }).scheduler?.flush?.();
              }
              expect(escapes.escaped, `after ${JSON.stringify(list, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))}`).to.deep.equal([]);
              await spec.recover(el);
            } finally {
              el.remove();
            }
          }),
          { seed: SEED, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
        );
      } finally {
        escapes.restore();
        warnings.restore();
      }
      expect(assignments).to.be.at.least(RUNS * PER_RUN);
    });
  }
});

