/**
 * knotkit: every element, registered, plus the locale controls and core types.
 * Import a single element instead (`knotkit/hold-timer.js`) to ship only what you use.
 */
export * from './components/hold-timer/hold-timer.js';
export * from './components/body-map/body-map.js';
export * from './components/technique-card/technique-card.js';
export * from './components/routine-player/routine-player.js';
export * from './components/trigger-finder/trigger-finder.js';
export { validateRoutine, ROUTINE_FORMAT } from './core/routine-format.js';
export type { Routine, RoutineStep, CustomStep } from './core/routine-format.js';
export { ROUTINE_IDS, builtInRoutine } from './data/routines.js';
export { setLocale, getLocale, loadKnotkitLocale, allLocales, sourceLocale, targetLocales } from './i18n/localization.js';
export type { Clock, Scheduler } from './core/clock.js';
export type { Phase, Side, Sides, TimerState } from './core/hold-sequence.js';
export { VERSION } from './version.js';
export { REGIONS, REGION_IDS, regionName, isRegionId } from './data/regions.js';
export type { RegionId, RegionInfo, View } from './data/regions.js';
