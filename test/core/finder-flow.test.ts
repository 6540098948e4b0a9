import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { areaFlagIds, decodeHash, EMPTY_STATE, encodeHash, hasNerveSymptoms, nerveFlagIds, MAX_HASH_LENGTH, normalize, parseCandidateKey, type FinderState } from '../../src/core/finder-flow.js';
import { buildRoutine, candidateHighlight, embedSnippet, headToFoot, routineSeconds, whyThisOne, type ChosenTechnique } from '../../src/core/finder-build.js';
import { findMuscles } from '../../src/core/finder.js';
import { validateRoutine, MAX_STEPS } from '../../src/core/routine-format.js';
import { FINDER_MUSCLES } from '../../src/data/muscles/finder-index.js';
import { MUSCLES, TECHNIQUES, RED_FLAGS } from '../../src/data/index.js';
import { TECHNIQUE_IDS } from '../../src/data/muscles/technique-ids.js';
import { REGION_IDS, type RegionId } from '../../src/data/region-list.js';
import type { RegionSelection } from '../../src/core/selection.js';
import { regionList } from '../../src/core/finder-words.js';
import { setLocale } from '../../src/i18n/localization.js';
import type { Dose } from '../../src/data/types.js';

const known = { flags: RED_FLAGS.map((f) => f.id), muscles: MUSCLES.map((m) => m.id), techniques: TECHNIQUE_IDS };
const state = (s: Partial<FinderState>): FinderState => ({ ...EMPTY_STATE, ...s });

describe('trigger finder flow: the hash', () => {
  it('round-trips every step with its data', () => {
    const full = state({
      step: 'routine',
      selection: [{ region: 'temple-left', intensity: 7, symptoms: ['tingling', 'numb'] }, { region: 'jaw-left', intensity: 0 }],
      muscles: ['temporalis.left', 'multifidus.both'],
      techniques: ['temporalis-fingers', 'masseter-fingers'],
    });
    expect(encodeHash(full)).to.equal('finder=routine&r=temple-left.7.tingling+numb,jaw-left.0&m=temporalis.left,multifidus.both&t=temporalis-fingers,masseter-fingers');
    expect(decodeHash(`#${encodeHash(full)}`, known)).to.deep.equal(full);
    const stop = state({ step: 'stop', flags: ['chest', 'stroke'] });
    expect(encodeHash(stop)).to.equal('finder=stop&f=chest,stroke');
    expect(decodeHash(encodeHash(stop), known)).to.deep.equal(stop);
    expect(decodeHash('finder=screen', known)).to.deep.equal(EMPTY_STATE);
  });

  it('is not the finder\'s hash without a known step: null', () => {
    for (const hash of ['', '#', '#top', '#finder', '#finder=', '#finder=admin', '#r=temple-left.5', '#=map', 'finder=MAP', `#finder=map&${'x'.repeat(MAX_HASH_LENGTH)}`, null, 42, {}]) {
      expect(decodeHash(hash, known), JSON.stringify(hash)?.slice(0, 30)).to.equal(null);
    }
  });

  it('drops unknown and hostile values, clamps intensities, keeps the first of duplicates', () => {
    const read = decodeHash(
      '#finder=cards&r=temple-left.99.tingling+itchy,<img src=x>.5,temple-left.2,sacrum,calf-right.-3,heel-left.abc&m=temporalis.left,temporalis.left,nope.left,temporalis.up,Temporalis.left,masseter&t=temporalis-fingers,../../etc,temporalis-fingers,masseter-magic&f=chest&finder=stop&x=1',
      known,
    )!;
    expect(read.step).to.equal('cards');
    expect(read.selection).to.deep.equal([
      { region: 'temple-left', intensity: 10, symptoms: ['tingling'] },
      { region: 'sacrum', intensity: 5 },
      { region: 'calf-right', intensity: 5 },
      { region: 'heel-left', intensity: 5 },
    ]);
    expect(read.muscles).to.deep.equal(['temporalis.left']);
    expect(read.techniques).to.deep.equal(['temporalis-fingers']);
    expect(read.flags).to.deep.equal(['chest']);
  });

  it('reads percent-encoded values and survives broken escapes', () => {
    expect(decodeHash('#finder=muscles&r=temple%2Dleft.4', known)!.selection).to.deep.equal([{ region: 'temple-left', intensity: 4 }]);
    expect(decodeHash('#finder=muscles&r=%E0%A4%A', known)!.step).to.equal('map');
  });

  it('falls back to the step that gathers what a step needs', () => {
    expect(normalize(state({ step: 'stop' })).step).to.equal('screen');
    expect(normalize(state({ step: 'routine' })).step).to.equal('map');
    expect(normalize(state({ step: 'routine', selection: [{ region: 'sacrum', intensity: 5 }] })).step).to.equal('muscles');
    expect(normalize(state({ step: 'routine', selection: [{ region: 'sacrum', intensity: 5 }], muscles: ['multifidus.both'] })).step).to.equal('cards');
    const ready = state({ step: 'cards', selection: [{ region: 'sacrum', intensity: 5 }], muscles: ['multifidus.both'] });
    expect(normalize(ready)).to.equal(ready);
  });

  it('never throws on any text and always gives a state whose step has what it needs', () => {
    const pieces = fc.constantFrom('finder=', 'map', 'muscles', 'routine', 'stop', 'cards', '&', '=', ',', '.', '+', 'r=', 'm=', 't=', 'f=', 'temple-left', 'temporalis', '.left', '.both', '%', '%2', '#', 'chest', '7', '-1', 'tingling', '\u0000', '😀');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 40 }).map((p) => p.join(''))), (hash) => {
        const read = decodeHash(hash, known);
        if (read === null) return;
        expect(normalize(read)).to.equal(read);
        expect(decodeHash(encodeHash(read), known)).to.deep.equal(read);
      }),
      { numRuns: 2000 },
    );
  });

  it('parses candidate keys strictly', () => {
    expect(parseCandidateKey('upper-trapezius.right')).to.deep.equal({ muscle: 'upper-trapezius', side: 'right' });
    for (const bad of ['upper-trapezius', '.left', 'a.b.up', 'A.left', 'x.left ', 3]) expect(parseCandidateKey(bad), String(bad)).to.equal(undefined);
  });
});

