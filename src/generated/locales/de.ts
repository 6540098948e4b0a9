
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'hold-timer.controls': `Timer-Steuerung`,
'hold-timer.mute': `Signale stummschalten`,
'hold-timer.name': `Halte-Timer`,
'hold-timer.pause': `Pausieren`,
'hold-timer.phase.done': `Fertig`,
'hold-timer.phase.hold': `Halten`,
'hold-timer.phase.prepare': `Mach dich bereit`,
'hold-timer.phase.ready': `Bereit`,
'hold-timer.phase.rest': `Loslassen und ausruhen`,
'hold-timer.phase.switch': `Seite wechseln`,
'hold-timer.rep': str`Wiederholung ${0} von ${1}`,
'hold-timer.reset': `Zurücksetzen`,
'hold-timer.resume': `Fortsetzen`,
'hold-timer.side.left': `linke Seite`,
'hold-timer.side.right': `rechte Seite`,
'hold-timer.skip': `Überspringen`,
'hold-timer.spoken.done': `Alles geschafft`,
'hold-timer.start': `Starten`,
'hold-timer.time-left': str`Noch ${0}`,
    };
  