export type KeyCommand = 'toggle' | 'next' | 'previous';

/**
 * What a key pressed anywhere in the player asks for (the player has no text fields): Space
 * pauses and resumes, except on what Space presses itself (a button, a disclosure); on the
 * step's timer dial Enter does too, as the player, not the timer, runs that timer. Left and
 * Right go to the previous and the next step. Nothing with a modifier (Alt+Left is "back").
 */
export function keyCommand(event: KeyboardEvent): KeyCommand | null {
  const target = event.composedPath()[0] as Element;
  const { key } = event;
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (key === ' ' || (key === 'Enter' && target.getAttribute('role') === 'timer')) return target.matches('button,summary') ? null : 'toggle';
  return key === 'ArrowRight' ? 'next' : key === 'ArrowLeft' ? 'previous' : null;
}
