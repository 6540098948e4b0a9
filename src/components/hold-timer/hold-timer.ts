import { define } from '../../internal/define.js';
import { KnotHoldTimer, type KnotCompleteDetail, type KnotPhaseDetail } from './hold-timer.component.js';

export * from './hold-timer.component.js';

define('knot-hold-timer', KnotHoldTimer);

declare global {
  interface HTMLElementTagNameMap {
    'knot-hold-timer': KnotHoldTimer;
  }
  interface HTMLElementEventMap {
    'knot-start': CustomEvent<void>;
    'knot-pause': CustomEvent<void>;
    'knot-resume': CustomEvent<void>;
    'knot-reset': CustomEvent<void>;
    'knot-phase': CustomEvent<KnotPhaseDetail>;
    'knot-complete': CustomEvent<KnotCompleteDetail>;
  }
}
