/** Async work an element started (a catalog module loading) that tests and apps may await. */
export interface Pending {
  pending: Promise<unknown> | null;
}

/**
 * `updateComplete` that also waits for the element's async work and the render it causes,
 * until both are quiet: `await el.updateComplete` then means "showing what it will show".
 */
export async function settle(update: () => Promise<boolean>, work: Pending): Promise<boolean> {
  let done = await update();
  while (work.pending) {
    const pending = work.pending;
    await pending;
    if (work.pending === pending) work.pending = null;
    done = await update();
  }
  return done;
}
