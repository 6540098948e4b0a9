import { currentLocale } from '../i18n/current.js';
import { regionName, type RegionId } from '../data/regions.js';

/**
 * Region lists as the trigger finder writes them in its sentences (loaded with its ranking,
 * not with the body map: the map's own lists are labels, src/data/regions.ts).
 */

/**
 * How a region name starts inside a sentence: lower case in en, es and fr; in German only a
 * leading adjective or preposition ("linker Kiefer", "zwischen den Schulterblättern"), its
 * nouns keep their capital ("Stirn", "Oberbauch, links").
 */
const LOWER_IN_SENTENCE: Record<string, RegExp> = { en: /^/, es: /^/, fr: /^/, de: /^(?:(?:Link|Recht|Ober|Mittler|Unter|Äußer|Inner)e[rsn]?|Zwischen)(?=\s)/ };

/**
 * A list of region names in the current locale: "Left temple, Left jaw and Left ear" (a label),
 * or with `inSentence` as a sentence reads it: "left temple, left jaw and left ear" (German:
 * "linke Schläfe und Stirn").
 */
export function regionList(ids: readonly RegionId[], options: { inSentence?: boolean } = {}): string {
  const locale = currentLocale();
  const lower = options.inSentence ? LOWER_IN_SENTENCE[locale.split('-')[0]] : undefined;
  const names = [...new Set(ids)].map((id) => {
    const name = regionName(id);
    return lower?.test(name) ? name.charAt(0).toLocaleLowerCase(locale) + name.slice(1) : name;
  });
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}
