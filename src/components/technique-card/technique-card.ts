import { define } from '../../internal/define.js';
import { KnotTechniqueCard, type KnotStartTechniqueDetail } from './technique-card.component.js';

export * from './technique-card.component.js';

define('knot-technique-card', KnotTechniqueCard);

declare global {
  interface HTMLElementTagNameMap {
    'knot-technique-card': KnotTechniqueCard;
  }
  interface HTMLElementEventMap {
    'knot-start-technique': CustomEvent<KnotStartTechniqueDetail>;
  }
}
