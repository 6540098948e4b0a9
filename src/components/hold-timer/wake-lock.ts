interface PolicyDocument {
  permissionsPolicy?: { allowsFeature(feature: string): boolean };
  featurePolicy?: { allowsFeature(feature: string): boolean };
}

/**
 * Whether this page may hold a wake lock. In an iframe without `allow="screen-wake-lock"`
 * (a sandboxed or cross-origin embed) a request fails and the browser logs a permissions
 * policy error on every Start: ask the policy first (Chromium, and Firefox's newer name)
 * and skip quietly. Where neither exists, try.
 */
function allowed(): boolean {
  const policy = (document as Document & PolicyDocument).permissionsPolicy ?? (document as Document & PolicyDocument).featurePolicy;
  try {
    return policy?.allowsFeature('screen-wake-lock') ?? true;
  } catch {
    return true;
  }
}

/**
 * Keeps the screen on while a hold runs: a person pressing a ball against a wall cannot
 * tap the phone. Requested while wanted and the page is visible (the browser drops the
 * lock when the page hides, so it is asked for again on return); released otherwise.
 * Unsupported or refused → nothing happens.
 */
export class ScreenWakeLock {
  private sentinel: WakeLockSentinel | null = null;
  private pending: Promise<void> | null = null;
  private wanted = false;

  get held(): boolean {
    return this.sentinel !== null && !this.sentinel.released;
  }

  /** Call with `true` while the timer runs, `false` otherwise; safe to call often. */
  want(wanted: boolean): void {
    this.wanted = wanted;
    if (wanted) this.acquire();
    else this.release();
  }

  /** Re-request after the page becomes visible again. */
  refresh(): void {
    if (this.wanted) this.acquire();
  }

  private acquire(): void {
    if (this.held || this.pending || document.visibilityState !== 'visible') return;
    const wakeLock = (navigator as Navigator & { wakeLock?: WakeLock }).wakeLock;
    if (!wakeLock || typeof wakeLock.request !== 'function' || !allowed()) return;
    let request: Promise<WakeLockSentinel>;
    try {
      request = wakeLock.request('screen');
    } catch {
      return;
    }
    this.pending = request.then(
      (sentinel) => {
        this.pending = null;
        this.sentinel = sentinel;
        if (!this.wanted) this.release();
      },
      () => {
        this.pending = null; // refused (battery saver, permissions policy): fine
      },
    );
  }

  private release(): void {
    const sentinel = this.sentinel;
    this.sentinel = null;
    if (sentinel && !sentinel.released) void sentinel.release().catch(() => undefined);
  }
}
