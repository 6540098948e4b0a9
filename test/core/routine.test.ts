import { expect } from '@open-wc/testing';
import { RoutineRun, planRoutine, routineShown, sameShown, stepChange, stepDose, BETWEEN_STEPS_SECONDS, ROUTINE_REST_SECONDS, type StepDose } from '../../src/core/routine.js';
import { validateRoutine, suggest } from '../../src/core/routine-format.js';
import { ManualClock } from '../helpers/manual-time.js';

const dose = (over: Partial<StepDose> = {}): StepDose => ({ holdSeconds: 30, strokes: 0, reps: 1, sides: 'none', restSeconds: 10, prepareSeconds: 5, ...over });

describe('routine engine', () => {
  const doses = [dose(), dose({ reps: 2 }), dose({ sides: 'both', holdSeconds: 20 })];
  // step 0: 5 + 30 = 35; between 15; step 1: 5 + 30 + 10 + 30 = 75; between 15; step 2: 5 + 20 + 5 + 20 = 50
  const total = (35 + BETWEEN_STEPS_SECONDS + 75 + BETWEEN_STEPS_SECONDS + 50) * 1000;

  it('says what a player shows of a moment, which changes far less often than frames come', () => {
    const clock = new ManualClock(0);
    const run = new RoutineRun(doses, clock);
    run.sequence.start();
    const first = routineShown(run.snapshot(), total);
    expect(first).to.deep.equal({ state: 'running', step: 0, between: false, percent: 0, countdown: 0 });
    clock.advance(16);
    expect(sameShown(first, routineShown(run.snapshot(), total)), 'a frame later').to.equal(true);
    clock.advance(total / 100);
    expect(routineShown(run.snapshot(), total).percent, 'a percent later').to.equal(1);
    expect(sameShown(first, routineShown(run.snapshot(), total))).to.equal(false);
    clock.set(35_000 + 500); // in the pause after step 0: its countdown, in whole seconds
    expect(routineShown(run.snapshot(), total)).to.include({ step: 0, between: true, countdown: BETWEEN_STEPS_SECONDS });
    clock.set(35_000 + 1_000);
    expect(routineShown(run.snapshot(), total).countdown).to.equal(BETWEEN_STEPS_SECONDS - 1);
    expect(sameShown(null, first), 'nothing shown yet').to.equal(false);
  });

  it('lays the steps end to end with a pause between them', () => {
    const plan = planRoutine(doses);
    expect(plan.totalMs).to.equal(total);
    expect(plan.stepStarts).to.deep.equal([0, 50_000, 140_000]);
    expect(plan.segments.filter((s) => s.between).map((s) => s.step)).to.deep.equal([0, 1]);
  });

  it('completes the whole routine at exactly its total time', () => {
    const clock = new ManualClock(500);
    const run = new RoutineRun(doses, clock);
    run.sequence.start();
    clock.advance(total - 1);
    expect(run.snapshot()).to.include({ state: 'running', step: 2, routineRemainingMs: 1 });
    clock.advance(1);
    expect(run.snapshot()).to.include({ state: 'done', routineRemainingMs: 0 });
  });

  it('reports the step, the pause between steps, and the time left', () => {
    const clock = new ManualClock(0);
    const run = new RoutineRun(doses, clock);
    run.sequence.start();
    clock.advance(40_000);
    expect(run.snapshot()).to.include({ step: 0, between: true, phase: 'rest', stepRemainingMs: 0, routineRemainingMs: total - 40_000 });
    clock.advance(10_000);
    expect(run.snapshot()).to.include({ step: 1, between: false, phase: 'prepare', stepRemainingMs: 75_000 });
  });

  it('pause shifts everything after it', () => {
    const clock = new ManualClock(0);
    const run = new RoutineRun(doses, clock);
    run.sequence.start();
    clock.advance(60_000);
    run.sequence.pause();
    clock.advance(3_600_000);
    run.sequence.resume();
    clock.advance(total - 60_000 - 1);
    expect(run.snapshot().state).to.equal('running');
    clock.advance(1);
    expect(run.snapshot().state).to.equal('done');
  });

  it('next, previous and jumps move between steps, reporting only the phase entered', () => {
    const clock = new ManualClock(0);
    const run = new RoutineRun(doses, clock);
    run.sequence.start();
    run.sequence.look();
    run.next();
    let look = run.sequence.look();
    expect(look.transitions.map((t) => [t.phase, t.late])).to.deep.equal([['prepare', false]]);
    expect(run.snapshot()).to.include({ step: 1, positionMs: 50_000 });
    clock.advance(10_000);
    run.previous(); // 10 s into step 1: back to its start
    expect(run.snapshot()).to.include({ step: 1, positionMs: 50_000 });
    run.previous(); // at its start: to step 0
    expect(run.snapshot()).to.include({ step: 0, positionMs: 0 });
    run.goTo(2);
    look = run.sequence.look();
    expect(run.snapshot()).to.include({ step: 2 });
    expect(look.marks).to.deep.equal([]);
    run.next(); // from the last step: done
    expect(run.snapshot().state).to.equal('done');
  });

  it('a hidden tab catches up across steps, each missed phase reported once and late', () => {
    const clock = new ManualClock(0);
    const run = new RoutineRun(doses, clock);
    run.sequence.start();
    run.sequence.look();
    clock.advance(100_000); // into step 1's second hold
    const look = run.sequence.look();
    expect(run.snapshot()).to.include({ step: 1, phase: 'hold', rep: 2 });
    expect(look.transitions.map((t) => `${t.phase}${t.late ? '!' : ''}`)).to.deep.equal(['hold!', 'rest!', 'prepare!', 'hold!', 'rest!', 'hold!']);
  });

  it('takes a step\'s dose from the routine, then the technique, then the defaults', () => {
    const technique = { kind: 'release' as const, holdSeconds: 90, reps: 3, sides: 'each' as const, timesPerDay: 2 };
    expect(stepDose({ technique: 'x', hold: 30 }, technique)).to.deep.equal({ holdSeconds: 30, strokes: 0, reps: 3, sides: 'both', restSeconds: ROUTINE_REST_SECONDS, prepareSeconds: 5 });
    expect(stepDose({ technique: 'x', sides: 'left', rest: 0, prepare: 0 }, { ...technique, sides: 'one' })).to.include({ sides: 'left', restSeconds: 0, prepareSeconds: 0 });
    expect(stepDose({ technique: 'x' }, { ...technique, sides: 'one' }).sides).to.equal('none');
    expect(stepDose({ custom: { title: 'Rolls', steps: ['Roll.'] } })).to.deep.equal({ holdSeconds: 60, strokes: 0, reps: 1, sides: 'none', restSeconds: ROUTINE_REST_SECONDS, prepareSeconds: 5 });
  });

  it('keeps a stroke technique as paced strokes, its count following the step\'s time', () => {
    const strokes = { kind: 'strokes' as const, strokes: 12, holdSeconds: 60, reps: 1, sides: 'each' as const, timesPerDay: 3 };
    expect(stepDose({ technique: 'x' }, strokes)).to.include({ holdSeconds: 60, strokes: 12 });
    expect(stepDose({ technique: 'x', hold: 30 }, strokes)).to.include({ holdSeconds: 30, strokes: 6 });
    expect(stepDose({ technique: 'x', hold: 5 }, strokes)).to.include({ holdSeconds: 5, strokes: 1 });
  });

  it('says which steps began: each one time crossed, only the one a jump lands on', () => {
    const clock = new ManualClock(0);
    const run = new RoutineRun(doses, clock);
    run.sequence.start();
    expect(stepChange(-1, run.snapshot(), 3, false)).to.deep.equal({ passed: [], enter: 0, shown: 0 });
    clock.advance(150_000); // a hidden tab: into step 2
    expect(stepChange(0, run.snapshot(), 3, false)).to.deep.equal({ passed: [1], enter: 2, shown: 2 });
    expect(stepChange(0, run.snapshot(), 3, true)).to.deep.equal({ passed: [], enter: 2, shown: 2 });
    clock.advance(40_000); // past the end
    expect(stepChange(0, run.snapshot(), 3, false)).to.deep.equal({ passed: [1, 2], enter: null, shown: 2 });
    const other = new RoutineRun(doses, new ManualClock(0));
    other.sequence.start();
    other.goTo(1);
    other.sequence.jumpTo(130_000); // the pause after step 1
    expect(stepChange(0, other.snapshot(), 3, false)).to.deep.equal({ passed: [1], enter: null, shown: 1 });
  });

  it('picks a saved position up again on a new page clock, paused or running', () => {
    const clock = new ManualClock(0);
    const run = new RoutineRun(doses, clock);
    run.sequence.start();
    clock.advance(77_000);
    run.sequence.pause();
    // What a reload keeps (the player's RoutineProgress saves the position).
    const saved = run.sequence.snapshot().positionMs;
    expect(saved).to.equal(77_000);
    const later = new ManualClock(123); // the next page's performance.now() starts over
    const resumed = new RoutineRun(doses, later);
    resumed.sequence.start();
    resumed.sequence.jumpTo(saved);
    resumed.sequence.pause();
    expect(resumed.snapshot()).to.include({ state: 'paused', positionMs: 77_000, step: 1 });
    resumed.sequence.resume();
    later.advance(total - 77_000);
    expect(resumed.snapshot().state).to.equal('done');
  });
});

