import { expect } from '@open-wc/testing';
import { MUSCLES, TECHNIQUES, MUSCLE_IDS, RED_FLAGS, ASK_FIRST_IDS, STROKE_SECONDS, findMuscles, loadTechnique, muscleOfTechnique, loadMuscle, redFlagsFor } from '../../src/data/index.js';
import { isRegionId, REGIONS, type RegionId } from '../../src/data/region-list.js';
import { SHAPES, VIEW_HEIGHT, VIEW_WIDTH } from '../../src/data/region-geometry.js';
import { mirrorRegion, mirrorSite } from '../../src/data/mirror.js';

describe('the catalog', () => {
  it('has at least 45 muscles and 55 techniques, ids unique', () => {
    expect(MUSCLES.length).to.be.at.least(45);
    expect(TECHNIQUES.length).to.be.at.least(55);
    expect(new Set(MUSCLES.map((m) => m.id)).size).to.equal(MUSCLES.length);
    expect(new Set(TECHNIQUES.map((t) => t.id)).size).to.equal(TECHNIQUES.length);
  });

  it('every muscle: a name, description, causes, ≥ 1 trigger point, ≥ 1 primary region, ≥ 1 technique, cautions, sources', () => {
    for (const m of MUSCLES) {
      expect(m.name(), m.id).to.match(/\w/);
      expect(m.description(), m.id).to.match(/\w{3}/);
      expect(m.causes().length, `${m.id} causes`).to.be.at.least(1);
      expect(m.triggerPoints.length, `${m.id} trigger points`).to.be.at.least(1);
      expect(m.referral.primary.length, `${m.id} primary`).to.be.at.least(1);
      expect(m.techniques.length, `${m.id} techniques`).to.be.at.least(1);
      expect(m.cautions().length, `${m.id} cautions`).to.be.at.least(1);
      expect(m.sources.length, `${m.id} sources`).to.be.at.least(1);
    }
    expect([...MUSCLE_IDS].sort()).to.deep.equal(MUSCLES.map((m) => m.id).sort());
  });

  it('lists every technique id for routine validation', async () => {
    const { TECHNIQUE_IDS } = await import('../../src/data/muscles/technique-ids.js');
    expect([...TECHNIQUE_IDS].sort()).to.deep.equal(TECHNIQUES.map((t) => t.id).sort());
  });

  it('every id referenced exists: regions, techniques, muscles', () => {
    const techniques = new Set(TECHNIQUES.map((t) => t.id));
    for (const m of MUSCLES) {
      for (const r of [...m.referral.primary, ...m.referral.secondary, ...m.triggerPoints.map((p) => p.region)]) expect(isRegionId(r), `${m.id}: ${r}`).to.equal(true);
      for (const t of m.techniques) expect(techniques.has(t), `${m.id}: ${t}`).to.equal(true);
    }
    for (const t of TECHNIQUES) {
      const muscle = MUSCLES.find((m) => m.id === t.muscle);
      expect(muscle, `${t.id}: muscle ${t.muscle}`).to.exist;
      expect(muscle!.techniques, `${t.muscle} lists ${t.id}`).to.include(t.id);
      expect(muscleOfTechnique(t.id), `${t.id} resolves to its muscle`).to.equal(t.muscle);
    }
  });

  it('describes paired muscles on the person\'s left side', () => {
    for (const m of MUSCLES) for (const r of [...m.referral.primary, ...m.triggerPoints.map((p) => p.region)]) expect(r.endsWith('-right'), `${m.id}: ${r}`).to.equal(false);
  });

  it('puts every trigger point inside its region on the map', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', `0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`);
    document.body.append(svg);
    try {
      for (const m of MUSCLES) {
        for (const site of [...m.triggerPoints, ...m.triggerPoints.map(mirrorSite)]) {
          const shape = SHAPES[site.view][site.region];
          expect(shape, `${m.id}: ${site.region} is drawn in the ${site.view} view`).to.exist;
          const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
          path.setAttribute('d', shape!.d);
          svg.append(path);
          // Within 2 units of the region counts (the marker is 3 units wide).
          const near = [[0, 0], [2, 0], [-2, 0], [0, 2], [0, -2]].some(([dx, dy]) => path.isPointInFill(new DOMPoint(site.x + dx, site.y + dy)));
          expect(near, `${m.id}: (${site.x}, ${site.y}) in ${site.region}`).to.equal(true);
          path.remove();
        }
      }
    } finally {
      svg.remove();
    }
  });

  it('every technique: a title, 3–6 steps, a dose the timer accepts, what to feel, cautions, a source', () => {
    for (const t of TECHNIQUES) {
      expect(t.title(), t.id).to.match(/\w/);
      expect(t.steps().length, `${t.id} steps`).to.be.within(3, 6);
      expect(t.dose.holdSeconds, `${t.id} hold`).to.be.within(5, 600);
      expect(t.dose.reps, `${t.id} reps`).to.be.within(1, 20);
      expect(t.dose.timesPerDay, `${t.id} times a day`).to.be.within(1, 6);
      expect(['strokes', 'release', 'stretch'], `${t.id} dose kind`).to.include(t.dose.kind);
      expect(t.feel(), t.id).to.match(/\w{3}/);
      expect(t.cautions().length, `${t.id} cautions`).to.be.at.least(1);
      expect(t.source.title, `${t.id} source`).to.match(/\w/);
    }
  });

  it('gives each technique the dose its source teaches', () => {
    for (const t of TECHNIQUES) {
      const { kind, strokes, holdSeconds } = t.dose;
      const source = `${t.source.title} ${t.source.detail ?? ''}`;
      if (kind === 'strokes') {
        // Davies: about 6–12 short strokes per trigger point; the timer paces them.
        expect(strokes, `${t.id} strokes`).to.be.within(6, 12);
        expect(holdSeconds, `${t.id}: strokes × pace`).to.equal(strokes! * STROKE_SECONDS);
        expect(source, `${t.id}: strokes are Davies' method`).to.contain('Davies');
      } else expect(strokes, `${t.id}: a count of strokes only on a stroke dose`).to.equal(undefined);
      // Pressure release: held until the tissue softens, capped; never a long static press.
      if (kind === 'release') expect(holdSeconds, `${t.id} release cap`).to.be.within(20, 90);
      // Stretches: a gentle hold of about 15–30 s (general guidance).
      if (kind === 'stretch') expect(holdSeconds, `${t.id} stretch hold`).to.be.within(15, 30);
      if (kind === 'stretch') expect(t.tool, `${t.id}: a stretch dose is for a stretch`).to.be.oneOf(['stretch', 'contract-relax']);
    }
    // Near the common fibular nerve: short releases.
    for (const t of TECHNIQUES.filter((x) => x.muscle === 'peroneals' && x.dose.kind === 'release')) expect(t.dose.holdSeconds, t.id).to.be.at.most(30);
  });

  it('names the editions and chapters of its sources', () => {
    const sources = [...MUSCLES.flatMap((m) => m.sources), ...TECHNIQUES.map((t) => t.source)];
    for (const s of sources) {
      if (s.title.startsWith('Travell')) expect(s.detail, s.title).to.match(/^vol\. 1 \(2nd ed\.\), ch\. \d+, \S|^vol\. 2 \(1st ed\.\), ch\. \d+, \S/);
      if (s.title.startsWith('Davies')) {
        expect(s.title).to.contain('3rd ed.');
        expect(s.detail, s.title).to.match(/^ch\. (3|4|5|6|7|8|9|10), /);
        expect(s.detail, 'not a Davies chapter').not.to.contain('Neck and Upper Back');
      }
    }
  });

  it('names who should ask a clinician first, as data, on every technique', () => {
    for (const t of TECHNIQUES) {
      for (const id of t.askFirst) expect(ASK_FIRST_IDS, `${t.id}: ${id}`).to.include(id);
      expect(t.askFirst.length, `${t.id} ask first`).to.be.at.least(1);
      expect(new Set(t.askFirst).size, `${t.id}: listed once`).to.equal(t.askFirst.length);
    }
    const of = (muscle: string) => new Set(TECHNIQUES.filter((t) => t.muscle === muscle).flatMap((t) => t.askFirst));
    const every = (muscles: string[], id: string) => {
      for (const muscle of muscles) for (const t of TECHNIQUES.filter((x) => x.muscle === muscle)) expect(t.askFirst, `${t.id} names ${id}`).to.include(id);
    };
    // Neck work: carotid disease or a previous stroke.
    every(['sternocleidomastoid', 'scalenes', 'suboccipitals', 'splenius-capitis'], 'carotid');
    // Calf and thigh work: clots and varicose veins.
    every(['gastrocnemius', 'soleus'], 'clot-risk');
    for (const t of TECHNIQUES.filter((x) => ['gastrocnemius', 'soleus'].includes(x.muscle) && x.tool !== 'stretch')) expect(t.askFirst, `${t.id} names varicose-veins`).to.include('varicose-veins');
    // Near the kidneys.
    expect(of('quadratus-lumborum').has('kidney')).to.equal(true);
    // Armpit work: lymph nodes.
    expect(of('subscapularis').has('lymphoedema')).to.equal(true);
    // Every pressure technique asks about blood thinners.
    for (const t of TECHNIQUES.filter((x) => x.tool !== 'stretch' && x.tool !== 'contract-relax')) expect(t.askFirst, t.id).to.include('anticoagulants');
  });

  it('keeps steps off the places where no one presses', () => {
    const steps = (id: string) => TECHNIQUES.find((t) => t.id === id)?.steps().join(' ').toLowerCase() ?? '';
    const all = TECHNIQUES.map((t) => `${t.id}: ${t.steps().join(' ')}`.toLowerCase());
    // No neck extension with rotation (vertebral artery), unless the sentence forbids it.
    const sentences = all.flatMap((s) => s.split(/(?<=\.) /));
    for (const s of sentences) if (/turn your (face|chin) up|look up and (turn|rotate)/.test(s)) expect(s, 'turn your face up').to.match(/\b(not|never|don't)\b/);
    // No roller or ball high in the thigh (femoral triangle); no lacrosse ball in the kidney area.
    expect(steps('rectus-femoris-roller')).not.to.match(/high in the thigh|up to the groin|hip crease/);
    for (const t of TECHNIQUES.filter((x) => x.muscle === 'quadratus-lumborum')) expect(steps(t.id), t.id).not.to.match(/lacrosse/);
    for (const t of TECHNIQUES.filter((x) => x.muscle === 'multifidus')) expect(steps(t.id), t.id).not.to.match(/lacrosse|golf/);
    // Never behind the knee.
    for (const s of all) expect(s).not.to.match(/(press|roll|ball)[^.]*behind the knee(?! is)/);
  });

  it('carries the cautions specific to dangerous places', () => {
    const cautionsOf = (muscle: string) => TECHNIQUES.filter((t) => t.muscle === muscle).flatMap((t) => t.cautions()).join(' ').toLowerCase();
    expect(cautionsOf('sternocleidomastoid')).to.match(/pulse|throat|front of (the|your) neck/);
    expect(cautionsOf('iliopsoas')).to.match(/pulse|aorta/);
    expect(cautionsOf('iliopsoas')).to.match(/pregnan/);
    expect(cautionsOf('gastrocnemius')).to.match(/swollen|clot/);
    expect(cautionsOf('soleus')).to.match(/swollen|clot/);
    expect(cautionsOf('scalenes')).to.match(/pulse|tingl|nerve/);
  });

  it('carries the muscle-level warnings a reader must see', () => {
    const cautions = (muscle: string) => MUSCLES.find((m) => m.id === muscle)!.cautions().join(' ').toLowerCase();
    expect(cautions('pectoralis-major')).to.match(/chest pain/);
    for (const m of ['erector-spinae', 'multifidus', 'quadratus-lumborum']) {
      expect(cautions(m), m).to.match(/saddle/);
      expect(cautions(m), m).not.to.match(/around the groin/);
    }
  });

  it('lists red flags that match NHS / NICE guidance, each with its urgency and named pages', () => {
    const text = (id: string) => RED_FLAGS.find((f) => f.id === id);
    const expected: Record<string, string> = {
      stroke: 'emergency', chest: 'emergency', thunderclap: 'emergency', meningitis: 'emergency', 'pulmonary-embolism': 'emergency',
      'cauda-equina': 'emergency', 'neck-artery': 'emergency', calf: 'same-day', 'giant-cell-arteritis': 'same-day', 'hot-joint': 'same-day',
      weakness: 'same-day', 'night-pain': 'soon', 'fracture-risk': 'soon', 'infection-risk': 'soon', cancer: 'soon', 'not-improving': 'soon', trauma: 'soon',
      'head-injury': 'emergency', 'serious-accident': 'emergency', aorta: 'emergency', compartment: 'emergency',
      'worsening-headache': 'same-day', fever: 'same-day', myelopathy: 'same-day',
    };
    for (const [id, urgency] of Object.entries(expected)) expect(text(id)?.urgency, id).to.equal(urgency);
    for (const f of RED_FLAGS) {
      expect(f.sources.length, f.id).to.be.at.least(1);
      for (const s of f.sources) {
        expect(s.title, f.id).to.be.oneOf(['NHS', 'NICE CKS']);
        expect(s.detail, f.id).to.match(/^[A-Z][\w ()\-,]+$/);
      }
    }
    expect(text('cauda-equina')!.text()).to.match(/saddle/);
    expect(text('giant-cell-arteritis')!.text()).to.match(/50/);
    // Both legs and sexual function belong to the cauda equina signs (NHS "Cauda equina syndrome").
    expect(text('cauda-equina')!.text()).to.match(/both legs/);
    expect(text('cauda-equina')!.text()).to.match(/erection/);
    // A fever is a same-day sign in every area; a serious accident an emergency.
    for (const area of ['head-neck', 'shoulder-arm', 'trunk', 'hip-leg'] as const) expect(redFlagsFor(area).map((f) => f.id), area).to.include.members(['fever', 'serious-accident']);
    // Most urgent first, and the neck's flags are the neck's.
    const order = ['emergency', 'same-day', 'soon'];
    expect(RED_FLAGS.map((f) => order.indexOf(f.urgency))).to.deep.equal(RED_FLAGS.map((f) => order.indexOf(f.urgency)).sort());
    expect(redFlagsFor('head-neck').map((f) => f.id)).to.include.members(['stroke', 'thunderclap', 'meningitis', 'neck-artery', 'giant-cell-arteritis']);
    expect(redFlagsFor('head-neck').map((f) => f.id)).not.to.include('calf');
    expect(redFlagsFor('hip-leg').map((f) => f.id)).to.include.members(['calf', 'pulmonary-embolism', 'cauda-equina']);
    expect(redFlagsFor().length).to.equal(RED_FLAGS.length);
  });

  it('loads one technique with its muscle from its own module, and nothing for unknown ids', async () => {
    const found = await loadTechnique('upper-trapezius-pincer');
    expect(found?.muscle.id).to.equal('upper-trapezius');
    expect(await loadTechnique('upper-trapezius-nope')).to.equal(undefined);
    expect(await loadTechnique('<img>')).to.equal(undefined);
    expect(await loadMuscle(42)).to.equal(undefined);
  });
});

describe('the finder', () => {
  const top = (regions: RegionId[]) => findMuscles(regions.map((region) => ({ region })), MUSCLES)[0];

  it('temple → upper trapezius on the same side, first among candidates', () => {
    expect(top(['temple-left'])).to.include({ side: 'left' });
    expect(top(['temple-left']).muscle.id).to.equal('upper-trapezius');
    expect(top(['temple-right']).muscle.id).to.equal('upper-trapezius');
    expect(top(['temple-right']).side).to.equal('right');
  });

  it('ranks primary over secondary and weighs intensity, deterministically', () => {
    const muscles = [
      { ...MUSCLES[0], id: 'a', referral: { primary: ['jaw-left' as RegionId], secondary: [] } },
      { ...MUSCLES[0], id: 'b', referral: { primary: [], secondary: ['jaw-left' as RegionId] } },
      { ...MUSCLES[0], id: 'c', referral: { primary: ['heel-left' as RegionId], secondary: [] } },
    ];
    const ranked = findMuscles([{ region: 'jaw-left', intensity: 5 }, { region: 'heel-left', intensity: 10 }], muscles);
    expect(ranked.map((c) => `${c.muscle.id}:${c.score}`)).to.deep.equal(['c:3', 'a:2', 'b:1']);
    expect(ranked[1].explains).to.deep.equal(['jaw-left']);
    // Deterministic: the ranking does not depend on the order muscles come in (ties included).
    const selection = [{ region: 'low-back-left' as RegionId }, { region: 'buttock-left' as RegionId }, { region: 'sacrum' as RegionId }];
    const ids = (list: typeof MUSCLES) => findMuscles(selection, list).map((c) => `${c.muscle.id}:${c.side}:${c.score}`);
    expect(ids([...MUSCLES].reverse())).to.deep.equal(ids(MUSCLES));
  });

  it('breaks ties on how often the references find a muscle involved, then on id', () => {
    const twin = (id: string, prevalence?: number) => ({ ...MUSCLES[0], id, prevalence, referral: { primary: ['jaw-left' as RegionId], secondary: [] } });
    expect(findMuscles([{ region: 'jaw-left' }], [twin('a'), twin('b', 3), twin('c')]).map((c) => c.muscle.id)).to.deep.equal(['b', 'a', 'c']);
  });

  it('ranks the muscle whose trigger points are in the painful area first for local pain', () => {
    const cases: [RegionId, string][] = [
      ['top-of-shoulder-left', 'upper-trapezius'],
      ['top-of-shoulder-right', 'upper-trapezius'],
      ['jaw-left', 'masseter'],
      ['buttock-right', 'gluteus-medius'],
      ['low-back-left', 'quadratus-lumborum'],
      ['calf-left', 'gastrocnemius'],
    ];
    for (const [region, muscle] of cases) {
      const first = top([region]);
      expect(`${first.muscle.id} ${first.side}`, region).to.equal(`${muscle} ${region.endsWith('-left') ? 'left' : 'right'}`);
      expect(first.local, region).to.deep.equal([region]);
    }
  });

  it('lists a muscle once for a midline region', () => {
    for (const region of REGIONS.filter((r) => r.side === null).map((r) => r.id)) {
      const ids = findMuscles([{ region }], MUSCLES).map((c) => c.muscle.id);
      expect(ids.length, region).to.equal(new Set(ids).size);
    }
    const both = findMuscles([{ region: 'sacrum' }], MUSCLES);
    expect(both.length).to.be.greaterThan(0);
    expect(both.every((c) => c.side === 'both' || c.explains.some((r) => r !== 'sacrum'))).to.equal(true);
    // One side explains more: only that side is listed.
    const sided = findMuscles([{ region: 'sacrum' }, { region: 'low-back-left' }], MUSCLES);
    const sidedIds = sided.map((c) => c.muscle.id);
    expect(sidedIds.length).to.equal(new Set(sidedIds).size);
  });

  it('finds a candidate for pain anywhere a referral pattern reaches', () => {
    const reached = new Set(MUSCLES.flatMap((m) => [...m.referral.primary, ...m.referral.secondary]).flatMap((r) => [r, mirrorRegion(r)]));
    expect(reached.size).to.be.greaterThan(REGIONS.length / 2);
    for (const region of reached) expect(findMuscles([{ region }], MUSCLES).length, region).to.be.greaterThan(0);
  });
});
