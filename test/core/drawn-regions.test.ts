import { expect } from '@open-wc/testing';
import { hitAt } from '../../src/core/drawn-regions.js';
import { HIT_SIZE, HITS, SHAPES } from '../../src/data/region-geometry.js';

describe('hitAt: small regions picked through their larger hit areas', () => {
  const [ex, ey] = HITS.front['eye-left']!;
  const inEyeArea = [ex + 1, ey + HIT_SIZE / 2] as const;

  it('picks the small region for a point in its hit area, over the neighbour under the point', () => {
    expect(hitAt('front', ...inEyeArea, 'cheek-left', new Set())).to.equal('eye-left');
    expect(hitAt('front', ...inEyeArea, null, new Set())).to.equal('eye-left');
  });

  it('picks nothing outside every hit area, and never a hidden region', () => {
    const chest = SHAPES.front['chest-left']!;
    expect(hitAt('front', chest.x, chest.y, 'chest-left', new Set())).to.equal(null);
    expect(hitAt('front', ...inEyeArea, 'cheek-left', new Set(['eye-left']))).to.not.equal('eye-left');
  });

  it('where two hit areas overlap, keeps the region under the point, else the nearer centre', () => {
    const side = SHAPES.back['side-of-neck-left']!;
    const [bx, by, bw = HIT_SIZE, bh = HIT_SIZE] = HITS.back['back-of-neck-left']!;
    const inBoth = side.x >= bx && side.x <= bx + bw && side.y >= by && side.y <= by + bh;
    expect(inBoth, 'the side of the neck lies in the back of the neck’s hit area').to.equal(true);
    expect(hitAt('back', side.x, side.y, 'side-of-neck-left', new Set())).to.equal('side-of-neck-left');
    const back = SHAPES.back['back-of-neck-left']!;
    expect(hitAt('back', back.x, back.y, null, new Set())).to.equal('back-of-neck-left');
  });
});
