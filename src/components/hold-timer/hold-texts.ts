import { msg, str } from '../../i18n/msg.js';
import { formatDuration } from '../../core/format.js';
import { currentLocale } from '../../i18n/current.js';
import type { Side } from '../../core/hold-sequence.js';

/**
 * The hold timer's words that its idle view needs too, shared by the view and the running
 * machinery (which says them through the status region and the voice cue). The phase names
 * are the running machinery's own (hold-run.ts). Resolved when used, in the current locale.
 */

/** "Rep 2 of 3 · left side" (empty for one unsided rep). */
export function detailText(rep: number, side: Side, reps: number): string {
  const parts: string[] = [];
  if (reps > 1) parts.push(msg(str`Rep ${rep} of ${reps}`));
  if (side === 'left') parts.push(msg('left side'));
  if (side === 'right') parts.push(msg('right side'));
  return parts.join(' · ');
}

/** "1 minute, 5 seconds left". */
export function timeLeftText(seconds: number): string {
  const duration = formatDuration(seconds, currentLocale());
  return msg(str`${duration} left`);
}
