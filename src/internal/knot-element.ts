import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '../i18n/msg.js';
import { settle, type Pending } from './settle.js';
import { warnOnce } from './warn.js';

/** The `detail` type of an event declared in `HTMLElementEventMap`. */
export type DetailOf<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * The shape every knotkit element shares, so each element is only its view:
 * - it re-renders when the locale changes (texts are resolved when rendering);
 * - `emit()` sends its `knot-*` events, typed by `HTMLElementEventMap`, bubbling and composed;
 * - `warn()` is the one path for bad input: one console warning per attribute and value;
 * - `work` is the async work it started (a catalog module, a routine, its running code):
 *   `updateComplete` waits for it and for the render it causes;
 * - `latest(key)` guards async work against races: only the newest run for a key may apply
 *   its result (a newer `src` or `technique` wins over an older, slower response).
 */
export class KnotElement extends LitElement {
  /** The async work `updateComplete` waits for. @internal */
  protected readonly work: Pending = { pending: null };
  private _runs?: Record<string, number>;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Dispatches a typed event from this element (bubbles, composed). */
  protected emit<K extends keyof HTMLElementEventMap>(type: K, detail?: DetailOf<K>): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** One console warning naming this element, the attribute and the value. */
  protected warn(attribute: string, value: unknown, problem: string): void {
    warnOnce(this, attribute, value, problem);
  }

  /**
   * Starts a run of async work named `key`; the function returned says whether that run is
   * still the newest one (call it before applying a result).
   */
  protected latest(key: string): () => boolean {
    const runs = (this._runs ??= {});
    const run = (runs[key] = (runs[key] ?? 0) + 1);
    return () => runs[key] === run;
  }

  /** Also waits for the element's async work and the render it causes. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settle(() => super.getUpdateComplete(), this.work);
  }
}
