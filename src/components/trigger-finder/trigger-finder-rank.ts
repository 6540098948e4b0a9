import { findMuscles, type Candidate } from '../../core/finder.js';
import { headToFoot } from '../../core/finder-build.js';
import type { RegionSelection } from '../../core/selection.js';
import { FINDER_MUSCLES, type FinderMuscle } from '../../data/muscles/finder-index.js';

/**
 * What the finder loads when the reader asks for the muscles (not on first load): the
 * data-only index of every muscle's trigger points and referral, the ranking, the region
 * names, and the catalog loader (names and techniques come one muscle module at a time).
 */
export { loadMuscle, loadTechnique } from '../../data/catalog.js';
export { referralInWords } from '../../data/regions.js';
export { regionList } from '../../core/finder-words.js';
export { formatDuration } from '../../core/format.js';
export { buildRoutine, candidateHighlight, embedSnippet, routineSeconds, whyThisOne } from '../../core/finder-build.js';

export type FinderCandidate = Candidate<FinderMuscle>;

/** Muscle ids head to foot: the routine's order. */
export const MUSCLE_ORDER: readonly string[] = headToFoot(FINDER_MUSCLES);

export const rank = (selection: readonly RegionSelection[]): FinderCandidate[] => findMuscles(selection, FINDER_MUSCLES);
