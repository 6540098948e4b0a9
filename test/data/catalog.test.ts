import { expect } from '@open-wc/testing';
import { MUSCLES, TECHNIQUES, MUSCLE_IDS, RED_FLAGS, findMuscles, loadTechnique, muscleOfTechnique, loadMuscle } from '../../src/data/index.js';
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
      expect(t.feel(), t.id).to.match(/\w{3}/);
      expect(t.cautions().length, `${t.id} cautions`).to.be.at.least(1);
      expect(t.source.title, `${t.id} source`).to.match(/\w/);
    }
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

  it('lists red flags before self-care', () => {
    expect(RED_FLAGS.length).to.be.at.least(7);
    const text = RED_FLAGS.map((f) => f.text()).join(' ');
    for (const word of ['bladder', 'Chest', 'calf', 'stiff neck', 'injury', 'weakness', 'two weeks']) expect(text).to.contain(word);
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
    expect(findMuscles([{ region: 'jaw-left' }], muscles)).to.deep.equal(findMuscles([{ region: 'jaw-left' }], muscles));
  });

  it('breaks ties on how often the references find a muscle involved, then on id', () => {
    const twin = (id: string, prevalence?: number) => ({ ...MUSCLES[0], id, prevalence, referral: { primary: ['jaw-left' as RegionId], secondary: [] } });
    expect(findMuscles([{ region: 'jaw-left' }], [twin('a'), twin('b', 3), twin('c')]).map((c) => c.muscle.id)).to.deep.equal(['b', 'a', 'c']);
  });

  it('finds a candidate for pain anywhere a referral pattern reaches', () => {
    const reached = new Set(MUSCLES.flatMap((m) => [...m.referral.primary, ...m.referral.secondary]).flatMap((r) => [r, mirrorRegion(r)]));
    expect(reached.size).to.be.greaterThan(REGIONS.length / 2);
    for (const region of reached) expect(findMuscles([{ region }], MUSCLES).length, region).to.be.greaterThan(0);
  });
});
