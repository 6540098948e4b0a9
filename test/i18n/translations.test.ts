import { expect } from '@open-wc/testing';

/**
 * Every locale translates every message: real text, with the source's placeholders. (A unit
 * deleted from a locale's file is caught by `npm run localize:report`, which extracts the
 * messages afresh from the sources.)
 */
async function units(locale: string) {
  const xml = new DOMParser().parseFromString(await (await fetch(`/locales/${locale}.xlf`)).text(), 'application/xml');
  return [...xml.querySelectorAll('trans-unit')].map((unit) => {
    const placeholders = (el: Element | null) => [...(el?.querySelectorAll('x') ?? [])].map((x) => x.getAttribute('id')).sort();
    const source = unit.querySelector('source');
    const target = unit.querySelector('target');
    return { id: unit.id, source: source?.textContent ?? '', target: target?.textContent ?? null, same: placeholders(source).join() === placeholders(target).join() };
  });
}

describe('translations', () => {
  for (const locale of ['es', 'de', 'fr']) {
    it(`${locale} translates every message`, async () => {
      const all = await units(locale);
      expect(all.length).to.be.greaterThan(1000);
      const missing = all.filter((u) => !u.target?.trim()).map((u) => u.id);
      expect(missing, 'untranslated').to.deep.equal([]);
      // Names that are the same word in both languages (a muscle's Latin name) may match, and
      // so may a message of placeholders and punctuation only ("{title}: {page}").
      const copies = all.filter((u) => u.target === u.source && !u.id.startsWith('muscle.') && /\p{L}/u.test(u.source)).map((u) => u.id);
      expect(copies, 'copied, not translated').to.deep.equal([]);
      const broken = all.filter((u) => !u.same).map((u) => u.id);
      expect(broken, 'placeholders differ from the source').to.deep.equal([]);
    });
  }

  // Words a physiotherapist in that country would not write, found in review (issue 8).
  const BANNED: Record<string, RegExp> = {
    es: /a un palmo|membrana del pulgar|cinta de músculo|sin motivo/i,
    fr: /moignon|mal à genoux|15 ou 112/i,
    de: /Notruf 112|\b112\b/,
  };
  for (const [locale, banned] of Object.entries(BANNED)) {
    it(`${locale} uses a physiotherapist's words and no hard-coded emergency number`, async () => {
      const found = (await units(locale)).filter((u) => banned.test(u.target ?? '')).map((u) => `${u.id}: ${u.target}`);
      expect(found).to.deep.equal([]);
    });
  }
});
