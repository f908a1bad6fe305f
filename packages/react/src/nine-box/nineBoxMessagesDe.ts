import type { Message } from '../i18n/defineMessages.js';
import type { NineBoxMessageKey } from './nineBoxText.types.js';

/**
 * German strings of the 9-box grid and calibration panel.
 *
 * @example
 * NINE_BOX_MESSAGES_DE['nineBox.box.9']; // 'Spitzentalent'
 */
export const NINE_BOX_MESSAGES_DE: Readonly<Record<NineBoxMessageKey, Message>> = {
  'nineBox.box.1': 'Risikofall',
  'nineBox.box.2': 'Solide Kraft',
  'nineBox.box.3': 'Verlässliche Fachkraft',
  'nineBox.box.4': 'Unbeständige Kraft',
  'nineBox.box.5': 'Leistungsträger',
  'nineBox.box.6': 'Hochleister',
  'nineBox.box.7': 'Rohdiamant',
  'nineBox.box.8': 'Aufsteigendes Talent',
  'nineBox.box.9': 'Spitzentalent',
  'nineBox.boxGeneric': 'Potenzial {potentialText}, Leistung {performance}',
  'nineBox.level.veryLow': 'Sehr niedrig',
  'nineBox.level.low': 'Niedrig',
  'nineBox.level.medium': 'Mittel',
  'nineBox.level.high': 'Hoch',
  'nineBox.level.veryHigh': 'Sehr hoch',
  'nineBox.level.numbered': 'Stufe {n}',
  'nineBox.levelInText.veryLow': 'sehr niedrig',
  'nineBox.levelInText.low': 'niedrig',
  'nineBox.levelInText.medium': 'mittel',
  'nineBox.levelInText.high': 'hoch',
  'nineBox.levelInText.veryHigh': 'sehr hoch',
  'nineBox.levelInText.numbered': 'Stufe {n}',
  'nineBox.cellName': {
    one: 'Potenzial {potentialText}, Leistung {performance}: {count} Person, {share}',
    other: 'Potenzial {potentialText}, Leistung {performance}: {count} Personen, {share}',
  },
  'nineBox.cellNameEmpty': 'Potenzial {potentialText}, Leistung {performance}: niemand',
  'nineBox.count': { one: '{count} Person', other: '{count} Personen' },
  'nineBox.more': '+{count} weitere',
  'nineBox.performanceAxis': 'Leistung',
  'nineBox.potentialAxis': 'Potenzial',
  'nineBox.unplaced': 'Nicht eingeordnet',
  'nineBox.unplacedHint': {
    one: '{count} Person hat noch keine Leistungs- oder Potenzialbewertung.',
    other: '{count} Personen haben noch keine Leistungs- oder Potenzialbewertung.',
  },
  'nineBox.moveTo': 'Verschieben nach…',
  'nineBox.movePicking':
    '{name} wird verschoben. Mit den Pfeiltasten ein Feld wählen, Eingabe zum Ablegen, Escape zum Abbrechen. Jetzt über {box}.',
  'nineBox.moveOver': 'Über {box}.',
  'nineBox.moveCancelled': 'Verschieben von {name} abgebrochen.',
  'nineBox.cellLabel': '{title} – {cell}',
  'nineBox.dragHandle': '{name} ziehen',
  'nineBox.dragInstructions':
    'Um eine Karte per Tastatur zu ziehen, auf ihrem Ziehgriff Leertaste oder Eingabe drücken, mit den Pfeiltasten ein Feld wählen und mit Leertaste oder Eingabe dort ablegen; Escape bricht ab.',
  'nineBox.dragStart': '{name} in {box} aufgenommen.',
  'nineBox.dragOver': '{name} ist über {box}.',
  'nineBox.dragOverNone': '{name} ist über keinem Feld.',
  'nineBox.dragDrop': '{name} auf {box} abgelegt.',
  'nineBox.moved': '{name} von {from} nach {to} verschoben.',
  'nineBox.moveUndone': 'Rückgängig: {name} von {from} zurück nach {to} verschoben.',
  'nineBox.moveFailed': '{name} konnte nicht verschoben werden: {error}. Zurück in {from}.',
  'nineBox.reasonTitle': '{name} nach {to} verschieben',
  'nineBox.reasonDescription':
    'Von {from} nach {to}. Bitte begründen; die Begründung wird im Verlauf gespeichert.',
  'nineBox.reasonLabel': 'Begründung',
  'nineBox.reasonRequired': 'Bitte eine Begründung für das Verschieben angeben.',
  'nineBox.reasonTooLong': 'Höchstens {max} Zeichen (jetzt {length}).',
  'nineBox.reasonSubmit': 'Verschieben',
  'nineBox.cancel': 'Abbrechen',
  'nineBox.undo': 'Letzte Verschiebung rückgängig machen',
  'nineBox.history': 'Verlauf der Verschiebungen',
  'nineBox.undoReason': 'Rückgängig gemacht: {reason}',
  'nineBox.undoUnavailable':
    '{name} wurde seitdem erneut verschoben; bitte zuerst diese Verschiebung rückgängig machen.',
  'nineBox.historyEmpty': 'Noch keine Verschiebungen.',
  'nineBox.historyEntry': '{name}: {from} → {to}, „{reason}“',
  'nineBox.conflictTitle': '{name} wurde von jemand anderem verschoben',
  'nineBox.conflictBody':
    'Während Sie gewählt haben, wurde {name} in {theirs} eingeordnet. Sie haben {yours} gewählt.',
  'nineBox.keepTheirs': '{box} behalten',
  'nineBox.keepMine': 'Trotzdem nach {box} verschieben',
  'nineBox.drillTitle': '{box}: alle Personen',
  'nineBox.drillDescription': {
    one: '{count} Person in diesem Feld.',
    other: '{count} Personen in diesem Feld.',
  },
  'nineBox.column.name': 'Name',
  'nineBox.column.title': 'Funktion',
  'nineBox.column.department': 'Abteilung',
  'nineBox.column.performance': 'Leistung',
  'nineBox.column.potential': 'Potenzial',
  'nineBox.close': 'Schließen',
  'nineBox.loading': 'Talentrunde wird geladen…',
  'nineBox.empty': 'Noch keine Talentdaten.',
  'nineBox.error': 'Die Talentrunde konnte nicht geladen werden.',
  'nineBox.retry': 'Erneut versuchen',
  'nineBox.invalid': 'Das Raster kann nicht angezeigt werden: {message}',
  'nineBox.exportCsv': 'Als CSV exportieren',
  'nineBox.exportHistory': 'Verlauf exportieren',
  'nineBox.print': 'Drucken',
  'nineBox.scopeCompany': 'Gesamtes Unternehmen',
  'nineBox.scopeDepartment': 'Abteilung {department}',
  'nineBox.scopeManager': 'Team von {name}',
  'nineBox.scopeLabel': 'Bereich',
  'nineBox.drillDown': 'Tiefer gehen',
  'nineBox.scopeOption': { one: '{label} ({count} Person)', other: '{label} ({count} Personen)' },
  'nineBox.scopeChoose': 'Auswählen…',
  'calibration.title': 'Kalibrierung',
  'calibration.target': 'Ziel {share}',
  'calibration.distributionOk':
    'Die Verteilung passt zum Ziel (χ² = {chiSquare}, p = {p}): die Abweichungen können Zufall sein.',
  'calibration.distributionOff':
    'Die Verteilung weicht vom Ziel ab (χ² = {chiSquare}, p = {p}): so große Abweichungen entstehen in weniger als 5 % der Fälle zufällig.',
  'calibration.distributionNone': 'Noch niemand ist eingeordnet, es gibt keine Verteilung zu prüfen.',
  'calibration.boxOver': '{box}: {share} bei einem Ziel von {target}, {points} Punkte darüber.',
  'calibration.boxUnder': '{box}: {share} bei einem Ziel von {target}, {points} Punkte darunter.',
  'calibration.leniencyTitle': 'Milde und Strenge der Bewertenden',
  'calibration.lenient':
    '{name} bewertet mild: das Team liegt im Schnitt bei {mean}, überzufällig höher als alle anderen (z = {z}).',
  'calibration.severe':
    '{name} bewertet streng: das Team liegt im Schnitt bei {mean}, überzufällig niedriger als alle anderen (z = {z}).',
  'calibration.leniencyNone': 'Keine Führungskraft bewertet deutlich höher oder niedriger als die übrigen.',
  'calibration.smallGroups': {
    one: '{count} Führungskraft hat zu wenige Personen für eine Aussage.',
    other: '{count} Führungskräfte haben zu wenige Personen für eine Aussage.',
  },
  'calibration.adverseTitle': 'Benachteiligung ({attribute})',
  'calibration.adverseRow':
    '{group}: {selected} von {total} in den oberen Feldern ({rate}), {ratio} der Quote von {reference}.',
  'calibration.adverseFlag':
    '{group} wird mit weniger als vier Fünfteln der Quote von {reference} in die oberen Felder eingeordnet.',
  'calibration.adverseNone':
    'Jede Gruppe erreicht mindestens vier Fünftel der Quote der bestplatzierten Gruppe.',
  'calibration.adverseNoSelection': 'Niemand ist in den oberen Feldern, es gibt keine Quoten zu vergleichen.',
  'calibration.calibratedTitle': 'Kalibrierte Werte',
  'calibration.calibratedRow': '{name}: {raw} bewertet, {calibrated} kalibriert für {rater}.',
  'calibration.calibratedExplain':
    'Die Leistungswerte jeder Führungskraft werden auf Mittelwert und Streuung des Unternehmens umgerechnet (z-Wert), damit eine 0,9 einer milden und eine 0,7 einer strengen Führungskraft vergleichbar werden.',
  'calibration.noManager': 'Keine Führungskraft',
  'calibration.unknownGroup': 'Unbekannt',
};
