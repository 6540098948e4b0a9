import { isServer, LitElement } from 'lit';
import { updateWhenLocaleChanges } from '../i18n/msg.js';

/** The `detail` type of an event declared in `HTMLElementEventMap`. */
export type DetailOf<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Any value in a warning, never throwing (a null-prototype object has no `toString`). */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Warnings already given, per element: bad input never floods the console on re-render. */
const warned = new WeakMap<Element, Set<string>>();

/**
 * The shape every knotkit element shares, so each element is only its view:
 * - it re-renders when the locale changes (texts are resolved when rendering);
 * - `emit()` sends its `knot-*` events, typed by `HTMLElementEventMap`, bubbling and composed;
 * - `warn()` is the one path for bad input: one console warning per attribute and value,
 *   never an exception into the host page;
 * - `work` is the async work it started (a catalog module, a routine, its running code):
 *   `updateComplete` waits for it and for the render it causes;
 * - `latest(key)` guards async work against races: only the newest run for a key may apply
 *   its result (a newer `src` or `technique` wins over an older, slower response).
 */
export class KnotElement extends LitElement {
  /** The async work `updateComplete` waits for (set `pending` when starting some). @internal */
  protected readonly work: { pending: Promise<unknown> | null } = { pending: null };
  private _runs?: Record<string, object>;
  /**
   * This element took over a server's markup: its shadow root was there before its first
   * render (a declarative one), which is how @lit-labs/ssr-client's lit-element-hydrate-support
   * decides to hydrate (`_$needsHydration`, set in `createRenderRoot`). Such an element renders
   * what the server rendered for its whole life (see the body map's region paths). @internal
   */
  protected hydrated?: boolean;

  constructor() {
    super();
    // A server renders once, in the locale it has (the controller would listen on `window`).
    if (!isServer) updateWhenLocaleChanges(this);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.hydrated = !!this.shadowRoot;
    return super.createRenderRoot();
  }

  /** Dispatches a typed event from this element (bubbles, composed). */
  protected emit<K extends keyof HTMLElementEventMap>(type: K, detail?: DetailOf<K>): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** One console warning naming this element, the attribute and the value (once per value). */
  protected warn(attribute: string, value: unknown, problem: string): void {
    const message = `<${this.localName}> ${attribute}=${describe(value)} ${problem}.`;
    const said = warned.get(this) ?? new Set<string>();
    warned.set(this, said);
    if (said.has(message)) return;
    said.add(message);
    console.warn(message);
  }

  /**
   * Starts a run of async work named `key`; the function returned says whether that run is
   * still the newest one (call it before applying a result).
   */
  protected latest(key: string): () => boolean {
    const runs = (this._runs ??= {});
    const run = (runs[key] = {});
    return () => runs[key] === run;
  }

  /**
   * Also waits for the element's async work and the render it causes, until both are quiet:
   * `await el.updateComplete` then means "showing what it will show".
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let pending; (pending = this.work.pending); done = await super.getUpdateComplete()) {
      await pending;
      if (this.work.pending === pending) this.work.pending = null;
    }
    return done;
  }
}
