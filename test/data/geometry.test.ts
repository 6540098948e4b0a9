import { expect } from '@open-wc/testing';
import { HIT_SIZE, HITS, SHAPES, VIEW_WIDTH } from '../../src/data/region-geometry.js';
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

  it('gives every region smaller than HIT_SIZE a hit area at least that big, around the region', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    try {
      for (const view of ['front', 'back'] as const) {
        for (const [id, shape] of Object.entries(SHAPES[view]) as Array<[RegionId, { d: string; x: number; y: number }]>) {
          const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
          path.setAttribute('d', shape.d);
          svg.append(path);
          const box = path.getBBox();
          path.remove();
          const hit = HITS[view][id];
          if (box.width >= HIT_SIZE && box.height >= HIT_SIZE) {
            expect(hit, `${view}/${id} needs no hit area`).to.equal(undefined);
            continue;
          }
          expect(hit, `${view}/${id} (${box.width.toFixed(1)} × ${box.height.toFixed(1)})`).to.be.an('array');
          const [x, y, w = HIT_SIZE, h = HIT_SIZE] = hit!;
          expect(w, `${view}/${id}`).to.be.at.least(HIT_SIZE);
          expect(h, `${view}/${id}`).to.be.at.least(HIT_SIZE);
          expect(shape.x >= x && shape.x <= x + w && shape.y >= y && shape.y <= y + h, `${view}/${id}: its anchor is inside its hit area`).to.equal(true);
        }
      }
    } finally {
      svg.remove();
    }
  });
});
