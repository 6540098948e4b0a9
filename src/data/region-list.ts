/**
 * The body map's self-report regions: the words people and referral charts use, head to
 * sole. Ids are stable (they are stored in forms and routines); sided regions end in
 * `-left` / `-right`, always the person's own side (never mirrored by the back view or RTL).
 * DOM-free: the geometry lives in region-geometry.ts, the localized names in regions.ts.
 */

export type View = 'front' | 'back';
export type RegionGroup = 'head' | 'neck' | 'shoulders' | 'arms' | 'hands' | 'chest' | 'back' | 'abdomen' | 'hips' | 'legs' | 'feet';

interface Base {
  /** Id without side. */
  base: string;
  group: RegionGroup;
  views: readonly View[];
  sided: boolean;
}

const F: readonly View[] = ['front'];
const B: readonly View[] = ['back'];
const FB: readonly View[] = ['front', 'back'];

/** Every base region, in reading order (head to sole). */
export const REGION_BASES = [
  { base: 'top-of-head', group: 'head', views: FB, sided: false },
  { base: 'forehead', group: 'head', views: F, sided: false },
  { base: 'temple', group: 'head', views: F, sided: true },
  { base: 'eye', group: 'head', views: F, sided: true },
  { base: 'ear', group: 'head', views: F, sided: true },
  { base: 'cheek', group: 'head', views: F, sided: true },
  { base: 'jaw', group: 'head', views: F, sided: true },
  { base: 'back-of-head', group: 'head', views: B, sided: true },
  { base: 'front-of-neck', group: 'neck', views: F, sided: false },
  { base: 'side-of-neck', group: 'neck', views: FB, sided: true },
  { base: 'back-of-neck', group: 'neck', views: B, sided: true },
  { base: 'top-of-shoulder', group: 'shoulders', views: FB, sided: true },
  { base: 'front-of-shoulder', group: 'shoulders', views: F, sided: true },
  { base: 'outer-shoulder', group: 'shoulders', views: FB, sided: true },
  { base: 'back-of-shoulder', group: 'shoulders', views: B, sided: true },
  { base: 'shoulder-blade', group: 'back', views: B, sided: true },
  { base: 'upper-back', group: 'back', views: B, sided: true },
  { base: 'between-shoulder-blades', group: 'back', views: B, sided: true },
  { base: 'mid-back', group: 'back', views: B, sided: true },
  { base: 'low-back', group: 'back', views: B, sided: true },
  { base: 'sacrum', group: 'back', views: B, sided: false },
  { base: 'upper-chest', group: 'chest', views: F, sided: true },
  { base: 'chest', group: 'chest', views: F, sided: true },
  { base: 'upper-abdomen', group: 'abdomen', views: F, sided: true },
  { base: 'lower-abdomen', group: 'abdomen', views: F, sided: true },
  { base: 'flank', group: 'abdomen', views: F, sided: true },
  { base: 'upper-arm-front', group: 'arms', views: F, sided: true },
  { base: 'upper-arm-back', group: 'arms', views: B, sided: true },
  { base: 'inner-elbow', group: 'arms', views: F, sided: true },
  { base: 'outer-elbow', group: 'arms', views: B, sided: true },
  { base: 'forearm-front', group: 'arms', views: F, sided: true },
  { base: 'forearm-back', group: 'arms', views: B, sided: true },
  { base: 'wrist', group: 'hands', views: FB, sided: true },
  { base: 'palm', group: 'hands', views: F, sided: true },
  { base: 'back-of-hand', group: 'hands', views: B, sided: true },
  { base: 'thumb', group: 'hands', views: F, sided: true },
  { base: 'fingers', group: 'hands', views: FB, sided: true },
  { base: 'groin', group: 'hips', views: F, sided: true },
  { base: 'hip-side', group: 'hips', views: FB, sided: true },
  { base: 'buttock', group: 'hips', views: B, sided: true },
  { base: 'front-of-thigh', group: 'legs', views: F, sided: true },
  { base: 'inner-thigh', group: 'legs', views: F, sided: true },
  { base: 'outer-thigh', group: 'legs', views: FB, sided: true },
  { base: 'back-of-thigh', group: 'legs', views: B, sided: true },
  { base: 'knee-front', group: 'legs', views: F, sided: true },
  { base: 'inner-knee', group: 'legs', views: F, sided: true },
  { base: 'outer-knee', group: 'legs', views: FB, sided: true },
  { base: 'back-of-knee', group: 'legs', views: B, sided: true },
  { base: 'shin', group: 'legs', views: F, sided: true },
  { base: 'outer-lower-leg', group: 'legs', views: F, sided: true },
  { base: 'calf', group: 'legs', views: B, sided: true },
  { base: 'ankle', group: 'feet', views: FB, sided: true },
  { base: 'top-of-foot', group: 'feet', views: F, sided: true },
  { base: 'toes', group: 'feet', views: F, sided: true },
  { base: 'heel', group: 'feet', views: B, sided: true },
  { base: 'sole', group: 'feet', views: B, sided: true },
] as const satisfies readonly Base[];

type Bases = (typeof REGION_BASES)[number];
type SidedId<B> = B extends { base: infer N extends string; sided: true } ? `${N}-left` | `${N}-right` : B extends { base: infer N extends string } ? N : never;

/** Every region id, e.g. `temple-left`, `sacrum`. */
export type RegionId = SidedId<Bases>;

export interface RegionInfo {
  id: RegionId;
  base: Bases['base'];
  side: 'left' | 'right' | null;
  group: RegionGroup;
  views: readonly View[];
}

/** Every region, sided ones left before right, in reading order. */
export const REGIONS: readonly RegionInfo[] = REGION_BASES.flatMap((b): RegionInfo[] =>
  b.sided
    ? (['left', 'right'] as const).map((side) => ({ id: `${b.base}-${side}` as RegionId, base: b.base, side, group: b.group, views: b.views }))
    : [{ id: b.base, base: b.base, side: null, group: b.group, views: b.views }],
);

export const REGION_IDS: readonly RegionId[] = REGIONS.map((r) => r.id);

const byId = new Map<string, RegionInfo>(REGIONS.map((r) => [r.id, r]));

/** The region with this id, or undefined for anything else (typos, hostile strings). */
export function regionInfo(id: unknown): RegionInfo | undefined {
  return typeof id === 'string' ? byId.get(id) : undefined;
}

export function isRegionId(id: unknown): id is RegionId {
  return regionInfo(id) !== undefined;
}
