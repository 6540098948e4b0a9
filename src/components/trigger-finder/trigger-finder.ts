import { define } from '../../internal/define.js';
import { KnotTriggerFinder, type KnotFinderResultDetail, type KnotFinderScreenDetail, type KnotRoutineBuiltDetail } from './trigger-finder.component.js';

export * from './trigger-finder.component.js';

// The body map, technique cards and routine player load (and register) when the reader reaches them.
define('knot-trigger-finder', KnotTriggerFinder);

declare global {
  interface HTMLElementTagNameMap {
    'knot-trigger-finder': KnotTriggerFinder;
  }
  interface HTMLElementEventMap {
    'knot-finder-screen': CustomEvent<KnotFinderScreenDetail>;
    'knot-finder-result': CustomEvent<KnotFinderResultDetail>;
    'knot-routine-built': CustomEvent<KnotRoutineBuiltDetail>;
  }
}
