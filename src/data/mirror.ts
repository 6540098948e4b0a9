import { VIEW_WIDTH } from './region-geometry.js';
import { isRegionId, type RegionId } from './region-list.js';
import type { Muscle, TriggerPointSite } from './types.js';

export type Side = 'left' | 'right';

/** The same region on the other side (`temple-left` → `temple-right`); midline regions stay. */
export function mirrorRegion(id: RegionId): RegionId {
  const other = id.endsWith('-left') ? id.replace(/-left$/, '-right') : id.endsWith('-right') ? id.replace(/-right$/, '-left') : id;
  return isRegionId(other) ? other : id;
}

/** A trigger point on the other side: the figure is symmetric about the middle of its view. */
export function mirrorSite(site: TriggerPointSite): TriggerPointSite {
  return { ...site, region: mirrorRegion(site.region), x: Math.round((VIEW_WIDTH - site.x) * 10) / 10 };
}

/** A muscle's trigger points and referral on one side (the data describes the left). */
export function muscleOnSide(muscle: Pick<Muscle, 'triggerPoints' | 'referral'>, side: Side): Pick<Muscle, 'triggerPoints' | 'referral'> {
  if (side === 'left') return { triggerPoints: muscle.triggerPoints, referral: muscle.referral };
  return {
    triggerPoints: muscle.triggerPoints.map(mirrorSite),
    referral: { primary: muscle.referral.primary.map(mirrorRegion), secondary: muscle.referral.secondary.map(mirrorRegion) },
  };
}
