import type { RegionId } from '../../data/regions.js';
import type { RegionSelection } from '../../core/selection.js';
import type { KnotBodyMap } from './body-map.component.js';

/** `detail` of `knot-region-focus`. */
export interface KnotRegionFocusDetail {
  region: RegionId;
}

/** `detail` of the map's `change` and `input` events. */
export interface KnotBodyMapChangeDetail {
  value: RegionSelection[];
}

/**
 * Every event a `<knot-body-map>` sends, with its type. `change` and `input` keep their
 * native names (the map is a form control) but carry `detail.value`; they cannot be
 * re-declared in `HTMLElementEventMap`, so `addEventListener` on a `KnotBodyMap` is typed
 * from this map instead. With a plain `Element`, cast: `e as KnotBodyMapEventMap['change']`.
 */
export interface KnotBodyMapEventMap {
  change: CustomEvent<KnotBodyMapChangeDetail>;
  input: CustomEvent<KnotBodyMapChangeDetail>;
  'knot-region-focus': CustomEvent<KnotRegionFocusDetail>;
}

type Listener<E> = (this: KnotBodyMap, event: E) => unknown;

// `addEventListener` on a KnotBodyMap knows these events (the methods stay HTMLElement's own).
declare module './body-map.component.js' {
  interface KnotBodyMap {
    addEventListener<K extends keyof KnotBodyMapEventMap>(type: K, listener: Listener<KnotBodyMapEventMap[K]>, options?: boolean | AddEventListenerOptions): void;
    addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: Listener<HTMLElementEventMap[K]>, options?: boolean | AddEventListenerOptions): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
    removeEventListener<K extends keyof KnotBodyMapEventMap>(type: K, listener: Listener<KnotBodyMapEventMap[K]>, options?: boolean | EventListenerOptions): void;
    removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: Listener<HTMLElementEventMap[K]>, options?: boolean | EventListenerOptions): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  }
}
