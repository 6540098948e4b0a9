import { expect } from '@open-wc/testing';
import { spatialNeighbors } from '../../src/core/neighbors.js';

describe('spatial neighbours', () => {
  const grid = new Map([
    ['head', { x: 50, y: 10 }],
    ['left-shoulder', { x: 30, y: 30 }],
    ['right-shoulder', { x: 70, y: 30 }],
    ['chest', { x: 50, y: 35 }],
    ['left-knee', { x: 40, y: 80 }],
    ['right-knee', { x: 60, y: 80 }],
    ['left-shin', { x: 41, y: 95 }],
  ]);
  const links = spatialNeighbors(grid);

  it('moves to the nearest region in the arrow direction', () => {
    expect(links.get('head')).to.deep.equal({ down: 'chest', left: 'left-shoulder', right: 'right-shoulder' });
    expect(links.get('chest')?.up).to.equal('head');
  });

  it('prefers straight lines: Down from a knee is the shin below it, not the other knee', () => {
    expect(links.get('left-knee')?.down).to.equal('left-shin');
    expect(links.get('left-knee')?.right).to.equal('right-knee');
  });

  it('has no link where nothing lies that way', () => {
    expect(links.get('head')?.up).to.equal(undefined);
  });
});