describe('trigger finder flow: candidates', () => {
  it('ranks the data-only index exactly as the full catalog', () => {
    const selection = [{ region: 'temple-left' as const, intensity: 8 }, { region: 'sacrum' as const }, { region: 'heel-right' as const, intensity: 2 }];
    const key = (c: { muscle: { id: string }; side: string; score: number }) => `${c.muscle.id}.${c.side}:${c.score}`;
    expect(findMuscles(selection, FINDER_MUSCLES).map(key)).to.deep.equal(findMuscles(selection, MUSCLES).map(key));
    expect(FINDER_MUSCLES.map((m) => m.id)).to.deep.equal(MUSCLES.map((m) => m.id));
  });

  it('says why a candidate fits: its own trigger points, its essential zone, its spillover', () => {
    const [temporalis] = findMuscles([{ region: 'temple-left' }, { region: 'eye-left' }, { region: 'jaw-left' }], FINDER_MUSCLES.filter((m) => m.id === 'temporalis'));
    expect(whyThisOne(temporalis)).to.deep.equal({ local: ['temple-left'], primary: ['eye-left'], secondary: ['jaw-left'] });
  });

  it('draws a candidate on its side, and on both for a midline one', () => {
    const temporalis = FINDER_MUSCLES.find((m) => m.id === 'temporalis')!;
    expect(candidateHighlight({ muscle: temporalis, side: 'right' }).referral.primary).to.deep.equal(['temple-right', 'eye-right']);
    const both = candidateHighlight({ muscle: temporalis, side: 'both' });
    expect(both.triggerPoints.map((p) => p.region)).to.deep.equal(['temple-left', 'temple-left', 'temple-right', 'temple-right']);
  });

  it('lists one muscle once, on both sides, when the same area hurts on both sides', () => {
    const ranked = findMuscles([{ region: 'low-back-left' as const }, { region: 'low-back-right' as const }], FINDER_MUSCLES);
    const ids = ranked.map((c) => c.muscle.id);
    expect(ids.length).to.equal(new Set(ids).size);
    const ql = ranked.find((c) => c.muscle.id === 'quadratus-lumborum')!;
    expect(ql).to.include({ side: 'both' });
    expect(ql.explains).to.deep.equal(['low-back-left', 'low-back-right']);
    expect(ql.local).to.deep.equal(['low-back-left', 'low-back-right']);
    // Both areas count: the pair outranks either half alone.
    const left = findMuscles([{ region: 'low-back-left' as const }], FINDER_MUSCLES).find((c) => c.muscle.id === 'quadratus-lumborum')!;
    expect(ql.score).to.equal(left.score * 2);
    expect(ranked.slice(0, 5).some((c) => c.muscle.id === 'erector-spinae')).to.equal(true);
    // One side only, or different areas on each side: the sides stay apart.
    expect(findMuscles([{ region: 'low-back-left' as const }, { region: 'temple-right' as const }], FINDER_MUSCLES).every((c) => c.side !== 'both')).to.equal(true);
    const temples = findMuscles([{ region: 'temple-left' as const }, { region: 'temple-right' as const }], FINDER_MUSCLES);
    expect(temples.find((c) => c.muscle.id === 'temporalis')!.side).to.equal('both');
    expect(whyThisOne(ql).local).to.deep.equal(['low-back-left', 'low-back-right']);
  });

  it('orders muscles head to foot by where their trigger points are', () => {
    const order = headToFoot(FINDER_MUSCLES);
    expect(order.length).to.equal(FINDER_MUSCLES.length);
    const at = (id: string) => order.indexOf(id);
    expect(at('temporalis')).to.be.lessThan(at('upper-trapezius'));
    expect(at('masseter')).to.be.lessThan(at('upper-trapezius'));
    expect(at('upper-trapezius')).to.be.lessThan(at('quadratus-lumborum'));
    expect(at('quadratus-lumborum')).to.be.lessThan(at('gastrocnemius'));
    expect(at('gastrocnemius')).to.be.lessThan(at('plantar-foot'));
    const tp = (region: string) => ({ region, view: 'front', x: 0, y: 0 }) as (typeof FINDER_MUSCLES)[number]['triggerPoints'][number];
    expect(headToFoot([{ id: 'calf', triggerPoints: [tp('calf-left')] }, { id: 'jaw-and-heel', triggerPoints: [tp('heel-right'), tp('jaw-right')] }, { id: 'temple', triggerPoints: [tp('temple-left')] }, { id: 'none', triggerPoints: [] }])).to.deep.equal([
      'temple',
      'jaw-and-heel',
      'calf',
      'none',
    ]);
  });

  it('knows when tingling or numbness is marked', () => {
    expect(hasNerveSymptoms([{ region: 'sacrum', intensity: 5, symptoms: ['aching', 'burning'] }])).to.equal(false);
    expect(hasNerveSymptoms([{ region: 'sacrum', intensity: 5 }, { region: 'heel-left', intensity: 5, symptoms: ['numb'] }])).to.equal(true);
  });

  it('brings back the warning sign for where tingling or numbness is: face → stroke, limb → nerve', () => {
    const at = (region: RegionId, symptoms: RegionSelection['symptoms'] = ['tingling']) => ({ region, intensity: 5, symptoms });
    expect(nerveFlagIds([at('temple-left')])).to.deep.equal(['stroke']);
    expect(nerveFlagIds([at('cheek-right', ['numb']), at('side-of-neck-left')])).to.deep.equal(['stroke']);
    expect(nerveFlagIds([at('forearm-front-left')])).to.deep.equal(['nerve']);
    expect(nerveFlagIds([at('calf-right', ['numb'])])).to.deep.equal(['nerve']);
    expect(nerveFlagIds([at('buttock-left', ['numb'])])).to.deep.equal(['cauda-equina']);
    // Most urgent first, each once; nothing without tingling or numbness.
    expect(nerveFlagIds([at('fingers-left'), at('jaw-left'), at('thumb-left')])).to.deep.equal(['stroke', 'nerve']);
    expect(nerveFlagIds([at('temple-left', ['aching', 'burning']), { region: 'heel-left', intensity: 3 }])).to.deep.equal([]);
  });

  it('brings back the emergency and same-day signs of the areas marked', () => {
    const chest = areaFlagIds([{ region: 'chest-left', intensity: 6 }]);
    expect(chest[0]).to.equal('chest');
    expect(chest).to.include('aorta');
    expect(chest).not.to.include('stroke');
    const flags = (ids: string[]) => ids.map((id) => RED_FLAGS.find((f) => f.id === id)!);
    expect(flags(chest).every((f) => f.urgency !== 'soon')).to.equal(true);
    const head = areaFlagIds([{ region: 'temple-left', intensity: 6 }, { region: 'jaw-right', intensity: 2 }]);
    expect(head).to.include.members(['stroke', 'thunderclap', 'giant-cell-arteritis']);
    expect(head).not.to.include('compartment');
    expect(areaFlagIds([{ region: 'calf-left', intensity: 6 }])).to.include.members(['pulmonary-embolism', 'calf', 'compartment']);
    // Urgency order, each once.
    const both = areaFlagIds([{ region: 'chest-left', intensity: 6 }, { region: 'calf-left', intensity: 6 }]);
    expect(both).to.deep.equal(RED_FLAGS.map((f) => f.id).filter((id) => both.includes(id)));
    expect(areaFlagIds([])).to.deep.equal([]);
  });
});

