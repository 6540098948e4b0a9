import { isRegionId, regionInfo, type RegionId, type View } from '../data/region-list.js';
import type { Range } from './limits.js';

/**
 * The body map's value: which regions hurt, how much, and how. Pure functions over plain
 * data, so parsing hostile input, toggling and form serialization are unit-tested here.
 */

export const SYMPTOMS = ['aching', 'burning', 'tingling', 'numb'] as const;
export type Symptom = (typeof SYMPTOMS)[number];

/** Pain intensity on the 0–10 numeric rating scale; 5 when not given. */
export const INTENSITY: Range = { min: 0, max: 10, default: 5, integer: true };

export interface RegionSelection {
  region: RegionId;
  /** 0–10. */
  intensity: number;
  symptoms?: Symptom[];
}

export interface Parsed<T = RegionSelection[]> {
  value: T;
  /** Region ids that were not recognised (dropped). */
  unknown: string[];
  /** Set when the input as a whole was unusable (malformed JSON, not a list). */
  problem?: string;
}

function clampIntensity(n: unknown): number {
  const v = typeof n === 'number' ? n : typeof n === 'string' && n.trim() ? Number(n) : NaN;
  return v === v ? Math.min(INTENSITY.max, Math.max(INTENSITY.min, Math.round(v))) : INTENSITY.default;
}

/**
 * Reads a value from a property or an attribute: an array (or JSON text of one) of
 * `{region, intensity?, symptoms?}` objects, `"region:intensity"` strings or bare ids.
 * Unknown ids are dropped and reported; duplicates keep the first; intensities are
 * clamped to 0–10; unknown symptoms are dropped. Never throws.
 */
export function parseSelection(input: unknown): Parsed {
  let list = input;
  if (typeof input === 'string') {
    if (!input.trim()) return { value: [], unknown: [] };
    try {
      list = JSON.parse(input);
    } catch {
      return { value: [], unknown: [], problem: 'is not valid JSON' };
    }
  }
  if (list == null) return { value: [], unknown: [] };
  if (!Array.isArray(list)) return { value: [], unknown: [], problem: 'must be a list of regions' };
  const value: RegionSelection[] = [];
  const unknown: string[] = [];
  for (const item of list as unknown[]) {
    let region: unknown;
    let intensity: unknown;
    let symptoms: unknown;
    if (typeof item === 'string') [region, intensity] = item.split(':');
    else if (item && typeof item === 'object') ({ region, intensity, symptoms } = item as Record<string, unknown>);
    if (!isRegionId(region)) {
      unknown.push(String(typeof region === 'string' ? region : JSON.stringify(item ?? null)).slice(0, 60));
      continue;
    }
    if (value.some((v) => v.region === region)) continue;
    const entry: RegionSelection = { region, intensity: clampIntensity(intensity) };
    if (Array.isArray(symptoms)) {
      const known = SYMPTOMS.filter((s) => (symptoms as unknown[]).includes(s));
      if (known.length) entry.symptoms = known;
    }
    value.push(entry);
  }
  return { value, unknown };
}

export interface ToggleOptions {
  multiple: boolean;
  /** Most regions that may be selected (0 = no limit). */
  max: number;
}

/** Selects or deselects a region. Single mode replaces; at `max` a new region is refused (null). */
export function toggleRegion(value: readonly RegionSelection[], region: RegionId, options: ToggleOptions): RegionSelection[] | null {
  if (value.some((v) => v.region === region)) return value.filter((v) => v.region !== region);
  const entry = { region, intensity: INTENSITY.default };
  if (!options.multiple) return [entry];
  if (options.max > 0 && value.length >= options.max) return null;
  return [...value, entry];
}

/** Sets one selected region's intensity (clamped); other regions unchanged. */
export function setIntensity(value: readonly RegionSelection[], region: RegionId, intensity: number): RegionSelection[] {
  return value.map((v) => (v.region === region ? { ...v, intensity: clampIntensity(intensity) } : v));
}

/** Turns one symptom of a selected region on or off. */
export function toggleSymptom(value: readonly RegionSelection[], region: RegionId, symptom: Symptom): RegionSelection[] {
  return value.map((v) => {
    if (v.region !== region) return v;
    const has = v.symptoms?.includes(symptom);
    const symptoms = SYMPTOMS.filter((s) => (s === symptom ? !has : v.symptoms?.includes(s)));
    return symptoms.length ? { ...v, symptoms } : { region: v.region, intensity: v.intensity };
  });
}

/**
 * Form entries, one per region: `temple-left:7`, with symptoms after a second colon
 * (`temple-left:7:aching+tingling`). Parsed back by `parseSelection`'s string form.
 */
export function formEntries(value: readonly RegionSelection[]): string[] {
  return value.map((v) => `${v.region}:${v.intensity}${v.symptoms?.length ? `:${v.symptoms.join('+')}` : ''}`);
}

/** Reads form entries back (state restore after navigation). */
export function fromFormEntries(entries: readonly string[]): RegionSelection[] {
  return parseSelection(
    entries.map((e) => {
      const [region, intensity, symptoms] = e.split(':');
      return { region, intensity, symptoms: symptoms ? symptoms.split('+') : undefined };
    }),
  ).value;
}

/** What the body map's `highlight` draws: a muscle's trigger points and referral zones. */
export interface Highlight {
  triggerPoints?: Array<{ region: RegionId; x: number; y: number; view?: View }>;
  referral?: { primary?: RegionId[]; secondary?: RegionId[] };
}

/**
 * Reads a highlight from a property or an attribute (JSON text). Unknown region ids are
 * dropped and reported; a trigger point without usable coordinates sits on `anchor(view,
 * region)`; its view defaults to the region's first. Never throws.
 */
export function parseHighlight(input: unknown, anchor: (view: View, region: RegionId) => { x: number; y: number } | undefined): Parsed<Highlight> {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      return { value: {}, unknown: [], problem: 'is not valid JSON' };
    }
  }
  if (data == null) return { value: {}, unknown: [] };
  if (typeof data !== 'object') return { value: {}, unknown: [], problem: 'must be an object {triggerPoints, referral}' };
  const raw = data as { triggerPoints?: unknown; referral?: { primary?: unknown; secondary?: unknown } };
  const unknown: string[] = [];
  const ids = (list: unknown): RegionId[] =>
    (Array.isArray(list) ? (list as unknown[]) : []).filter((id): id is RegionId => {
      if (isRegionId(id)) return true;
      unknown.push(String(id).slice(0, 60));
      return false;
    });
  const triggerPoints = (Array.isArray(raw.triggerPoints) ? (raw.triggerPoints as unknown[]) : []).flatMap((p) => {
    const point = (p ?? {}) as { region?: unknown; x?: unknown; y?: unknown; view?: unknown };
    const info = regionInfo(point.region);
    if (!info) {
      unknown.push(String(point.region).slice(0, 60));
      return [];
    }
    const view: View = point.view === 'front' || point.view === 'back' ? point.view : info.views[0];
    const at = anchor(view, info.id);
    const x = Number(point.x);
    const y = Number(point.y);
    return [{ region: info.id, view, x: Number.isFinite(x) ? x : (at?.x ?? 0), y: Number.isFinite(y) ? y : (at?.y ?? 0) }];
  });
  return { value: { triggerPoints, referral: { primary: ids(raw.referral?.primary), secondary: ids(raw.referral?.secondary) } }, unknown };
}

export { intensityBand } from './intensity.js';
