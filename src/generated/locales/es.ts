
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'hold-timer.controls': `Controles del temporizador`,
'hold-timer.mute': `Silenciar avisos`,
'hold-timer.name': `Temporizador de presión`,
'hold-timer.pause': `Pausar`,
'hold-timer.phase.done': `Terminado`,
'hold-timer.phase.hold': `Mantén la presión`,
'hold-timer.phase.prepare': `Prepárate`,
'hold-timer.phase.ready': `Listo para empezar`,
'hold-timer.phase.rest': `Suelta y descansa`,
'hold-timer.phase.switch': `Cambia de lado`,
'hold-timer.rep': str`Repetición ${0} de ${1}`,
'hold-timer.reset': `Reiniciar`,
'hold-timer.resume': `Reanudar`,
'hold-timer.side.left': `lado izquierdo`,
'hold-timer.side.right': `lado derecho`,
'hold-timer.skip': `Saltar`,
'hold-timer.spoken.done': `Todo hecho`,
'hold-timer.start': `Iniciar`,
'hold-timer.time-left': str`Quedan ${0}`,
    };
  