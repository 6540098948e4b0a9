import { expect } from '@open-wc/testing';
import { matchLocale } from '../../src/i18n/match.js';

describe('matchLocale', () => {
  const supported = ['en', 'es', 'de', 'fr'];
  it('picks the nearest supported locale', () => {
    expect(matchLocale('es-MX', supported, 'en')).to.equal('es');
    expect(matchLocale('DE', supported, 'en')).to.equal('de');
    expect(matchLocale('fr_CA', supported, 'en')).to.equal('fr');
    expect(matchLocale('ja', supported, 'en')).to.equal('en');
    expect(matchLocale('', supported, 'en')).to.equal('en');
    expect(matchLocale(null, supported, 'en')).to.equal('en');
  });
});
