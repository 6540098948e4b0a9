import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Whether the host is narrower than a breakpoint, from a ResizeObserver; the host renders
 * again when it crosses it. The switch waits for the next frame: changing layout inside the
 * observer's callback would resize the host again in the same frame (a "ResizeObserver
 * loop" error on the page).
 */
export class NarrowController implements ReactiveController {
  /** True while the host is narrower than the breakpoint. */
  narrow = false;
  private _observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly px: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    (this._observer ??= new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? Infinity) < this.px;
      if (narrow !== this.narrow)
        requestAnimationFrame(() => {
          this.narrow = narrow;
          this.host.requestUpdate();
        });
    })).observe(this.host);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }
}
