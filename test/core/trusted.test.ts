import { expect } from '@open-wc/testing';
import { builtRoutine, isBuiltRoutine } from '../../src/core/trusted.js';
import { buildRoutine } from '../../src/core/finder-build.js';

describe('routines knotkit built itself', () => {
  it('marks only the very object built, frozen with its steps', () => {
    const routine = builtRoutine({ format: 1, id: 'r', title: 'R', steps: [{ technique: 'masseter-fingers', reps: 1 }] });
    expect(isBuiltRoutine(routine)).to.equal(true);
    expect(isBuiltRoutine(structuredClone(routine)), 'an equal copy (an author could write it)').to.equal(false);
    expect(isBuiltRoutine(JSON.parse(JSON.stringify(routine)))).to.equal(false);
    expect([null, undefined, 'r', 1].map(isBuiltRoutine)).to.deep.equal([false, false, false, false]);
    expect(Object.isFrozen(routine) && Object.isFrozen(routine.steps) && Object.isFrozen(routine.steps[0])).to.equal(true);
    expect(() => ((routine.steps as unknown as object[]).length = 0)).to.throw(TypeError);
  });

  it('the trigger finder’s routines are marked', () => {
    const routine = buildRoutine([], [], { title: 'Mine' });
    expect(isBuiltRoutine(routine)).to.equal(true);
  });
});
