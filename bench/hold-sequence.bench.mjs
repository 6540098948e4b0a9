// Runtime benchmark of the timing core (`npm run bench`): what one frame of a running timer
// costs, on the largest plan the timer allows. Numbers go to stdout; nothing is asserted.
import { build } from 'esbuild';

const { outputFiles } = await build({ entryPoints: ['src/core/hold-sequence.ts'], bundle: true, format: 'esm', write: false, platform: 'neutral' });
const { HoldSequence } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

let now = 0;
const clock = { now: () => now };
// The largest plan: 20 reps, both sides, every phase present (81 segments).
const config = { holdMs: 600_000, prepareMs: 60_000, reps: 20, restMs: 300_000, sides: 'both', switchMs: 60_000 };

function measure(name, frames, body) {
  for (let i = 0; i < 1000; i++) body(i); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < frames; i++) body(i);
  const ns = Number(process.hrtime.bigint() - start) / frames;
  console.log(`${name.padEnd(46)} ${(ns / 1000).toFixed(2).padStart(8)} µs/op  (${frames} ops)`);
}

const seq = new HoldSequence(config, clock);
seq.start();
measure('look() per 60 fps frame, 81-segment plan', 200_000, () => {
  now += 16.7;
  seq.look();
});
measure('snapshot() (getters: state, phase, remaining)', 200_000, () => seq.snapshot());
measure('catch-up look() after a 1-hour hidden tab', 20_000, () => {
  const s = new HoldSequence(config, clock);
  now = 0;
  s.start();
  s.look();
  now = 3_600_000;
  s.look();
});
console.log(`\nA 60 fps frame has 16 667 µs; the core uses the figure above of it.`);
