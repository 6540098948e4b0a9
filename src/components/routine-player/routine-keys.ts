export type KeyCommand = 'toggle' | 'next' | 'previous';

/**
 * What a key pressed in the player asks for: Space pauses and resumes (except on the
 * buttons, links and fields Space presses), Left and Right go to the previous and the next
 * step (except in a field or on an element that uses them itself).
 */
export function keyCommand(event: KeyboardEvent): KeyCommand | null {
  const target = event.composedPath()[0] as HTMLElement | undefined;
  if (event.key === ' ') return target?.matches?.('button, input, a, summary, [role="button"], [tabindex]:not(.base)') ? null : 'toggle';
  if (target?.matches?.('input, [role="button"]')) return null;
  return event.key === 'ArrowRight' ? 'next' : event.key === 'ArrowLeft' ? 'previous' : null;
}
