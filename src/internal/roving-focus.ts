import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Direction } from '../core/neighbors.js';

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export interface RovingFocusOptions<Id> {
  /** The items that can take focus now, in order (Home and End go to the first and last). */
  items(): readonly Id[];
  /** Where an arrow key leads from `id`, if anywhere. */
  next(id: Id, direction: Direction): Id | undefined;
  /** The element that shows `id`, focused after a key moves there. */
  element(id: Id): HTMLElement | SVGElement | null;
}

/**
 * One tab stop over many items (a roving tabindex): arrow keys, Home and End move the stop
 * and the focus; focus that arrives another way (a click, Tab) takes the stop. The host
 * gives `tabindex="0"` to `stop()` and `-1` to every other item, and passes its item
 * keydowns to `keydown()`.
 */
export class RovingFocusController<Id extends string> implements ReactiveController {
  private _current: Id | null = null;
  private _moved = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingFocusOptions<Id>,
  ) {
    host.addController(this);
  }

  /** The item with the tab stop: the last one focused if it is still there, else the first of `preferred` there, else the first. */
  stop(preferred: readonly Id[] = []): Id | undefined {
    const items = this.options.items();
    return [this._current, ...preferred].find((id): id is Id => !!id && items.includes(id)) ?? items[0];
  }

  /** Focus arrived on `id`: it takes the tab stop. */
  focused(id: Id): void {
    if (this._current === id) return;
    this._current = id;
    this.host.requestUpdate();
  }

  /** Moves the tab stop to `id` and focuses it now (a click that landed beside the item). */
  focusNow(id: Id): void {
    this._current = id;
    this.options.element(id)?.focus({ preventScroll: true });
    this.host.requestUpdate();
  }

  /** Arrow keys, Home and End pressed on `from`. Returns false for any other key. */
  keydown(event: KeyboardEvent, from: Id): boolean {
    const direction = ARROWS[event.key];
    const home = event.key === 'Home';
    if (!direction && !home && event.key !== 'End') return false;
    event.preventDefault();
    const items = this.options.items();
    const to = direction ? this.options.next(from, direction) : home ? items[0] : items.at(-1);
    if (to) {
      this._current = to;
      this._moved = true;
      this.host.requestUpdate();
    }
    return true;
  }

  hostUpdated(): void {
    if (!this._moved || !this._current) return;
    this._moved = false;
    this.options.element(this._current)?.focus();
  }
}
