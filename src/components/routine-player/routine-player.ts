import { define } from '../../internal/define.js';
import { KnotRoutinePlayer, type KnotRoutineCompleteDetail, type KnotStepDetail } from './routine-player.component.js';
import { KnotTechniqueCard } from '../technique-card/technique-card.component.js';

export * from './routine-player.component.js';

// The player shows each step as a technique card without its mini map (so no body map is
// loaded), and loads the hold timer with the first step.
define('knot-technique-card', KnotTechniqueCard);
define('knot-routine-player', KnotRoutinePlayer);

declare global {
  interface HTMLElementTagNameMap {
    'knot-routine-player': KnotRoutinePlayer;
  }
  interface HTMLElementEventMap {
    'knot-step': CustomEvent<KnotStepDetail>;
    'knot-routine-complete': CustomEvent<KnotRoutineCompleteDetail>;
  }
}
