import { HOLD_SECONDS, REPS, STROKES, type Range } from './limits.js';
import { checkNumber } from './validate.js';

/**
 * The check of an author-written technique object (the card's `technique` property). Its own
 * module, loaded by the card only when an object is given: a shared chunk would otherwise
 * carry it into every element's first load.
 */

/** What an author-written technique may name: the catalog's vocabularies, handed in by the card. */
export interface TechniqueVocabulary {
  tools: readonly string[];
  positions: readonly string[];
  askFirst: readonly string[];
  areas: readonly string[];
  views: readonly string[];
  isRegion(id: string): boolean;
}

/** Dose numbers an author may give: the timer's ranges, and times a day as a source might teach. */
const DOSE_RANGES: Record<string, Range> = {
  holdSeconds: HOLD_SECONDS,
  reps: REPS,
  strokes: STROKES,
  timesPerDay: { min: 1, max: 12, default: 1, integer: true },
};
const DOSE_WORDS: Record<string, readonly string[]> = { kind: ['strokes', 'release', 'stretch'], sides: ['each', 'one', 'none'] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string | (() => unknown) => typeof v === 'string' || typeof v === 'function';

/**
 * Checks an author-written technique object (the card's `technique` property) the way a
 * routine is checked: every problem located (`dose.reps must be a whole number from 1 to 20;
 * using 20`, `tool "hammer" …`), and the value keeps only what is usable, so the card shows
 * what is valid. Unknown values are dropped (an unknown `area` would hide its red flags:
 * dropping it shows them all). Never throws.
 */
export function checkTechnique(input: unknown, known: TechniqueVocabulary): { value: Record<string, unknown> | null; problems: string[] } {
  if (!isRecord(input)) return { value: null, problems: ['a technique must be an object with a title'] };
  const problems: string[] = [];
  const value: Record<string, unknown> = {};
  const bad = (where: string, problem: string) => void problems.push(`${where} ${problem}`);
  const words = (where: string, v: unknown, allowed: readonly string[]) => {
    if (typeof v === 'string' && allowed.includes(v)) return v;
    bad(typeof v === 'string' ? `${where} ${JSON.stringify(v.slice(0, 40))}` : where, `must be one of ${allowed.join(', ')}`);
  };
  const list = (where: string, v: unknown, keep: (item: unknown, at: string) => unknown) => {
    if (!Array.isArray(v)) return bad(where, 'must be a list');
    return v.map((item, i) => keep(item, `${where}[${i}]`)).filter((item) => item !== undefined);
  };
  const text = (item: unknown, where: string) => (typeof item === 'string' ? item : bad(where, 'must be text'));
  const region = (item: unknown, where: string) => (typeof item === 'string' && known.isRegion(item) ? item : bad(where, `${typeof item === 'string' ? `"${item.slice(0, 40)}" ` : ''}is not a region id`));
  for (const [key, v] of Object.entries(input)) {
    if (v === undefined) continue;
    switch (key) {
      case 'id':
        if (typeof v === 'string') value.id = v;
        else bad('id', 'must be text');
        break;
      case 'title':
      case 'muscleName':
      case 'feel':
        if (isText(v)) value[key] = v;
        else bad(key, 'must be text');
        break;
      case 'steps':
      case 'cautions':
      case 'muscleCautions':
        value[key] = typeof v === 'function' ? v : list(key, v, text);
        break;
      case 'tool':
        value.tool = words('tool', v, known.tools);
        break;
      case 'position':
        value.position = words('position', v, known.positions);
        break;
      case 'area':
        value.area = words('area', v, known.areas);
        break;
      case 'askFirst':
        value.askFirst = list('askFirst', v, (item, at) => words(at, item, known.askFirst));
        break;
      case 'dose':
        if (!isRecord(v)) bad('dose', 'must be an object');
        else {
          const dose: Record<string, unknown> = {};
          for (const [k, n] of Object.entries(v)) {
            if (DOSE_RANGES[k]) {
              const checked = checkNumber(n, DOSE_RANGES[k], k === 'holdSeconds' ? 'seconds' : '');
              if (checked.problem) bad(`dose.${k}`, checked.problem);
              dose[k] = checked.value;
            } else if (DOSE_WORDS[k]) dose[k] = words(`dose.${k}`, n, DOSE_WORDS[k]);
            else bad(`dose.${k}`, 'is not a known field');
          }
          value.dose = dose;
        }
        break;
      case 'source':
        if (isRecord(v) && typeof v.title === 'string' && (v.detail === undefined || typeof v.detail === 'string')) value.source = { title: v.title, detail: v.detail };
        else bad('source', 'must be { title, detail } as text');
        break;
      case 'triggerPoints':
        value.triggerPoints = list('triggerPoints', v, (p, at) => {
          if (!isRecord(p)) return bad(at, 'must be { region, view, x, y }');
          const ok = region(p.region, `${at}.region`) && words(`${at}.view`, p.view, known.views);
          const numbers = Number.isFinite(p.x) && Number.isFinite(p.y);
          if (!numbers) bad(at, 'x and y must be numbers');
          return ok && numbers ? { region: p.region, view: p.view, x: p.x, y: p.y } : undefined;
        });
        break;
      case 'referral':
        if (!isRecord(v)) bad('referral', 'must be { primary, secondary }');
        else
          value.referral = {
            primary: v.primary === undefined ? [] : (list('referral.primary', v.primary, region) ?? []),
            secondary: v.secondary === undefined ? [] : (list('referral.secondary', v.secondary, region) ?? []),
          };
        break;
      default:
        bad(key, 'is not a known field');
    }
  }
  if (value.title === undefined) bad('title', 'is missing');
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return { value, problems };
}
