import { expect } from '@open-wc/testing';
import { checkNumber, checkOneOf, checkTokens } from '../../src/core/validate.js';
import { HOLD_SECONDS, REPS } from '../../src/core/limits.js';

describe('validate', () => {
  it('accepts numbers in range, as numbers or numeric text', () => {
    expect(checkNumber(30, HOLD_SECONDS)).to.deep.equal({ value: 30 });
    expect(checkNumber(' 45 ', HOLD_SECONDS)).to.deep.equal({ value: 45 });
  });

  it('uses the default for what is not a number, naming the accepted range', () => {
    for (const bad of ['abc', '', NaN, null, undefined, {}]) {
      const checked = checkNumber(bad, HOLD_SECONDS, 'seconds');
      expect(checked.value).to.equal(60);
      expect(checked.problem).to.equal('must be a number from 5 to 600 seconds; using 60');
    }
  });

  it('uses the nearest bound for numbers out of range', () => {
    expect(checkNumber(-5, HOLD_SECONDS).value).to.equal(5);
    expect(checkNumber(0, HOLD_SECONDS).value).to.equal(5);
    expect(checkNumber('1e9', HOLD_SECONDS).value).to.equal(600);
    expect(checkNumber(Infinity, HOLD_SECONDS).value).to.equal(600);
    expect(checkNumber(-Infinity, HOLD_SECONDS).value).to.equal(5);
  });

  it('rounds where whole numbers are required', () => {
    expect(checkNumber(2.6, REPS)).to.deep.equal({ value: 3, problem: 'must be a whole number from 1 to 20; using 3' });
  });

  it('checks a choice', () => {
    expect(checkOneOf('both', ['none', 'both'], 'none')).to.deep.equal({ value: 'both' });
    expect(checkOneOf('sideways', ['none', 'both'], 'none')).to.deep.equal({ value: 'none', problem: 'must be one of none, both; using none' });
  });

  it('reads token lists, keeping known tokens once and naming unknown ones', () => {
    const allowed = ['beep', 'voice', 'vibrate'] as const;
    expect(checkTokens('beep  voice beep', allowed)).to.deep.equal({ value: ['beep', 'voice'] });
    expect(checkTokens('', allowed)).to.deep.equal({ value: [] });
    const bad = checkTokens('beep <img src=x onerror=alert(1)>', allowed);
    expect(bad.value).to.deep.equal(['beep']);
    expect(bad.problem).to.contain('unknown');
    expect(checkTokens(42, allowed).problem).to.contain('space-separated');
  });
});
