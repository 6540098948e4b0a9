import { msg, str } from '../i18n/msg.js';
import { currentLocale } from '../i18n/current.js';
import type { RegionGroup, RegionId } from './region-list.js';

export * from './region-list.js';

/**
 * Localized region names, as a person says them ("Left temple", "Back of left thigh"): the
 * accessible name of each region on the map and its label in the list view. Each locale
 * writes its own full name (no "Left {x}" template: adjectives agree with their noun in es,
 * de and fr). Message ids are stable: `region.<id>`.
 */
const NAMES: Record<RegionId, () => string> = {
  'top-of-head': () => msg('Top of head', { id: 'region.top-of-head' }),
  'forehead': () => msg('Forehead', { id: 'region.forehead' }),
  'temple-left': () => msg('Left temple', { id: 'region.temple-left' }),
  'temple-right': () => msg('Right temple', { id: 'region.temple-right' }),
  'eye-left': () => msg('Left eye', { id: 'region.eye-left' }),
  'eye-right': () => msg('Right eye', { id: 'region.eye-right' }),
  'ear-left': () => msg('Left ear', { id: 'region.ear-left' }),
  'ear-right': () => msg('Right ear', { id: 'region.ear-right' }),
  'cheek-left': () => msg('Left cheek', { id: 'region.cheek-left' }),
  'cheek-right': () => msg('Right cheek', { id: 'region.cheek-right' }),
  'jaw-left': () => msg('Left jaw', { id: 'region.jaw-left' }),
  'jaw-right': () => msg('Right jaw', { id: 'region.jaw-right' }),
  'back-of-head-left': () => msg('Back of head, left side', { id: 'region.back-of-head-left' }),
  'back-of-head-right': () => msg('Back of head, right side', { id: 'region.back-of-head-right' }),
  'front-of-neck': () => msg('Front of neck', { id: 'region.front-of-neck' }),
  'side-of-neck-left': () => msg('Left side of neck', { id: 'region.side-of-neck-left' }),
  'side-of-neck-right': () => msg('Right side of neck', { id: 'region.side-of-neck-right' }),
  'back-of-neck-left': () => msg('Back of neck, left side', { id: 'region.back-of-neck-left' }),
  'back-of-neck-right': () => msg('Back of neck, right side', { id: 'region.back-of-neck-right' }),
  'top-of-shoulder-left': () => msg('Top of left shoulder', { id: 'region.top-of-shoulder-left' }),
  'top-of-shoulder-right': () => msg('Top of right shoulder', { id: 'region.top-of-shoulder-right' }),
  'front-of-shoulder-left': () => msg('Front of left shoulder', { id: 'region.front-of-shoulder-left' }),
  'front-of-shoulder-right': () => msg('Front of right shoulder', { id: 'region.front-of-shoulder-right' }),
  'outer-shoulder-left': () => msg('Outer left shoulder', { id: 'region.outer-shoulder-left' }),
  'outer-shoulder-right': () => msg('Outer right shoulder', { id: 'region.outer-shoulder-right' }),
  'back-of-shoulder-left': () => msg('Back of left shoulder', { id: 'region.back-of-shoulder-left' }),
  'back-of-shoulder-right': () => msg('Back of right shoulder', { id: 'region.back-of-shoulder-right' }),
  'shoulder-blade-left': () => msg('Left shoulder blade', { id: 'region.shoulder-blade-left' }),
  'shoulder-blade-right': () => msg('Right shoulder blade', { id: 'region.shoulder-blade-right' }),
  'upper-back-left': () => msg('Left upper back', { id: 'region.upper-back-left' }),
  'upper-back-right': () => msg('Right upper back', { id: 'region.upper-back-right' }),
  'between-shoulder-blades-left': () => msg('Between shoulder blades, left side', { id: 'region.between-shoulder-blades-left' }),
  'between-shoulder-blades-right': () => msg('Between shoulder blades, right side', { id: 'region.between-shoulder-blades-right' }),
  'mid-back-left': () => msg('Left mid back', { id: 'region.mid-back-left' }),
  'mid-back-right': () => msg('Right mid back', { id: 'region.mid-back-right' }),
  'low-back-left': () => msg('Left low back', { id: 'region.low-back-left' }),
  'low-back-right': () => msg('Right low back', { id: 'region.low-back-right' }),
  'sacrum': () => msg('Sacrum (base of the spine)', { id: 'region.sacrum' }),
  'upper-chest-left': () => msg('Left upper chest', { id: 'region.upper-chest-left' }),
  'upper-chest-right': () => msg('Right upper chest', { id: 'region.upper-chest-right' }),
  'chest-left': () => msg('Left chest', { id: 'region.chest-left' }),
  'chest-right': () => msg('Right chest', { id: 'region.chest-right' }),
  'upper-abdomen-left': () => msg('Left upper abdomen', { id: 'region.upper-abdomen-left' }),
  'upper-abdomen-right': () => msg('Right upper abdomen', { id: 'region.upper-abdomen-right' }),
  'lower-abdomen-left': () => msg('Left lower abdomen', { id: 'region.lower-abdomen-left' }),
  'lower-abdomen-right': () => msg('Right lower abdomen', { id: 'region.lower-abdomen-right' }),
  'flank-left': () => msg('Left flank', { id: 'region.flank-left' }),
  'flank-right': () => msg('Right flank', { id: 'region.flank-right' }),
  'upper-arm-front-left': () => msg('Front of left upper arm', { id: 'region.upper-arm-front-left' }),
  'upper-arm-front-right': () => msg('Front of right upper arm', { id: 'region.upper-arm-front-right' }),
  'upper-arm-back-left': () => msg('Back of left upper arm', { id: 'region.upper-arm-back-left' }),
  'upper-arm-back-right': () => msg('Back of right upper arm', { id: 'region.upper-arm-back-right' }),
  'inner-elbow-left': () => msg('Inside of left elbow', { id: 'region.inner-elbow-left' }),
  'inner-elbow-right': () => msg('Inside of right elbow', { id: 'region.inner-elbow-right' }),
  'outer-elbow-left': () => msg('Outside of left elbow', { id: 'region.outer-elbow-left' }),
  'outer-elbow-right': () => msg('Outside of right elbow', { id: 'region.outer-elbow-right' }),
  'forearm-front-left': () => msg('Front of left forearm', { id: 'region.forearm-front-left' }),
  'forearm-front-right': () => msg('Front of right forearm', { id: 'region.forearm-front-right' }),
  'forearm-back-left': () => msg('Back of left forearm', { id: 'region.forearm-back-left' }),
  'forearm-back-right': () => msg('Back of right forearm', { id: 'region.forearm-back-right' }),
  'wrist-left': () => msg('Left wrist', { id: 'region.wrist-left' }),
  'wrist-right': () => msg('Right wrist', { id: 'region.wrist-right' }),
  'palm-left': () => msg('Left palm', { id: 'region.palm-left' }),
  'palm-right': () => msg('Right palm', { id: 'region.palm-right' }),
  'back-of-hand-left': () => msg('Back of left hand', { id: 'region.back-of-hand-left' }),
  'back-of-hand-right': () => msg('Back of right hand', { id: 'region.back-of-hand-right' }),
  'thumb-left': () => msg('Left thumb', { id: 'region.thumb-left' }),
  'thumb-right': () => msg('Right thumb', { id: 'region.thumb-right' }),
  'fingers-left': () => msg('Left fingers', { id: 'region.fingers-left' }),
  'fingers-right': () => msg('Right fingers', { id: 'region.fingers-right' }),
  'groin-left': () => msg('Left groin', { id: 'region.groin-left' }),
  'groin-right': () => msg('Right groin', { id: 'region.groin-right' }),
  'hip-side-left': () => msg('Side of left hip', { id: 'region.hip-side-left' }),
  'hip-side-right': () => msg('Side of right hip', { id: 'region.hip-side-right' }),
  'buttock-left': () => msg('Left buttock', { id: 'region.buttock-left' }),
  'buttock-right': () => msg('Right buttock', { id: 'region.buttock-right' }),
  'front-of-thigh-left': () => msg('Front of left thigh', { id: 'region.front-of-thigh-left' }),
  'front-of-thigh-right': () => msg('Front of right thigh', { id: 'region.front-of-thigh-right' }),
  'inner-thigh-left': () => msg('Inner left thigh', { id: 'region.inner-thigh-left' }),
  'inner-thigh-right': () => msg('Inner right thigh', { id: 'region.inner-thigh-right' }),
  'outer-thigh-left': () => msg('Outer left thigh', { id: 'region.outer-thigh-left' }),
  'outer-thigh-right': () => msg('Outer right thigh', { id: 'region.outer-thigh-right' }),
  'back-of-thigh-left': () => msg('Back of left thigh', { id: 'region.back-of-thigh-left' }),
  'back-of-thigh-right': () => msg('Back of right thigh', { id: 'region.back-of-thigh-right' }),
  'knee-front-left': () => msg('Front of left knee', { id: 'region.knee-front-left' }),
  'knee-front-right': () => msg('Front of right knee', { id: 'region.knee-front-right' }),
  'inner-knee-left': () => msg('Inside of left knee', { id: 'region.inner-knee-left' }),
  'inner-knee-right': () => msg('Inside of right knee', { id: 'region.inner-knee-right' }),
  'outer-knee-left': () => msg('Outside of left knee', { id: 'region.outer-knee-left' }),
  'outer-knee-right': () => msg('Outside of right knee', { id: 'region.outer-knee-right' }),
  'back-of-knee-left': () => msg('Back of left knee', { id: 'region.back-of-knee-left' }),
  'back-of-knee-right': () => msg('Back of right knee', { id: 'region.back-of-knee-right' }),
  'shin-left': () => msg('Left shin', { id: 'region.shin-left' }),
  'shin-right': () => msg('Right shin', { id: 'region.shin-right' }),
  'outer-lower-leg-left': () => msg('Outer left lower leg', { id: 'region.outer-lower-leg-left' }),
  'outer-lower-leg-right': () => msg('Outer right lower leg', { id: 'region.outer-lower-leg-right' }),
  'calf-left': () => msg('Left calf', { id: 'region.calf-left' }),
  'calf-right': () => msg('Right calf', { id: 'region.calf-right' }),
  'ankle-left': () => msg('Left ankle', { id: 'region.ankle-left' }),
  'ankle-right': () => msg('Right ankle', { id: 'region.ankle-right' }),
  'top-of-foot-left': () => msg('Top of left foot', { id: 'region.top-of-foot-left' }),
  'top-of-foot-right': () => msg('Top of right foot', { id: 'region.top-of-foot-right' }),
  'toes-left': () => msg('Left toes', { id: 'region.toes-left' }),
  'toes-right': () => msg('Right toes', { id: 'region.toes-right' }),
  'heel-left': () => msg('Left heel', { id: 'region.heel-left' }),
  'heel-right': () => msg('Right heel', { id: 'region.heel-right' }),
  'sole-left': () => msg('Sole of left foot', { id: 'region.sole-left' }),
  'sole-right': () => msg('Sole of right foot', { id: 'region.sole-right' }),
};