describe('trigger finder flow: the routine', () => {
  const order = MUSCLES.map((m) => m.id);
  const chosen = (id: string, side: ChosenTechnique['side'] = 'left'): ChosenTechnique => {
    const t = TECHNIQUES.find((x) => x.id === id)!;
    return { id, muscle: t.muscle, side, tool: t.tool, dose: t.dose };
  };
  const doses = new Map<string, Dose>(TECHNIQUES.map((t) => [t.id, t.dose]));

  it('orders head to foot, pressure before stretch, one round on the side that hurts', () => {
    const stretch = TECHNIQUES.find((t) => t.muscle === 'pectoralis-major' && t.tool === 'stretch')!;
    const pressure = TECHNIQUES.find((t) => t.muscle === 'pectoralis-major' && t.tool !== 'stretch')!;
    const routine = buildRoutine([chosen('gastrocnemius-foam-roller'), chosen(stretch.id, 'right'), chosen('temporalis-fingers'), chosen(pressure.id, 'right')], order, { title: 'My routine' });
    expect(routine.steps.map((s) => s.technique)).to.deep.equal(['temporalis-fingers', pressure.id, stretch.id, 'gastrocnemius-foam-roller']);
    expect(routine.steps[0]).to.deep.equal({ technique: 'temporalis-fingers', reps: 1, sides: 'left' });
    expect(validateRoutine(routine, TECHNIQUE_IDS).problems).to.deep.equal([]);
  });

  it('works both sides when both hurt, and leaves unsided techniques unsided', () => {
    const unsided = TECHNIQUES.find((t) => t.dose.sides === 'none')!;
    const routine = buildRoutine([chosen('temporalis-fingers', 'left'), chosen('temporalis-fingers', 'right'), chosen(unsided.id, 'both')], order, { title: 'x' });
    expect(routine.steps.find((s) => s.technique === 'temporalis-fingers')!.sides).to.equal('both');
    expect(routine.steps.find((s) => s.technique === unsided.id)).to.deep.equal({ technique: unsided.id, reps: 1 });
  });

  it('is valid by the schema for any choice of techniques, and at most MAX_STEPS long', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TECHNIQUES.map((t) => t.id)), { maxLength: 120 }), fc.constantFrom('left', 'right', 'both'), (ids, side) => {
        fc.pre(ids.length > 0);
        const routine = buildRoutine(
          ids.map((id) => chosen(id, side)),
          order,
          { title: 'Mi rutina', description: 'De la cabeza a los pies' },
        );
        expect(validateRoutine(routine, TECHNIQUE_IDS).problems).to.deep.equal([]);
        expect(routine.steps.length).to.equal(Math.min(MAX_STEPS, new Set(ids).size));
      }),
      { numRuns: 200 },
    );
  });

  it('adds up the total time as the player runs it', () => {
    // temporalis-fingers: 50 s of strokes on each side: 5 s to get ready, 50, 5 to switch sides, 50.
    const one = buildRoutine([chosen('temporalis-fingers', 'both')], order, { title: 'x' });
    expect(routineSeconds(one, doses)).to.equal(110);
    const two = buildRoutine([chosen('temporalis-fingers', 'both'), chosen('masseter-fingers', 'left')], order, { title: 'x' });
    expect(routineSeconds(two, doses)).to.be.greaterThan(110 + 15);
  });

  it('writes an embed snippet that no routine text can break out of', () => {
    const routine = buildRoutine([chosen('temporalis-fingers')], order, { title: '</script><img src=x onerror=alert(1)>' });
    const snippet = embedSnippet(routine);
    expect(snippet.startsWith('<knot-routine-player>\n<script type="application/json">')).to.equal(true);
    expect(snippet.match(/<\/script>/g)).to.have.length(1);
    const json = snippet.slice(snippet.indexOf('{'), snippet.lastIndexOf('}') + 1);
    expect(JSON.parse(json)).to.deep.equal(JSON.parse(JSON.stringify(routine)));
  });
});

