import { expect } from '@open-wc/testing';
import { formatClock, formatDuration, secondsLeft } from '../../src/core/format.js';

describe('format', () => {
  it('counts down in whole seconds, rounding up', () => {
    expect(secondsLeft(60_000)).to.equal(60);
    expect(secondsLeft(59_001)).to.equal(60);
    expect(secondsLeft(59_000)).to.equal(59);
    expect(secondsLeft(1)).to.equal(1);
    expect(secondsLeft(0)).to.equal(0);
    expect(secondsLeft(-5)).to.equal(0);
  });

  it('shows m:ss and h:mm:ss', () => {
    expect(formatClock(65, 'en')).to.equal('1:05');
    expect(formatClock(5, 'en')).to.equal('0:05');
    expect(formatClock(3_725, 'en')).to.equal('1:02:05');
  });

  it('writes durations in words in each locale', () => {
    expect(formatDuration(65, 'en')).to.equal('1 minute, 5 seconds');
    expect(formatDuration(10, 'de')).to.equal('10 Sekunden');
    expect(formatDuration(60, 'fr')).to.equal('1 minute');
    expect(formatDuration(0, 'es')).to.equal('0 segundos');
  });

  it('makes each formatter once per locale, not on every call (a player formats every step each render)', () => {
    const made: string[] = [];
    const spy = <T extends abstract new (...args: never[]) => object>(Format: T): T =>
      // Named like the original, so the cache keys it as one of them.
      ({ [Format.name]: class extends (Format as unknown as new (...args: unknown[]) => object) {
        constructor(...args: unknown[]) {
          super(...args);
          made.push(`${Format.name} ${String(args[0])}`);
        }
      } })[Format.name] as unknown as T;
    const { NumberFormat, ListFormat } = Intl;
    Object.assign(Intl, { NumberFormat: spy(NumberFormat), ListFormat: spy(ListFormat) });
    try {
      for (let i = 0; i < 5; i++) {
        formatDuration(65 + i, 'sv');
        formatClock(65 + i, 'sv');
      }
    } finally {
      Object.assign(Intl, { NumberFormat, ListFormat });
    }
    // The minute and second units and the list; the clock's two digit formats.
    expect(made.sort()).to.deep.equal(['ListFormat sv', 'NumberFormat sv', 'NumberFormat sv', 'NumberFormat sv', 'NumberFormat sv']);
  });
});
