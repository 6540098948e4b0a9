import type { RegionId, View } from './region-list.js';

/**
 * The shape of knotkit's content. Texts are functions returning `msg()` results, so they
 * are read in the current locale at render time; message ids are stable and follow
 * `muscle.<id>.<field>[.<n>]` and `technique.<id>.<field>[.<n>]`.
 */

/** Body areas, for grouping muscles (head and neck, shoulder and arm, trunk, hip and leg). */
export type Area = 'head-neck' | 'shoulder-arm' | 'trunk' | 'hip-leg';

export type Tool = 'ball' | 'foam-roller' | 'fingers' | 'pincer' | 'cane' | 'stretch' | 'contract-relax';
export type Position = 'standing-wall' | 'standing' | 'seated' | 'lying-back' | 'lying-front' | 'lying-side' | 'kneeling';

/** Where a book or site says something, e.g. Travell & Simons, vol. 1, ch. 6. */
export interface Source {
  title: string;
  detail?: string;
}

/**
 * The references, as muscle modules name them (written out in each module, so that no
 * shared chunk is needed to load one muscle):
 * - "Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual"
 * - "Davies' The Trigger Point Therapy Workbook (3rd ed.)"
 */

/** A trigger point on the body map: a region and a point inside it, in that view's coordinates. */
export interface TriggerPointSite {
  region: RegionId;
  view: View;
  x: number;
  y: number;
}

/**
 * Paired muscles are described on the person's LEFT side (trigger points and referral
 * regions use `-left` ids); `mirror.ts` gives the right side. Midline regions (forehead,
 * sacrum…) stay as they are.
 */
export interface Muscle {
  id: string;
  area: Area;
  name: () => string;
  /** One plain sentence: where it is, what it does. */
  description: () => string;
  /** Common causes and perpetuating habits. */
  causes: () => string[];
  triggerPoints: TriggerPointSite[];
  /** Referred pain: essential zone (primary) and spillover (secondary). */
  referral: { primary: RegionId[]; secondary: RegionId[] };
  /** Symptoms besides pain, where relevant (dizziness, headache, stiffness…). */
  symptoms?: () => string[];
  /** Technique ids, best first. */
  techniques: string[];
  cautions: () => string[];
  sources: Source[];
  /**
   * How often this muscle is the source, where the references single it out: 3 for "the
   * muscle most often beset by trigger points" (upper trapezius, Travell & Simons vol. 1,
   * ch. 6), 2 for muscles they call among the most commonly involved. Breaks ties in the finder.
   */
  prevalence?: number;
}

/**
 * How a technique's source teaches its dose:
 * - `strokes`: Davies (Trigger Point Therapy Workbook, 3rd ed., ch. 3): short, deep, slow
 *   strokes in one direction, about 6–12 per trigger point, several short sessions a day.
 *   `strokes` is the count; `holdSeconds` is the time they take at `STROKE_SECONDS` each.
 * - `release`: Travell & Simons (vol. 1, 2nd ed., ch. 3): trigger-point pressure release, a
 *   gentle, sustained pressure held until the tissue softens, then taken up a little. The
 *   book gives no fixed time: `holdSeconds` is our cap (at most 90 s; 30 s near nerves).
 * - `stretch`: a gentle stretch held about 15–30 s: general guidance, not these two books.
 */
export type DoseKind = 'strokes' | 'release' | 'stretch';

/**
 * One stroke, lift and return at a slow pace: 5 s, so 12 strokes take about a minute per
 * trigger point. The pace is ours (Davies asks for slow strokes but sets no tempo).
 */
export const STROKE_SECONDS = 5;

export interface Dose {
  kind: DoseKind;
  /** `strokes` only: strokes per trigger point (6–12). */
  strokes?: number;
  /**
   * Seconds per rep: the stretch's hold, the release's cap, or for strokes
   * `strokes × STROKE_SECONDS`.
   */
  holdSeconds: number;
  reps: number;
  /** `each`: both sides (left then right); `one`: the side that hurts; `none`: not sided. */
  sides: 'each' | 'one' | 'none';
  timesPerDay: number;
}

export interface Technique {
  id: string;
  muscle: string;
  tool: Tool;
  position: Position;
  title: () => string;
  /** 3–6 plain steps. */
  steps: () => string[];
  dose: Dose;
  /** What the person should feel. */
  feel: () => string;
  cautions: () => string[];
  /**
   * The "ask a clinician first" conditions that apply to this technique (data, not prose):
   * the card lists them in words before the steps. Empty only when none applies, with a
   * comment saying why.
   */
  askFirst: readonly AskFirst[];
  source: Source;
}

/**
 * Conditions in which a reader should ask a doctor or physiotherapist before self-treating
 * (contraindications and precautions to pressure and stretching, as massage and manual
 * therapy courses teach them). Words in src/data/safety.ts.
 * - `anticoagulants`: blood thinners or a bleeding disorder (any firm pressure: bruising)
 * - `osteoporosis`: osteoporosis or fragile bones (body weight on a ball or roller, ribs, spine, strong stretches)
 * - `pregnancy`: pregnancy (lying on the front or back, abdominal work, strong stretches)
 * - `clot-risk`: a past blood clot or clot risk (recent surgery, long travel, hormones, cancer): calf and thigh work
 * - `varicose-veins`: varicose veins (leg work)
 * - `recent-injury`: a strain, sprain or injury at the site in the last 72 h
 * - `recent-surgery`: recent surgery at or near the site
 * - `lymphoedema`: lymphoedema or lymph-node surgery (armpit, groin, neck work)
 * - `carotid`: carotid artery disease or a previous stroke (neck work)
 * - `kidney`: kidney disease (work near the kidneys)
 * - `cancer`: cancer at or near the site
 * - `unwell`: fever or feeling unwell
 */
export type AskFirst =
  | 'anticoagulants'
  | 'osteoporosis'
  | 'pregnancy'
  | 'clot-risk'
  | 'varicose-veins'
  | 'recent-injury'
  | 'recent-surgery'
  | 'lymphoedema'
  | 'carotid'
  | 'kidney'
  | 'cancer'
  | 'unwell';

/** What each muscle module (src/data/muscles/<muscle>.ts) exports: the muscle and its techniques. */
export interface MuscleData {
  muscle: Muscle;
  techniques: Technique[];
}