const GROUP_NAMES: Record<RegionGroup, () => string> = {
  head: () => msg('Head', { id: 'region-group.head' }),
  neck: () => msg('Neck', { id: 'region-group.neck' }),
  shoulders: () => msg('Shoulders', { id: 'region-group.shoulders' }),
  arms: () => msg('Arms', { id: 'region-group.arms' }),
  hands: () => msg('Hands', { id: 'region-group.hands' }),
  chest: () => msg('Chest', { id: 'region-group.chest' }),
  back: () => msg('Back', { id: 'region-group.back' }),
  abdomen: () => msg('Abdomen', { id: 'region-group.abdomen' }),
  hips: () => msg('Hips', { id: 'region-group.hips' }),
  legs: () => msg('Legs', { id: 'region-group.legs' }),
  feet: () => msg('Feet', { id: 'region-group.feet' }),
};

/** The region's name in the current locale. */
export function regionName(id: RegionId): string {
  return NAMES[id]();
}

/** A group of regions ("Head", "Legs") in the current locale. */
export function groupName(group: RegionGroup): string {
  return GROUP_NAMES[group]();
}

/** A list of region names in the current locale: "Left temple, Left jaw and Left ear". */
export function regionList(ids: readonly RegionId[]): string {
  return new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format([...new Set(ids)].map(regionName));
}

/**
 * A muscle's pattern in words, so a picture is never the only way to read it: "Trigger
 * points: … Pain is felt mostly in: … Sometimes also in: …". Empty parts are left out.
 */
export function referralInWords(pattern: { triggerPoints?: readonly { region: RegionId }[]; referral?: { primary?: readonly RegionId[]; secondary?: readonly RegionId[] } }): string {
  const points = (pattern.triggerPoints ?? []).map((p) => p.region);
  const primary = pattern.referral?.primary ?? [];
  const secondary = pattern.referral?.secondary ?? [];
  const parts: string[] = [];
  if (points.length) parts.push(msg(str`Trigger points: ${regionList(points)}.`, { id: 'body-map.summary.points' }));
  if (primary.length) parts.push(msg(str`Pain is felt mostly in: ${regionList(primary)}.`, { id: 'body-map.summary.primary' }));
  if (secondary.length) parts.push(msg(str`Sometimes also in: ${regionList(secondary)}.`, { id: 'body-map.summary.secondary' }));
  return parts.join(' ');
}