describe('routine format', () => {
  const techniques = ['upper-trapezius-pincer', 'upper-trapezius-ball-floor', 'levator-scapulae-stretch'];

  it('accepts a valid routine, from an object or JSON', () => {
    const routine = { format: 1, id: 'desk-neck', title: 'Desk neck', steps: [{ technique: 'upper-trapezius-pincer', hold: 45 }, { custom: { title: 'Shoulder rolls', steps: ['Roll back.'] } }] };
    expect(validateRoutine(routine, techniques)).to.deep.equal({ routine, problems: [] });
    expect(validateRoutine(JSON.stringify(routine), techniques).problems).to.deep.equal([]);
  });

  it('lists every problem with its location, in plain words', () => {
    const { routine, problems } = validateRoutine(
      { format: 2, id: 'Desk Neck', title: '', steps: [{ technique: 'upper-trap', hold: 3 }, { custom: { title: 'x', steps: [] }, sides: 'up' }, { reps: 2.5 }, { technique: 'levator-scapulae-stretch', extra: true }] },
      techniques,
    );
    expect(routine).to.equal(null);
    expect(problems).to.deep.equal([
      'format must be 1 (this version of knotkit reads routine format 1)',
      'id must be lowercase letters, digits and dashes, like "desk-neck"',
      'title must not be empty',
      'steps[0].hold must be between 5 and 600 seconds',
      'steps[1].custom.steps must have at least one instruction',
      'steps[1].sides must be one of none, left, right, both',
      'steps[2].reps must be a whole number from 1 to 20',
      'steps[2] needs either "technique" or "custom" (one of them)',
      'steps[3].extra is not a known field',
    ]);
  });

  it('names unknown techniques and suggests the nearest', () => {
    expect(validateRoutine({ format: 1, id: 'a', title: 'A', steps: [{ technique: 'upper-trap' }, { technique: 'levator-scapula-stretch' }, { technique: 'zzz' }] }, techniques).problems).to.deep.equal([
      'steps[0].technique "upper-trap" is not a known technique; did you mean "upper-trapezius-pincer"?',
      'steps[1].technique "levator-scapula-stretch" is not a known technique; did you mean "levator-scapulae-stretch"?',
      'steps[2].technique "zzz" is not a known technique',
    ]);
    expect(suggest('abc', [])).to.equal(undefined);
  });

  it('reports malformed JSON and wrong types without throwing', () => {
    expect(validateRoutine('{"format":', techniques).problems[0]).to.match(/^the routine is not valid JSON/);
    expect(validateRoutine(null, techniques).problems).to.deep.equal(['a routine must be an object']);
    expect(validateRoutine({ format: 1, id: 'a', title: 'A', steps: 'all' }, techniques).problems).to.deep.equal(['steps must be a list of steps']);
  });
});
