import { msg, str } from '../i18n/msg.js';
import type { Dose, Position, Tool } from './types.js';

export const toolName = (tool: Tool): string =>
  ({
    ball: () => msg('Ball', { id: 'tool.ball' }),
    'foam-roller': () => msg('Foam roller', { id: 'tool.foam-roller' }),
    fingers: () => msg('Fingers', { id: 'tool.fingers' }),
    pincer: () => msg('Pincer grip', { id: 'tool.pincer' }),
    cane: () => msg('Hook massager (cane)', { id: 'tool.cane' }),
    stretch: () => msg('Stretch', { id: 'tool.stretch' }),
    'contract-relax': () => msg('Contract and relax', { id: 'tool.contract-relax' }),
  })[tool]();

export const positionName = (position: Position): string =>
  ({
    'standing-wall': () => msg('Standing at a wall', { id: 'position.standing-wall' }),
    standing: () => msg('Standing', { id: 'position.standing' }),
    seated: () => msg('Seated', { id: 'position.seated' }),
    'lying-back': () => msg('Lying on your back', { id: 'position.lying-back' }),
    'lying-front': () => msg('Lying on your front', { id: 'position.lying-front' }),
    'lying-side': () => msg('Lying on your side', { id: 'position.lying-side' }),
    kneeling: () => msg('Kneeling', { id: 'position.kneeling' }),
  })[position]();

/**
 * The dose as its source teaches it, in the current locale's words: "About 12 slow strokes
 * per tender spot · each side · 3 times a day", "Press until it softens, up to 90 s · …",
 * "Hold 30 s · 3 times · …".
 */
export function doseInWords(dose: Pick<Dose, 'holdSeconds' | 'reps' | 'sides' | 'timesPerDay'> & Partial<Dose>): string {
  const { holdSeconds: seconds, strokes } = dose;
  const parts = [
    dose.kind === 'strokes' && strokes
      ? msg(str`About ${strokes} slow strokes per tender spot`, { id: 'dose.strokes' })
      : dose.kind === 'release'
        ? msg(str`Press until it softens, up to ${seconds} s`, { id: 'dose.release' })
        : msg(str`Hold ${seconds} s`, { id: 'dose.hold' }),
  ];
  if (dose.reps > 1) parts.push(msg(str`${dose.reps} times`, { id: 'dose.reps' }));
  if (dose.sides === 'each') parts.push(msg('each side', { id: 'dose.each-side' }));
  if (dose.sides === 'one') parts.push(msg('on the sore side', { id: 'dose.one-side' }));
  parts.push(dose.timesPerDay === 1 ? msg('once a day', { id: 'dose.once-a-day' }) : msg(str`${dose.timesPerDay} times a day`, { id: 'dose.times-a-day' }));
  return parts.join(' · ');
}

/**
 * Where a dose's numbers come from when not from the technique's source, so the source line
 * under the card never seems to credit a book with a time it does not give.
 */
export function doseNote(dose: Partial<Dose>): string {
  return dose.kind === 'stretch'
    ? msg('Hold time: general stretching guidance, not from the source below.', { id: 'dose.note.stretch' })
    : dose.kind === 'release'
      ? msg('Time limit and times a day: our safety cap; the source holds until the tissue softens.', { id: 'dose.note.release' })
      : '';
}
