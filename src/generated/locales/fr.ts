
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'hold-timer.controls': `Commandes du minuteur`,
'hold-timer.mute': `Couper les signaux`,
'hold-timer.name': `Minuteur de pression`,
'hold-timer.pause': `Mettre en pause`,
'hold-timer.phase.done': `Terminé`,
'hold-timer.phase.hold': `Maintenez la pression`,
'hold-timer.phase.prepare': `Préparez-vous`,
'hold-timer.phase.ready': `Prêt`,
'hold-timer.phase.rest': `Relâchez et reposez-vous`,
'hold-timer.phase.switch': `Changez de côté`,
'hold-timer.rep': str`Répétition ${0} sur ${1}`,
'hold-timer.reset': `Réinitialiser`,
'hold-timer.resume': `Reprendre`,
'hold-timer.side.left': `côté gauche`,
'hold-timer.side.right': `côté droit`,
'hold-timer.skip': `Passer`,
'hold-timer.spoken.done': `C’est fini`,
'hold-timer.start': `Démarrer`,
'hold-timer.time-left': str`Encore ${0}`,
    };
  