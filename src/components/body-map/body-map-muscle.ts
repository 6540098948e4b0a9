import { loadMuscle } from '../../data/catalog.js';
import { muscleOnSide, type Side } from '../../data/mirror.js';
import type { Highlight } from '../../core/selection.js';

/**
 * `muscle="…"`: a catalog muscle's trigger points and referral on one side of the person.
 * The map imports this module on first use, so a map that never names a muscle does not
 * download the catalog's index.
 */
export async function muscleHighlight(id: string, side: Side): Promise<Highlight | undefined> {
  const muscle = await loadMuscle(id);
  return muscle && muscleOnSide(muscle, side);
}
