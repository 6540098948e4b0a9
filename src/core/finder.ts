import type { RegionId } from '../data/region-list.js';
import { muscleOnSide, type Side } from '../data/mirror.js';
import type { Muscle } from '../data/types.js';

/**
 * From "where it hurts" to "which muscles": each muscle, on each side, scores the selected
 * regions its referral pattern covers. A region in its essential (primary) zone counts
 * `PRIMARY_WEIGHT`, in its spillover (secondary) zone `SECONDARY_WEIGHT`, each times an
 * intensity factor from 0.5 (intensity 0) to 1.5 (intensity 10), so the worst pain leads.
 * Ties break on more primary matches, then on how often the references find the muscle
 * involved (`prevalence`), then on the muscle id: the order is deterministic.
 */

export const PRIMARY_WEIGHT = 2;
export const SECONDARY_WEIGHT = 1;

export interface FinderInput {
  region: RegionId;
  /** 0–10; 5 when not given. */
  intensity?: number;
}

export interface Candidate {
  muscle: Muscle;
  side: Side;
  score: number;
  /** The selected regions this muscle's pattern explains, in selection order. */
  explains: RegionId[];
  /** How many of them are in its essential zone. */
  primaryMatches: number;
}

const factor = (intensity = 5) => 0.5 + Math.min(10, Math.max(0, intensity)) / 10;

export function findMuscles(selection: readonly FinderInput[], muscles: readonly Muscle[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const muscle of muscles) {
    for (const side of ['left', 'right'] as const) {
      const { referral } = muscleOnSide(muscle, side);
      // A midline-only pattern is the same on both sides: count it once.
      if (side === 'right' && [...referral.primary, ...referral.secondary].every((r) => !/-(left|right)$/.test(r))) continue;
      const primary = new Set(referral.primary);
      const secondary = new Set(referral.secondary);
      let score = 0;
      let primaryMatches = 0;
      const explains: RegionId[] = [];
      for (const { region, intensity } of selection) {
        if (primary.has(region)) {
          score += PRIMARY_WEIGHT * factor(intensity);
          primaryMatches++;
          explains.push(region);
        } else if (secondary.has(region)) {
          score += SECONDARY_WEIGHT * factor(intensity);
          explains.push(region);
        }
      }
      if (score > 0) candidates.push({ muscle, side, score: Math.round(score * 100) / 100, explains, primaryMatches });
    }
  }
  return candidates.sort(
    (a, b) =>
      b.score - a.score ||
      b.primaryMatches - a.primaryMatches ||
      (b.muscle.prevalence ?? 1) - (a.muscle.prevalence ?? 1) ||
      a.muscle.id.localeCompare(b.muscle.id) ||
      a.side.localeCompare(b.side),
  );
}
