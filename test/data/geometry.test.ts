import { expect } from '@open-wc/testing';
import { SHAPES, SIDE_LABELS, VIEW_WIDTH } from '../../src/data/region-geometry.js';
import { REGIONS, type RegionId } from '../../src/data/region-list.js';
import { spatialNeighbors } from '../../src/core/neighbors.js';

describe('body map geometry', () => {
  it('draws every region in exactly the views it belongs to', () => {
    for (const view of ['front', 'back'] as const) {
      const expected = REGIONS.filter((r) => r.views.includes(view)).map((r) => r.id).sort();
      expect(Object.keys(SHAPES[view]).sort()).to.deep.equal(expected);
    }
  });

  it('puts the person\'s left on the viewer\'s right in front, and on the left from behind', () => {
    for (const [id, shape] of Object.entries(SHAPES.front)) {
      if (id.endsWith('-left')) expect(shape.x, id).to.be.greaterThan(VIEW_WIDTH / 2);
      if (id.endsWith('-right')) expect(shape.x, id).to.be.lessThan(VIEW_WIDTH / 2);
    }
    for (const [id, shape] of Object.entries(SHAPES.back)) {
      if (id.endsWith('-left')) expect(shape.x, id).to.be.lessThan(VIEW_WIDTH / 2);
      if (id.endsWith('-right')) expect(shape.x, id).to.be.greaterThan(VIEW_WIDTH / 2);
    }
    expect(SIDE_LABELS.front.left.x).to.be.greaterThan(VIEW_WIDTH / 2);
    expect(SIDE_LABELS.back.left.x).to.be.lessThan(VIEW_WIDTH / 2);
  });

  it('every region can be reached by arrow keys from every other (both views, and each alone)', () => {
    const layouts: Array<Array<'front' | 'back'>> = [['front', 'back'], ['front'], ['back']];
    for (const views of layouts) {
      const points = new Map<RegionId, { x: number; y: number }>();
      views.forEach((view, i) => {
        for (const [id, s] of Object.entries(SHAPES[view]) as Array<[RegionId, { x: number; y: number }]>) if (!points.has(id)) points.set(id, { x: s.x + i * VIEW_WIDTH, y: s.y });
      });
      const links = spatialNeighbors(points);
      for (const start of points.keys()) {
        const seen = new Set([start]);
        const queue = [start];
        while (queue.length) for (const next of Object.values(links.get(queue.shift()!) ?? {})) if (!seen.has(next)) (seen.add(next), queue.push(next));
        expect(seen.size, `from ${start} in ${views.join('+')}`).to.equal(points.size);
      }
    }
  });
});
