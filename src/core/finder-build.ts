import { REGION_BASES, regionInfo, type RegionId } from '../data/region-list.js';
import { muscleOnSide } from '../data/mirror.js';
import type { Dose, Tool } from '../data/types.js';
import { MAX_STEPS, ROUTINE_FORMAT } from './limits.js';
import { builtRoutine } from './trusted.js';
import { planRoutine, stepDose } from './routine.js';
import type { Routine, RoutineStep } from './routine-format.js';
import type { Candidate, Rankable } from './finder.js';

/**
 * What the trigger finder computes once the reader has marked where it hurts, DOM-free: why a
 * muscle fits, its pattern for the map, and the routine built from the chosen techniques
 * (loaded with the ranking, not on the finder's first load).
 */

/**
 * Why a candidate fits, region by region (each of the reader's areas once, in selection
 * order): where its own trigger points are (`local`), its essential zone (`primary`), its
 * spillover (`secondary`).
 */
export function whyThisOne(candidate: Candidate<Rankable>): { local: RegionId[]; primary: RegionId[]; secondary: RegionId[] } {
  const sides = candidate.side === 'both' ? (['left', 'right'] as const) : [candidate.side];
  const patterns = sides.map((side) => muscleOnSide(candidate.muscle, side));
  const has = (pick: (p: (typeof patterns)[number]) => readonly RegionId[], region: RegionId) => patterns.some((p) => pick(p).includes(region));
  const local = candidate.local.slice();
  const primary = candidate.explains.filter((r) => !local.includes(r) && has((p) => p.referral.primary, r));
  const secondary = candidate.explains.filter((r) => !local.includes(r) && !primary.includes(r));
  return { local, primary, secondary };
}

/** A candidate's trigger points and referral on its side (both sides for `both`), for the map. */
export function candidateHighlight(candidate: Pick<Candidate<Rankable>, 'muscle' | 'side'>) {
  const sides = candidate.side === 'both' ? (['left', 'right'] as const) : [candidate.side];
  const patterns = sides.map((side) => muscleOnSide(candidate.muscle, side));
  const unique = (ids: RegionId[]) => [...new Set(ids)];
  return {
    triggerPoints: patterns.flatMap((p) => p.triggerPoints),
    referral: { primary: unique(patterns.flatMap((p) => p.referral.primary)), secondary: unique(patterns.flatMap((p) => p.referral.secondary)) },
  };
}

/**
 * Muscle ids head to foot, by where each muscle's highest trigger point lies on the body map
 * (the region list's reading order, src/data/region-list.ts): the routine's order, so the
 * reader works down the body. Ties keep the catalog order.
 */
export function headToFoot(muscles: readonly Pick<Rankable, 'id' | 'triggerPoints'>[]): string[] {
  const bases: readonly string[] = REGION_BASES.map((b) => b.base);
  const place = (m: Pick<Rankable, 'triggerPoints'>) => Math.min(...m.triggerPoints.map((p) => bases.indexOf(regionInfo(p.region)?.base ?? '')).filter((i) => i >= 0), bases.length);
  return muscles
    .map((m, i) => ({ id: m.id, at: place(m), i }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((m) => m.id);
}

/** A technique the reader chose, with what ordering and dosing need. */
export interface ChosenTechnique {
  id: string;
  muscle: string;
  /** The side(s) it hurts on, from the chosen candidates. */
  side: 'left' | 'right' | 'both';
  tool: Tool;
  dose: Dose;
}

export const ROUTINE_ID = 'my-finder-routine';

/**
 * The routine for the chosen techniques, format 1: head to foot (`order`, from `headToFoot`),
 * and for one muscle its pressure work before its stretch (a released
 * muscle stretches more comfortably; Davies, 3rd ed., ch. 3, self-applied massage before
 * stretching). One round per side, as the built-in routines (src/data/routines.ts); a
 * sided technique works the side that hurts (both when both do). At most `MAX_STEPS` steps.
 */
export function buildRoutine(chosen: readonly ChosenTechnique[], order: readonly string[], text: { title: string; description?: string }): Routine {
  const merged = new Map<string, ChosenTechnique>();
  for (const c of chosen) {
    const seen = merged.get(c.id);
    merged.set(c.id, seen ? { ...seen, side: seen.side === c.side ? c.side : 'both' } : c);
  }
  const rank = (m: string) => (order.includes(m) ? order.indexOf(m) : order.length);
  const items = [...merged.values()].map((c, i) => ({ c, i }));
  items.sort((a, b) => rank(a.c.muscle) - rank(b.c.muscle) || Number(a.c.tool === 'stretch') - Number(b.c.tool === 'stretch') || a.i - b.i);
  const steps: RoutineStep[] = items.slice(0, MAX_STEPS).map(({ c }) => {
    const step: RoutineStep = { technique: c.id, reps: 1 };
    if (c.dose.sides !== 'none') step.sides = c.side;
    return step;
  });
  // Valid by construction (the finder's tests run built routines through the schema): the player skips the validator.
  return builtRoutine({ format: ROUTINE_FORMAT, id: ROUTINE_ID, title: text.title, ...(text.description ? { description: text.description } : {}), steps });
}

/** The routine's total time in seconds, as the player will run it (steps, rests, the pauses between). */
export function routineSeconds(routine: Routine, doses: ReadonlyMap<string, Dose>): number {
  return Math.round(planRoutine(routine.steps.map((s) => stepDose(s, s.technique ? doses.get(s.technique) : undefined))).totalMs / 1000);
}

/**
 * A ready `<knot-routine-player>` embed with the routine inline. `<` is written `\u003c`
 * (JSON reads it back the same) so no text in the routine can end the script element.
 */
export function embedSnippet(routine: Routine): string {
  const json = JSON.stringify({ ...routine }, null, 2).replace(/</g, '\\u003c');
  return `<knot-routine-player>\n<script type="application/json">\n${json}\n</script>\n</knot-routine-player>`;
}
