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

export interface Dose {
  /** Seconds of sustained pressure (or of a stretch) per rep. */
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
  source: Source;
}

/** What each muscle module (src/data/muscles/<muscle>.ts) exports: the muscle and its techniques. */
export interface MuscleData {
  muscle: Muscle;
  techniques: Technique[];
}
