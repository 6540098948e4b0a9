import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateRoutine } from '../../src/core/routine-format.js';
import { TECHNIQUE_IDS } from '../../src/data/muscles/technique-ids.js';
import { hostileValue } from './fuzz-helpers.js';

/**
 * Issue 13: ≥ 1,000 seeded mutations of a valid routine → the validator never throws, and
 * every message names the right problem at the right place.
 */

const RUNS = 1_200;

const base = () => ({
  format: 1,
  id: 'desk-neck',
  title: 'Desk neck',
  description: 'A short break.',
  steps: [
    { technique: 'upper-trapezius-pincer', hold: 30, note: 'Gently.' },
    { custom: { title: 'Shoulder rolls', steps: ['Roll both shoulders back slowly.'], cautions: ['Stop if it hurts.'] }, reps: 2, sides: 'both', rest: 10, prepare: 5 },
  ],
});

/** Every place a mutation can hit: its path, and which keys are required there. */
const OBJECTS: Array<{ path: Array<string | number>; required: string[] }> = [
  { path: [], required: ['format', 'id', 'title', 'steps'] },
  { path: ['steps', 0], required: [] },
  { path: ['steps', 1], required: [] },
  { path: ['steps', 1, 'custom'], required: ['title', 'steps'] },
];
const KEYS: Record<string, string[]> = {
  '': ['format', 'id', 'title', 'description', 'steps'],
  'steps[0]': ['technique', 'hold', 'note', 'reps', 'sides', 'rest', 'prepare'],
  'steps[1]': ['custom', 'reps', 'sides', 'rest', 'prepare', 'hold'],
  'steps[1].custom': ['title', 'steps', 'cautions', 'tool'],
};

const where = (path: Array<string | number>) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : !/^[\w$-]+$/.test(key) ? `${out}[${JSON.stringify(key)}]` : out ? `${out}.${key}` : key), '');
const at = (doc: unknown, path: Array<string | number>) => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], doc);
/** "steps[1].custom.title must be …" → "steps[1].custom.title". */
const locationOf = (problem: string) => problem.split(' ')[0];
/** One place is inside the other (a problem about a step's field, or a step-wide check). */
const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`) || b.startsWith(`${a}.`) || b.startsWith(`${a}[`);

type Mutation =
  | { kind: 'delete'; object: number; key: number }
  | { kind: 'set'; object: number; key: number; value: unknown }
  | { kind: 'add'; object: number; name: string }
  | { kind: 'replace'; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), object: fc.nat(OBJECTS.length - 1), key: fc.nat(10) }),
  fc.record({ kind: fc.constant('set' as const), object: fc.nat(OBJECTS.length - 1), key: fc.nat(10), value: hostileValue(['upper-trapezius-pincer', 'upper-trapezius-pinch', 'both', 'left', 'ball', 'hammer']) }),
  fc.record({ kind: fc.constant('add' as const), object: fc.nat(OBJECTS.length - 1), name: fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !/\s/.test(k) && k !== '__proto__') }),
  fc.record({ kind: fc.constant('replace' as const), value: hostileValue().filter((v) => typeof v !== 'string') }),
);

describe('fuzz: the routine validator on mutated documents (issue 13)', function () {
  this.timeout(60_000);

  it('says "title is missing" and "a routine must be an object", not "must be an object" for everything', () => {
    const untitled: Partial<ReturnType<typeof base>> = base();
    delete untitled.title;
    expect(validateRoutine(untitled, TECHNIQUE_IDS).problems).to.deep.equal(['title is missing']);
    expect(validateRoutine([base()], TECHNIQUE_IDS).problems).to.deep.equal(['a routine must be an object']);
    expect(validateRoutine('[1, 2]', TECHNIQUE_IDS).problems).to.deep.equal(['a routine must be an object']);
    const listStep = { ...base(), steps: [['upper-trapezius-pincer']] };
    expect(validateRoutine(listStep, TECHNIQUE_IDS).problems).to.deep.equal(['steps[0] must be an object']);
    const customTitle = base();
    delete (customTitle.steps[1].custom as Partial<{ title: string }>).title;
    expect(validateRoutine(customTitle, TECHNIQUE_IDS).problems).to.deep.equal(['steps[1].custom.title is missing']);
  });

  it(`${RUNS} mutated documents: never throws, every message names the place that was changed`, () => {
    expect(validateRoutine(base(), TECHNIQUE_IDS).problems).to.deep.equal([]);
    let checked = 0;
    fc.assert(
      fc.property(mutation, fc.boolean(), (m, asText) => {
        const doc: unknown = base();
        let place = '';
        let expected: string | undefined;
        let input: unknown = doc;
        if (m.kind === 'replace') {
          input = m.value;
          const plain = typeof m.value === 'object' && m.value !== null && !Array.isArray(m.value);
          expected = plain ? 'format is missing' : 'a routine must be an object';
        } else {
          const { path, required } = OBJECTS[m.object];
          place = where(path);
          const node = at(doc, path) as Record<string, unknown>;
          const keys = KEYS[place];
          if (m.kind === 'delete') {
            const key = keys[m.key % keys.length];
            const existed = key in node;
            delete node[key];
            place = where([...path, key]);
            if (required.includes(key)) expected = `${place} is missing`;
            else if (existed && (key === 'technique' || key === 'custom')) expected = `${where(path)} needs either "technique" or "custom" (one of them)`;
          } else if (m.kind === 'set') {
            const key = keys[m.key % keys.length];
            node[key] = m.value;
            place = where([...path, key]);
          } else {
            if (keys.includes(m.name)) return; // not unknown
            node[m.name] = 1;
            place = where([...path, m.name]);
            expected = `${place} is not a known field`;
          }
        }
        if (asText && m.kind !== 'replace') input = JSON.stringify(doc, (_k, v: unknown) => v);
        let result: ReturnType<typeof validateRoutine>;
        try {
          result = validateRoutine(input, TECHNIQUE_IDS);
        } catch (error) {
          throw new Error(`threw on ${JSON.stringify(m)}: ${(error as Error).message}`);
        }
        checked++;
        const { problems } = result;
        // A JSON round trip can turn a bad value into a good one (NaN → null), or drop it (undefined).
        if (!problems.length) return expected === undefined || asText;
        if (expected && !(asText && m.kind === 'set')) expect(problems, JSON.stringify(m)).to.include(expected);
        if (m.kind !== 'replace') {
          for (const problem of problems) expect(related(locationOf(problem), place), `"${problem}" after changing ${place}`).to.equal(true);
        }
        for (const problem of problems) expect(problem, 'a message in words').to.match(/^(a routine|\[.*\]|\S+) (is|must|needs|"|has)/);
        return true;
      }),
      { seed: 13, numRuns: RUNS, includeErrorInReport: true },
    );
    expect(checked).to.be.at.least(1_000);
  });
});
