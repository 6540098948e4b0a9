import { regionInfo, type RegionGroup, type RegionId } from '../data/region-list.js';
import { RED_FLAGS, redFlagsFor } from '../data/safety.js';
import type { Area } from '../data/types.js';
import { MAX_STEPS } from './limits.js';
import { parseSelection, SYMPTOMS, type RegionSelection } from './selection.js';

/**
 * The trigger finder's flow, DOM-free: its steps and its state in the URL hash (written by the
 * element, read back from hostile input: a shared link is anyone's text). What it computes
 * after the map (why a muscle, its pattern, the routine) is in finder-build.ts, loaded later.
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
export const hasNerveSymptoms = (selection: readonly RegionSelection[]): boolean => selection.some(hasNerveSymptom);

const hasNerveSymptom = (s: RegionSelection) => !!s.symptoms?.some((x) => x === 'tingling' || x === 'numb');

/** The body area (as red flags and muscles name them) of each map group. */
const GROUP_AREA: Record<RegionGroup, Area> = {
  head: 'head-neck',
  neck: 'head-neck',
  shoulders: 'shoulder-arm',
  arms: 'shoulder-arm',
  hands: 'shoulder-arm',
  chest: 'trunk',
  back: 'trunk',
  abdomen: 'trunk',
  hips: 'hip-leg',
  legs: 'hip-leg',
  feet: 'hip-leg',
};

export const areaOf = (region: RegionId): Area | undefined => {
  const info = regionInfo(region);
  return info ? GROUP_AREA[info.group] : undefined;
};

/**
 * The saddle area (NHS "Cauda equina syndrome": numbness around the buttocks, genitals or
 * back passage): numbness or tingling there is an emergency sign, never the limb-nerve one.
 */
const SADDLE: readonly string[] = ['sacrum', 'buttock', 'groin'];

/** The red flags ordered as RED_FLAGS orders them (most urgent first), each once. */
const inFlagOrder = (ids: ReadonlySet<string>): string[] => RED_FLAGS.filter((f) => ids.has(f.id)).map((f) => f.id);

/**
 * The warning signs that tingling or numbness brings back, by where it is marked: in the
 * head, face or neck, the stroke signs (new facial numbness is FAST's "face"; NHS "Stroke");
 * in the saddle area, cauda equina; anywhere else (an arm, a leg, the trunk) the nerve sign
 * ("see a doctor in the next few days"). Most urgent first; none without tingling or numbness.
 */
export function nerveFlagIds(selection: readonly RegionSelection[]): string[] {
  const ids = new Set<string>();
  for (const s of selection.filter(hasNerveSymptom)) {
    const info = regionInfo(s.region);
    if (!info) continue;
    ids.add(info.group === 'head' || info.group === 'neck' ? 'stroke' : SADDLE.includes(info.base) ? 'cauda-equina' : 'nerve');
  }
  return inFlagOrder(ids);
}

/**
 * The emergency and same-day warning signs that concern the areas marked (chest → the
 * chest-pain sign), most urgent first: the reader answered them before the map; they come
 * back above the muscles, before any self-care.
 */
export function areaFlagIds(selection: readonly RegionSelection[]): string[] {
  const ids = new Set<string>();
  for (const area of new Set(selection.map((s) => areaOf(s.region)))) {
    if (!area) continue;
    for (const f of redFlagsFor(area)) if (f.urgency !== 'soon') ids.add(f.id);
  }
  return inFlagOrder(ids);
}

