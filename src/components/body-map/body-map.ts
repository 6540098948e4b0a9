import { define } from '../../internal/define.js';
import { KnotBodyMap, type KnotRegionFocusDetail } from './body-map.component.js';

export * from './body-map.component.js';

define('knot-body-map', KnotBodyMap);

declare global {
  interface HTMLElementTagNameMap {
    'knot-body-map': KnotBodyMap;
  }
  interface HTMLElementEventMap {
    'knot-region-focus': CustomEvent<KnotRegionFocusDetail>;
  }
}

