import { regionInfo, type RegionId } from '../data/region-list.js';
import { mirrorRegion, muscleOnSide, type Side } from '../data/mirror.js';
import type { Muscle } from '../data/types.js';

/**
 * From "where it hurts" to "which muscles": each muscle, on each side, scores the selected
 * regions it explains:
 * - its essential referral zone (primary) or the area of its own trigger points (local
 *   pain: a knot is tender where it is, Travell & Simons vol. 1, 2nd ed., ch. 2) count
 *   `PRIMARY_WEIGHT`;
 * - its spillover zone (secondary) counts `SECONDARY_WEIGHT`;
 * each times an intensity factor from 0.5 (intensity 0) to 1.5 (intensity 10), so the worst
 * pain leads. A region that is both local and referred counts once, at the higher weight.
 * Ties break on more essential (primary or local) matches, then on how often the references
 * find the muscle involved (`prevalence`), then on more local matches (a knot where it hurts
 * is the most direct evidence), then on the muscle id: the order is deterministic.
 *
 * A midline region (the sacrum, the forehead) is explained by a paired muscle on either side:
 * such a muscle is listed once, as `side: 'both'`, unless one side also explains a sided
 * region, in which case only the side(s) explaining more are listed.
 *
 * The same area marked on both sides (left and right low back) and explained by the muscle's
 * left and right halves: the muscle is listed once, as `side: 'both'`, scored on both sides'
 * patterns together (each region once, at its higher weight): one pair of muscles, one entry.
 */

export const PRIMARY_WEIGHT = 2;
export const SECONDARY_WEIGHT = 1;
/** The trigger points' own area (local pain) weighs as much as the essential zone. */
export const LOCAL_WEIGHT = PRIMARY_WEIGHT;

export interface FinderInput {
  region: RegionId;
  /** 0–10; 5 when not given. */
  intensity?: number;
}

/** What ranking reads of a muscle (the finder ranks the catalog's data-only index, src/data/muscles/finder-index.ts). */
export type Rankable = Pick<Muscle, 'id' | 'triggerPoints' | 'referral' | 'prevalence'>;

export interface Candidate<M extends Rankable = Muscle> {
  muscle: M;
  /** The side of the muscle; `both` when it explains only midline regions, equally from either side. */
  side: Side | 'both';
  score: number;
  /** The selected regions this muscle explains, in selection order. */
  explains: RegionId[];
  /** How many of them are in its essential zone or where its trigger points are. */
  primaryMatches: number;
  /** The selected regions where its trigger points are (local pain), in selection order. */
  local: RegionId[];
}

const factor = (intensity = 5) => 0.5 + Math.min(10, Math.max(0, intensity)) / 10;
const isMidline = (region: RegionId) => regionInfo(region)?.side === null;

function score<M extends Rankable>(muscle: M, side: Side | 'both', selection: readonly FinderInput[]): Candidate<M> | undefined {
  const patterns = (side === 'both' ? (['left', 'right'] as const) : [side]).map((s) => muscleOnSide(muscle, s));
  const primary = new Set(patterns.flatMap((p) => p.referral.primary));
  const secondary = new Set(patterns.flatMap((p) => p.referral.secondary));
  const local = new Set(patterns.flatMap((p) => p.triggerPoints.map((t) => t.region)));
  const candidate: Candidate<M> = { muscle, side, score: 0, explains: [], primaryMatches: 0, local: [] };
  for (const { region, intensity } of selection) {
    const weight = primary.has(region) || local.has(region) ? PRIMARY_WEIGHT : secondary.has(region) ? SECONDARY_WEIGHT : 0;
    if (!weight) continue;
    candidate.score += weight * factor(intensity);
    candidate.explains.push(region);
    if (weight === PRIMARY_WEIGHT) candidate.primaryMatches++;
    if (local.has(region)) candidate.local.push(region);
  }
  candidate.score = Math.round(candidate.score * 100) / 100;
  return candidate.score > 0 ? candidate : undefined;
}

export function findMuscles<M extends Rankable = Muscle>(selection: readonly FinderInput[], muscles: readonly M[]): Candidate<M>[] {
  const candidates: Candidate<M>[] = [];
  for (const muscle of muscles) {
    const left = score(muscle, 'left', selection);
    const right = score(muscle, 'right', selection);
    const onlyMidline = (c: Candidate<M> | undefined) => !!c && c.explains.every(isMidline);
    if (left && right && left.explains.some((r) => !isMidline(r) && right.explains.includes(mirrorRegion(r)))) {
      // One area on both sides, each explained by its own side: the pair once.
      candidates.push(score(muscle, 'both', selection)!);
      continue;
    }
    if (left && right && onlyMidline(left) && onlyMidline(right)) {
      // The same midline regions from either side: one entry, never the muscle twice.
      candidates.push({ ...left, side: 'both' });
      continue;
    }
    for (const c of [left, right]) if (c && !(onlyMidline(c) && (left === c ? right : left))) candidates.push(c);
  }
  return candidates.sort(
    (a, b) =>
      b.score - a.score ||
      b.primaryMatches - a.primaryMatches ||
      (b.muscle.prevalence ?? 1) - (a.muscle.prevalence ?? 1) ||
      b.local.length - a.local.length ||
      a.muscle.id.localeCompare(b.muscle.id) ||
      a.side.localeCompare(b.side),
  );
}
