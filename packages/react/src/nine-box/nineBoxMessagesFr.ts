import type { Message } from '../i18n/defineMessages.js';
import type { NineBoxMessageKey } from './nineBoxText.types.js';

/**
 * French strings of the 9-box grid and calibration panel.
 *
 * @example
 * NINE_BOX_MESSAGES_FR['nineBox.box.9']; // 'Étoile'
 */
export const NINE_BOX_MESSAGES_FR: Readonly<Record<NineBoxMessageKey, Message>> = {
  'nineBox.box.1': 'Talent à risque',
  'nineBox.box.2': 'Efficace',
  'nineBox.box.3': 'Professionnel de confiance',
  'nineBox.box.4': 'Contributeur irrégulier',
  'nineBox.box.5': 'Pilier',
  'nineBox.box.6': 'Très performant',
  'nineBox.box.7': 'Diamant brut',
  'nineBox.box.8': 'Étoile montante',
  'nineBox.box.9': 'Étoile',
  'nineBox.boxGeneric': 'Potentiel {potentialText}, performance {performance}',
  'nineBox.level.veryLow': 'Très faible',
  'nineBox.level.low': 'Faible',
  'nineBox.level.medium': 'Moyen',
  'nineBox.level.high': 'Élevé',
  'nineBox.level.veryHigh': 'Très élevé',
  'nineBox.level.numbered': 'Niveau {n}',
  'nineBox.levelInText.veryLow': 'très faible',
  'nineBox.levelInText.low': 'faible',
  'nineBox.levelInText.medium': 'moyen',
  'nineBox.levelInText.high': 'élevé',
  'nineBox.levelInText.veryHigh': 'très élevé',
  'nineBox.levelInText.numbered': 'niveau {n}',
  'nineBox.cellName': {
    one: 'Potentiel {potentialText}, performance {performance} : {count} personne, {share}',
    other: 'Potentiel {potentialText}, performance {performance} : {count} personnes, {share}',
  },
  'nineBox.cellNameEmpty': 'Potentiel {potentialText}, performance {performance} : personne',
  'nineBox.count': { one: '{count} personne', other: '{count} personnes' },
  'nineBox.more': '+{count} de plus',
  'nineBox.performanceAxis': 'Performance',
  'nineBox.potentialAxis': 'Potentiel',
  'nineBox.unplaced': 'Non placés',
  'nineBox.unplacedHint': {
    one: '{count} personne n’a pas encore de note de performance ou de potentiel.',
    other: '{count} personnes n’ont pas encore de note de performance ou de potentiel.',
  },
  'nineBox.moveTo': 'Déplacer vers…',
  'nineBox.movePicking':
    'Déplacement de {name}. Choisissez une case avec les flèches, Entrée pour déposer, Échap pour annuler. Actuellement sur {box}.',
  'nineBox.moveOver': 'Sur {box}.',
  'nineBox.moveCancelled': 'Déplacement de {name} annulé.',
  'nineBox.moved': '{name} déplacé de {from} vers {to}.',
  'nineBox.moveUndone': 'Annulé : {name} ramené de {from} vers {to}.',
  'nineBox.moveFailed': 'Impossible de déplacer {name} : {error}. Remis dans {from}.',
  'nineBox.reasonTitle': 'Déplacer {name} vers {to}',
  'nineBox.reasonDescription':
    'De {from} vers {to}. Indiquez pourquoi ; le motif est conservé dans l’historique.',
  'nineBox.reasonLabel': 'Motif',
  'nineBox.reasonRequired': 'Indiquez un motif pour ce déplacement.',
  'nineBox.reasonTooLong': 'Limitez le motif à {max} caractères (actuellement {length}).',
  'nineBox.reasonSubmit': 'Déplacer',
  'nineBox.cancel': 'Annuler',
  'nineBox.undo': 'Annuler le dernier déplacement',
  'nineBox.history': 'Historique des déplacements',
  'nineBox.undoReason': 'Annulation de : {reason}',
  'nineBox.undoUnavailable': '{name} a été déplacé depuis ; annulez d’abord ce déplacement.',
  'nineBox.historyEmpty': 'Aucun déplacement pour l’instant.',
  'nineBox.historyEntry': '{name} : {from} → {to}, « {reason} »',
  'nineBox.conflictTitle': 'Quelqu’un d’autre a déplacé {name}',
  'nineBox.conflictBody': 'Pendant votre choix, {name} a été placé dans {theirs}. Vous avez choisi {yours}.',
  'nineBox.keepTheirs': 'Garder {box}',
  'nineBox.keepMine': 'Déplacer quand même vers {box}',
  'nineBox.drillTitle': '{box} : tout le monde',
  'nineBox.drillDescription': {
    one: '{count} personne dans cette case.',
    other: '{count} personnes dans cette case.',
  },
  'nineBox.column.name': 'Nom',
  'nineBox.column.title': 'Poste',
  'nineBox.column.department': 'Service',
  'nineBox.column.performance': 'Performance',
  'nineBox.column.potential': 'Potentiel',
  'nineBox.close': 'Fermer',
  'nineBox.loading': 'Chargement de la revue des talents…',
  'nineBox.empty': 'Aucune donnée de talents pour l’instant.',
  'nineBox.error': 'La revue des talents n’a pas pu être chargée.',
  'nineBox.retry': 'Réessayer',
  'nineBox.invalid': 'La grille ne peut pas être affichée : {message}',
  'nineBox.exportCsv': 'Exporter en CSV',
  'nineBox.exportHistory': 'Exporter l’historique',
  'nineBox.print': 'Imprimer',
  'nineBox.scopeCompany': 'Toute l’entreprise',
  'nineBox.scopeDepartment': 'Service {department}',
  'nineBox.scopeManager': 'Équipe de {name}',
  'nineBox.scopeLabel': 'Périmètre',
  'calibration.title': 'Calibrage',
  'calibration.target': 'Cible {share}',
  'calibration.distributionOk':
    'La répartition correspond à la cible (χ² = {chiSquare}, p = {p}) : les écarts peuvent être dus au hasard.',
  'calibration.distributionOff':
    'La répartition s’écarte de la cible (χ² = {chiSquare}, p = {p}) : des écarts aussi grands surviennent par hasard moins de 5 % du temps.',
  'calibration.distributionNone': 'Personne n’est encore placé : aucune répartition à vérifier.',
  'calibration.boxOver': '{box} : {share} pour une cible de {target}, {points} points au-dessus.',
  'calibration.boxUnder': '{box} : {share} pour une cible de {target}, {points} points en dessous.',
  'calibration.leniencyTitle': 'Indulgence des évaluateurs',
  'calibration.lenient':
    '{name} note avec indulgence : son équipe a une moyenne de {mean}, plus haute que les autres au-delà du hasard (z = {z}).',
  'calibration.severe':
    '{name} note sévèrement : son équipe a une moyenne de {mean}, plus basse que les autres au-delà du hasard (z = {z}).',
  'calibration.leniencyNone': 'Aucun manager ne note nettement plus haut ou plus bas que les autres.',
  'calibration.smallGroups': {
    one: '{count} manager a trop peu de personnes pour être évalué.',
    other: '{count} managers ont trop peu de personnes pour être évalués.',
  },
  'calibration.adverseTitle': 'Impact défavorable ({attribute})',
  'calibration.adverseRow':
    '{group} : {selected} sur {total} dans les cases du haut ({rate}), {ratio} du taux de {reference}.',
  'calibration.adverseFlag':
    '{group} est placé dans les cases du haut à moins des quatre cinquièmes du taux de {reference}.',
  'calibration.adverseNone':
    'Chaque groupe atteint au moins les quatre cinquièmes du taux du groupe le mieux placé.',
  'calibration.adverseNoSelection': 'Personne n’est dans les cases du haut : aucun taux à comparer.',
  'calibration.calibratedTitle': 'Scores calibrés',
  'calibration.calibratedRow': '{name} : {raw} tel que noté, {calibrated} calibré pour {rater}.',
  'calibration.calibratedExplain':
    'Les scores de performance de chaque manager sont ramenés à la moyenne et à la dispersion de l’entreprise (score z), pour comparer le 0,9 d’un manager indulgent et le 0,7 d’un manager sévère.',
  'calibration.noManager': 'Aucun manager',
  'calibration.unknownGroup': 'Inconnu',
};
