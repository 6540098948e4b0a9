import { MUSCLE_LOADERS } from './muscles/index.js';
import type { ContentRegistry } from '../i18n/content-registry.js';
import type { Muscle, MuscleData, Technique } from './types.js';

/**
 * The catalog, loaded one muscle at a time: a page showing one technique card fetches that
 * muscle's module (about 1.5 kB), never the whole catalog. `knotkit/data` (src/data/index.ts)
 * imports everything at once for apps and tools that want it.
 */

/** Every muscle id, head to foot. */
export const MUSCLE_IDS: readonly string[] = Object.keys(MUSCLE_LOADERS);

const cache = new Map<string, Promise<MuscleData>>();

const registry = ((globalThis as unknown as Record<symbol, ContentRegistry>)[Symbol.for('knotkit.catalog-content')] ??= { wanted: new Set(), listener: null });

/** Tells the translation runtime (if any) that a muscle is used; resolves once its texts are in. */
function wantContent(muscle: string): Promise<void> {
  registry.wanted.add(muscle);
  return registry.listener?.(muscle) ?? Promise.resolve();
}

function load(id: string): Promise<MuscleData> | undefined {
  const loader = Object.hasOwn(MUSCLE_LOADERS, id) ? MUSCLE_LOADERS[id] : undefined;
  if (!loader) return undefined;
  let loading = cache.get(id);
  if (!loading) {
    // The muscle's texts in the page's language (if not English) arrive with it.
    loading = Promise.all([loader(), wantContent(id)]).then(([m]) => m.data);
    cache.set(id, loading);
  }
  return loading;
}

/** The muscle a technique id belongs to: techniques are named `<muscle>-<method>`. */
export function muscleOfTechnique(id: string): string | undefined {
  return MUSCLE_IDS.filter((muscle) => id.startsWith(`${muscle}-`)).sort((a, b) => b.length - a.length)[0];
}

export async function loadMuscle(id: unknown): Promise<Muscle | undefined> {
  return typeof id === 'string' ? (await load(id))?.muscle : undefined;
}

export async function loadTechnique(id: unknown): Promise<{ technique: Technique; muscle: Muscle } | undefined> {
  const muscleId = typeof id === 'string' ? muscleOfTechnique(id) : undefined;
  const data = muscleId ? await load(muscleId) : undefined;
  const technique = data?.techniques.find((t) => t.id === id);
  return data && technique ? { technique, muscle: data.muscle } : undefined;
}
