import { expect } from '@open-wc/testing';
import { HoldSequence, planSegments, strokeDue, type HoldConfig, type Phase } from '../../src/core/hold-sequence.js';
import { ManualClock } from '../helpers/manual-time.js';

const base: HoldConfig = { holdMs: 60_000, prepareMs: 5_000, reps: 1, restMs: 15_000, sides: 'none', switchMs: 5_000 };

function make(config: Partial<HoldConfig> = {}) {
  const clock = new ManualClock(1_000); // not zero: offsets must not depend on the clock's origin
  const sequence = new HoldSequence({ ...base, ...config }, clock);
  return { clock, sequence };
}

/** Runs a sequence to the end in 1 s frames and returns the phases entered, in order. */
function phasesOf(config: Partial<HoldConfig>): string[] {
  const { clock, sequence } = make(config);
  sequence.start();
  const seen: string[] = [];
  for (let i = 0; i < 2_000 && sequence.state !== 'done'; i++) {
    for (const t of sequence.look().transitions) seen.push(`${t.phase}${t.side ? `:${t.side}` : ''}#${t.rep}`);
    clock.advance(1_000);
  }
  for (const t of sequence.look().transitions) seen.push(`${t.phase}#${t.rep}`);
  return seen;
}

describe('hold sequence', () => {
  it('a 60 s hold ends at exactly 60 000 ms', () => {
    const { clock, sequence } = make({ prepareMs: 0 });
    sequence.start();
    clock.advance(59_999);
    expect(sequence.snapshot()).to.include({ phase: 'hold', remainingMs: 1, state: 'running' });
    clock.advance(1);
    expect(sequence.snapshot()).to.include({ phase: 'done', remainingMs: 0, state: 'done' });
    expect(sequence.summary()).to.deep.equal({ reps: 1, holdMs: 60_000, totalMs: 60_000 });
  });

  it('remaining time is end − now, whatever the frame rate', () => {
    const { clock, sequence } = make({ prepareMs: 0 });
    sequence.start();
    clock.advance(12_345);
    expect(sequence.snapshot().remainingMs).to.equal(60_000 - 12_345);
    clock.advance(7);
    expect(sequence.snapshot().remainingMs).to.equal(60_000 - 12_352);
  });

  it('goes prepare → hold → rest per rep, with no rest after the last', () => {
    expect(phasesOf({ reps: 3, holdMs: 10_000, restMs: 5_000 })).to.deep.equal(['prepare#1', 'hold#1', 'rest#1', 'hold#2', 'rest#2', 'hold#3', 'done#3']);
  });

  it('sides: both holds left, switches, then holds right', () => {
    expect(phasesOf({ sides: 'both', holdMs: 10_000, reps: 2 })).to.deep.equal([
      'prepare:left#1',
      'hold:left#1',
      'switch:right#1',
      'hold:right#1',
      'rest:right#1',
      'hold:left#2',
      'switch:right#2',
      'hold:right#2',
      'done#2',
    ]);
  });

  it('a single named side holds only that side', () => {
    expect(planSegments({ ...base, sides: 'right' }).map((s) => s.side)).to.deep.equal(['right', 'right']);
  });

  it('leaves out phases of zero length', () => {
    const plan = planSegments({ ...base, prepareMs: 0, restMs: 0, reps: 2, sides: 'both', switchMs: 0 });
    expect(plan.map((s) => s.phase)).to.deep.equal(['hold', 'hold', 'hold', 'hold']);
  });

  it('pause and resume shift every later boundary by the paused time', () => {
    const { clock, sequence } = make({ reps: 2, holdMs: 10_000, restMs: 5_000 }); // prepare 0–5, hold 5–15, rest 15–20, hold 20–30
    sequence.start();
    clock.advance(7_000);
    sequence.pause();
    expect(sequence.state).to.equal('paused');
    clock.advance(100_000);
    expect(sequence.snapshot()).to.include({ phase: 'hold', remainingMs: 8_000, elapsedMs: 7_000 });
    sequence.resume();
    clock.advance(8_000);
    expect(sequence.snapshot()).to.include({ phase: 'rest', remainingMs: 5_000 });
    clock.advance(15_000);
    expect(sequence.state).to.equal('done');
    expect(sequence.summary().totalMs).to.equal(30_000);
  });

  it('pause and resume are ignored in the wrong state', () => {
    const { clock, sequence } = make();
    sequence.pause();
    sequence.resume();
    expect(sequence.state).to.equal('idle');
    sequence.start();
    sequence.resume();
    expect(sequence.state).to.equal('running');
    sequence.start(); // a second start does not restart
    clock.advance(2_000);
    expect(sequence.snapshot().elapsedMs).to.equal(2_000);
  });

  it('a 5-minute jump lands in the right phase and reports each skipped transition once, marked late', () => {
    const { clock, sequence } = make({ reps: 3, holdMs: 60_000, restMs: 15_000 }); // total 5 + 60+15+60+15+60 = 215 s
    sequence.start();
    const first = sequence.look();
    expect(first.transitions.map((t) => [t.phase, t.late])).to.deep.equal([['prepare', false]]);
    clock.advance(150_000); // 150 s: hold #2 ends at 140 s, rest #2 runs 140–155 s
    const caught = sequence.look();
    expect(caught.snapshot).to.include({ phase: 'rest', rep: 2, remainingMs: 5_000 });
    expect(caught.transitions.map((t) => `${t.phase}#${t.rep}:${t.late ? 'late' : 'on time'}`)).to.deep.equal([
      'hold#1:late',
      'rest#1:late',
      'hold#2:late',
      'rest#2:late',
    ]);
    expect(caught.marks.every((m) => m.late)).to.equal(true);
    expect(sequence.look().transitions).to.deep.equal([]);
    clock.advance(5_000);
    expect(sequence.look().transitions.map((t) => [t.phase, t.rep, t.late])).to.deep.equal([['hold', 3, false]]);
  });

  it('a jump past the end reports every remaining transition and done', () => {
    const { clock, sequence } = make({ reps: 2, holdMs: 10_000, restMs: 5_000 });
    sequence.start();
    sequence.look();
    clock.advance(300_000);
    const caught = sequence.look();
    expect(caught.transitions.map((t) => t.phase)).to.deep.equal(['hold', 'rest', 'hold', 'done']);
    expect(caught.snapshot.state).to.equal('done');
  });

  it('marks 10 s left and 3-2-1 inside a hold, each once', () => {
    const { clock, sequence } = make({ prepareMs: 0, holdMs: 30_000 });
    sequence.start();
    const marks: number[] = [];
    for (let t = 0; t <= 30_000; t += 250) {
      marks.push(...sequence.look().marks.map((m) => m.secondsLeft));
      clock.advance(250);
    }
    expect(marks).to.deep.equal([10, 3, 2, 1]);
  });

  it('short holds get 3-2-1 but no "10 seconds left"', () => {
    const { clock, sequence } = make({ prepareMs: 0, holdMs: 10_000 });
    sequence.start();
    clock.advance(9_500);
    expect(sequence.look().marks.map((m) => m.secondsLeft)).to.deep.equal([3, 2, 1]);
  });

  it('skip ends the phase now, counts nothing skipped as held, and sounds no cue it jumped over', () => {
    const { clock, sequence } = make({ reps: 2, holdMs: 30_000, restMs: 10_000 });
    sequence.start();
    sequence.look();
    sequence.skip(); // prepare → hold #1
    const entered = sequence.look();
    expect(entered.transitions.map((t) => [t.phase, t.late])).to.deep.equal([['hold', false]]);
    expect(entered.snapshot.remainingMs).to.equal(30_000);
    clock.advance(5_000);
    sequence.skip(); // hold #1 at 5 s → rest
    const rest = sequence.look();
    expect(rest.transitions.map((t) => t.phase)).to.deep.equal(['rest']);
    expect(rest.marks).to.deep.equal([]);
    sequence.skip();
    sequence.look();
    clock.advance(30_000);
    expect(sequence.look().transitions.map((t) => t.phase)).to.deep.equal(['done']);
    expect(sequence.summary()).to.deep.equal({ reps: 2, holdMs: 35_000, totalMs: 35_000 });
  });

  it('skip works while paused and stays paused', () => {
    const { clock, sequence } = make();
    sequence.start();
    clock.advance(1_000);
    sequence.pause();
    sequence.skip();
    expect(sequence.snapshot()).to.include({ state: 'paused', phase: 'hold', remainingMs: 60_000 });
  });

  it('skip does nothing when idle or done', () => {
    const { clock, sequence } = make({ prepareMs: 0, holdMs: 5_000 });
    sequence.skip();
    expect(sequence.state).to.equal('idle');
    sequence.start();
    clock.advance(5_000);
    sequence.skip();
    expect(sequence.summary().holdMs).to.equal(5_000);
  });

  it('reset returns to idle and a new start reports the first phase again', () => {
    const { clock, sequence } = make();
    sequence.start();
    sequence.look();
    clock.advance(30_000);
    sequence.reset();
    expect(sequence.snapshot()).to.include({ state: 'idle', phase: 'prepare', elapsedMs: 0 });
    expect(sequence.look().transitions).to.deep.equal([]);
    sequence.start();
    expect(sequence.look().transitions.map((t) => t.phase)).to.deep.equal(['prepare' as Phase]);
  });

  it('paces strokes evenly through a hold: which one is due', () => {
    // 12 strokes in 60 s: one every 5 s.
    expect([60_000, 55_001, 55_000, 50_000, 30_000, 5_000, 1].map((left) => strokeDue(left, 60_000, 12))).to.deep.equal([1, 1, 2, 3, 7, 12, 12]);
    expect(strokeDue(0, 60_000, 12), 'the end stays on the last').to.equal(12);
    expect(strokeDue(61_000, 60_000, 12), 'never before the first').to.equal(1);
  });
});
