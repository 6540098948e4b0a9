/**
 * knotkit/data: the whole catalog at once, DOM-free: regions, muscles, techniques, red flags,
 * and the finder. Elements load the catalog one muscle at a time instead (catalog.ts).
 */
import { ALL_MUSCLES } from './muscles/all.js';
import type { Muscle, Technique } from './types.js';

export * from './types.js';
export * from './regions.js';
export { MUSCLE_IDS, loadMuscle, loadTechnique, muscleOfTechnique } from './catalog.js';
export { mirrorRegion, mirrorSite, muscleOnSide } from './mirror.js';
export { RED_FLAGS, RED_FLAG_SOURCES, ASK_FIRST_IDS, redFlagsFor, redFlagSources, urgencyInWords, askFirstInWords, askFirstTitle, redFlagsTitle, redFlagsIntro, disclaimer } from './safety.js';
export type { RedFlag, Urgency } from './safety.js';
export { toolName, positionName, doseInWords } from './vocabulary.js';
export { findMuscles, PRIMARY_WEIGHT, SECONDARY_WEIGHT, LOCAL_WEIGHT } from '../core/finder.js';
export type { Candidate, FinderInput } from '../core/finder.js';

/** Every muscle, head to foot. */
export const MUSCLES: readonly Muscle[] = ALL_MUSCLES.map((m) => m.muscle);
/** Every technique. */
export const TECHNIQUES: readonly Technique[] = ALL_MUSCLES.flatMap((m) => m.techniques);