describe('trigger finder flow: words', () => {
  afterEach(() => setLocale('en'));

  it('lists regions in a sentence in lower case where the language does, German nouns capitalised', async () => {
    expect(regionList(['temple-left', 'jaw-left'])).to.equal('Left temple and Left jaw');
    expect(regionList(['temple-left', 'jaw-left', 'temple-left'], { inSentence: true })).to.equal('left temple and left jaw');
    await setLocale('fr');
    expect(regionList(['temple-left', 'jaw-left'], { inSentence: true })).to.match(/^tempe gauche et m/);
    await setLocale('es');
    expect(regionList(['temple-left'], { inSentence: true })).to.match(/^[a-zñ]/);
    await setLocale('de');
    // German: a leading adjective is lower case in a sentence, a noun keeps its capital.
    expect(regionList(['jaw-left', 'forehead', 'top-of-head'], { inSentence: true })).to.equal('linker Kiefer, Stirn und Oberkopf');
    expect(regionList(['jaw-left'])).to.equal('Linker Kiefer');
  });
});

describe('trigger finder flow: coverage', () => {
  it('more than half of the regions find a muscle', () => {
    expect(REGION_IDS.filter((r) => findMuscles([{ region: r }], FINDER_MUSCLES).length > 0).length).to.be.greaterThan(REGION_IDS.length / 2);
  });
});
