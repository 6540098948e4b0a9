import type { RegionId } from '../data/region-list.js';
import { muscleOnSide } from '../data/mirror.js';
import type { Dose, Tool } from '../data/types.js';
import { MAX_STEPS, ROUTINE_FORMAT } from './limits.js';
import { planRoutine, stepDose } from './routine.js';
import type { Routine, RoutineStep } from './routine-format.js';
import { parseSelection, SYMPTOMS, type RegionSelection } from './selection.js';
import type { Candidate, Rankable } from './finder.js';

/**
 * The trigger finder's flow, DOM-free: its steps, its state in the URL hash (written by the
 * element, read back from hostile input: a shared link is anyone's text), and the routine it
 * builds from the chosen techniques.
 *
 * screen → (a "yes": stop) → map → muscles → cards → routine
 */

export const FINDER_STEPS = ['screen', 'stop', 'map', 'muscles', 'cards', 'routine'] as const;
export type FinderStep = (typeof FINDER_STEPS)[number];

/** A candidate muscle on a side, as the hash and the choices name it: `temporalis.left`. */
export type CandidateKey = `${string}.${'left' | 'right' | 'both'}`;

export interface FinderState {
  step: FinderStep;
  /** The red flags answered "yes" (the stop page shows them). */
  flags: string[];
  selection: RegionSelection[];
  /** The chosen candidates, `<muscle>.<side>`. */
  muscles: CandidateKey[];
  /** The chosen technique ids, in the order chosen. */
  techniques: string[];
}

export const EMPTY_STATE: FinderState = Object.freeze({ step: 'screen', flags: [], selection: [], muscles: [], techniques: [] });

/** The hash key that marks the finder's state (`#finder=map&r=…`). */
export const HASH_KEY = 'finder';
/** Longer hashes are not the finder's (or are an attack): ignored whole. */
export const MAX_HASH_LENGTH = 4000;
/** Most muscles a reader may choose at once (a routine of more is no longer short). */
export const MAX_CHOSEN_MUSCLES = 12;

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const SIDES = ['left', 'right', 'both'] as const;

export const candidateKey = (c: { muscle: { id: string }; side: string }): CandidateKey => `${c.muscle.id}.${c.side}` as CandidateKey;

/** `temporalis.left` → `{muscle: 'temporalis', side: 'left'}`; anything else → undefined. */
export function parseCandidateKey(key: unknown): { muscle: string; side: (typeof SIDES)[number] } | undefined {
  if (typeof key !== 'string') return undefined;
  const dot = key.lastIndexOf('.');
  const muscle = key.slice(0, dot);
  const side = key.slice(dot + 1) as (typeof SIDES)[number];
  return dot > 0 && ID.test(muscle) && SIDES.includes(side) ? { muscle, side } : undefined;
}

/** The state as a hash (without `#`): `finder=muscles&r=temple-left.7.tingling+numb&m=temporalis.left`. */
export function encodeHash(state: FinderState): string {
  const parts = [`${HASH_KEY}=${state.step}`];
  if (state.step === 'stop') {
    if (state.flags.length) parts.push(`f=${state.flags.join(',')}`);
    return parts.join('&');
  }
  if (state.selection.length) parts.push(`r=${state.selection.map((s) => [s.region, s.intensity, ...(s.symptoms?.length ? [s.symptoms.join('+')] : [])].join('.')).join(',')}`);
  if (state.muscles.length) parts.push(`m=${state.muscles.join(',')}`);
  if (state.techniques.length) parts.push(`t=${state.techniques.join(',')}`);
  return parts.join('&');
}

export interface Known {
  /** Red flag ids. */
  flags: readonly string[];
  /** Muscle ids. */
  muscles: readonly string[];
  /** Technique ids (may be left out: then any well-formed id of a known muscle passes). */
  techniques?: readonly string[];
}

function decodeValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}

const list = (value: string | undefined, max: number) => (value ? value.split(',', max + 1).slice(0, max).filter(Boolean) : []);

/**
 * Reads the finder's state from a hash (with or without `#`). Not the finder's (no
 * `finder=` key), too long or not a known step: null. Unknown keys, ids and symptoms are
 * dropped, intensities clamped to 0–10, duplicates kept once; then `normalize`. Never throws.
 */
export function decodeHash(hash: unknown, known: Known): FinderState | null {
  if (typeof hash !== 'string' || hash.length > MAX_HASH_LENGTH) return null;
  const fields = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = part.slice(0, eq);
    if (['finder', 'f', 'r', 'm', 't'].includes(key) && !fields.has(key)) fields.set(key, decodeValue(part.slice(eq + 1)));
  }
  const step = fields.get(HASH_KEY) as FinderStep | undefined;
  if (!step || !FINDER_STEPS.includes(step)) return null;
  const flags = [...new Set(list(fields.get('f'), known.flags.length))].filter((f) => known.flags.includes(f));
  const selection = parseSelection(
    list(fields.get('r'), 200).map((entry) => {
      const [region, intensity, symptoms] = entry.split('.');
      return { region, intensity: /^\d{1,2}$/.test(intensity ?? '') ? Number(intensity) : undefined, symptoms: symptoms?.split('+').filter((s) => (SYMPTOMS as readonly string[]).includes(s)) };
    }),
  ).value;
  const muscles = [...new Set(list(fields.get('m'), MAX_CHOSEN_MUSCLES * 2))].filter((k): k is CandidateKey => {
    const parsed = parseCandidateKey(k);
    return !!parsed && known.muscles.includes(parsed.muscle);
  });
  const techniques = [...new Set(list(fields.get('t'), MAX_STEPS * 2))].filter((t) => ID.test(t) && (known.techniques ? known.techniques.includes(t) : known.muscles.some((m) => t.startsWith(`${m}-`))));
  return normalize({ step, flags, selection, muscles: muscles.slice(0, MAX_CHOSEN_MUSCLES), techniques: techniques.slice(0, MAX_STEPS) });
}

/** A step without what it needs falls back to the step that gathers it (a routine with no techniques → the cards). */
export function normalize(state: FinderState): FinderState {
  const needs: Partial<Record<FinderStep, [boolean, FinderStep]>> = {
    stop: [state.flags.length > 0, 'screen'],
    muscles: [state.selection.length > 0, 'map'],
    cards: [state.muscles.length > 0, 'muscles'],
    routine: [state.techniques.length > 0, 'cards'],
  };
  let step = state.step;
  for (let need = needs[step]; need && !need[0]; need = needs[step]) step = need[1];
  return step === state.step ? state : { ...state, step };
}

/** Whether a selection marks tingling or numbness anywhere (the nerve warning comes back). */
export const hasNerveSymptoms = (selection: readonly RegionSelection[]): boolean => selection.some((s) => s.symptoms?.some((x) => x === 'tingling' || x === 'numb'));

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
 * The routine for the chosen techniques, format 1: head to foot (`order`, the catalog's
 * muscle order), and for one muscle its pressure work before its stretch (a released
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
  return { format: ROUTINE_FORMAT, id: ROUTINE_ID, title: text.title, ...(text.description ? { description: text.description } : {}), steps };
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
