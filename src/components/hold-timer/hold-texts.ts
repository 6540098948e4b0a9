import { msg, str } from '../../i18n/msg.js';
import { formatDuration } from '../../core/format.js';
import { currentLocale } from '../../i18n/current.js';
import type { Phase, Side } from '../../core/hold-sequence.js';

/**
 * The hold timer's words, shared by its view and its running machinery (which says them
 * through the status region and the voice cue). Resolved when used, in the current locale.
 */

/** The phase's name; `hold` names a paced stroke ("Stroke 3 of 12") when there is one. */
export function phaseText(phase: Phase, hold?: string): string {
  switch (phase) {
    case 'prepare':
      return msg('Get ready');
    case 'hold':
      return hold || msg('Hold');
    case 'switch':
      return msg('Switch sides');
    case 'rest':
      return msg('Release and rest');
    case 'done':
      return msg('Done');
  }
}

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
