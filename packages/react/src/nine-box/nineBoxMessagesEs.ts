import type { Message } from '../i18n/defineMessages.js';
import type { NineBoxMessageKey } from './nineBoxText.types.js';

/**
 * Spanish strings of the 9-box grid and calibration panel.
 *
 * @example
 * NINE_BOX_MESSAGES_ES['nineBox.box.9']; // 'Estrella'
 */
export const NINE_BOX_MESSAGES_ES: Readonly<Record<NineBoxMessageKey, Message>> = {
  'nineBox.box.1': 'Talento en riesgo',
  'nineBox.box.2': 'Eficaz',
  'nineBox.box.3': 'Profesional de confianza',
  'nineBox.box.4': 'Desempeño irregular',
  'nineBox.box.5': 'Pilar del equipo',
  'nineBox.box.6': 'Alto desempeño',
  'nineBox.box.7': 'Diamante en bruto',
  'nineBox.box.8': 'Estrella emergente',
  'nineBox.box.9': 'Estrella',
  'nineBox.boxGeneric': 'Potencial {potentialText}, desempeño {performance}',
  'nineBox.level.veryLow': 'Muy bajo',
  'nineBox.level.low': 'Bajo',
  'nineBox.level.medium': 'Medio',
  'nineBox.level.high': 'Alto',
  'nineBox.level.veryHigh': 'Muy alto',
  'nineBox.level.numbered': 'Nivel {n}',
  'nineBox.levelInText.veryLow': 'muy bajo',
  'nineBox.levelInText.low': 'bajo',
  'nineBox.levelInText.medium': 'medio',
  'nineBox.levelInText.high': 'alto',
  'nineBox.levelInText.veryHigh': 'muy alto',
  'nineBox.levelInText.numbered': 'nivel {n}',
  'nineBox.cellName': {
    one: 'Potencial {potentialText}, desempeño {performance}: {count} persona, {share}',
    other: 'Potencial {potentialText}, desempeño {performance}: {count} personas, {share}',
  },
  'nineBox.cellNameEmpty': 'Potencial {potentialText}, desempeño {performance}: nadie',
  'nineBox.count': { one: '{count} persona', other: '{count} personas' },
  'nineBox.more': '+{count} más',
  'nineBox.performanceAxis': 'Desempeño',
  'nineBox.potentialAxis': 'Potencial',
  'nineBox.unplaced': 'Sin ubicar',
  'nineBox.unplacedHint': {
    one: '{count} persona aún no tiene puntuación de desempeño o potencial.',
    other: '{count} personas aún no tienen puntuación de desempeño o potencial.',
  },
  'nineBox.moveTo': 'Mover a…',
  'nineBox.movePicking':
    'Moviendo a {name}. Elija una casilla con las flechas, Intro para soltar, Escape para cancelar. Ahora sobre {box}.',
  'nineBox.moveOver': 'Sobre {box}.',
  'nineBox.moveCancelled': 'Movimiento de {name} cancelado.',
  'nineBox.moved': '{name} movido de {from} a {to}.',
  'nineBox.moveUndone': 'Deshecho: {name} vuelve de {from} a {to}.',
  'nineBox.moveFailed': 'No se pudo mover a {name}: {error}. Devuelto a {from}.',
  'nineBox.reasonTitle': 'Mover a {name} a {to}',
  'nineBox.reasonDescription': 'De {from} a {to}. Explique el motivo; se guarda en el historial.',
  'nineBox.reasonLabel': 'Motivo',
  'nineBox.reasonRequired': 'Indique un motivo para el movimiento.',
  'nineBox.reasonTooLong': 'El motivo admite {max} caracteres como máximo (ahora {length}).',
  'nineBox.reasonSubmit': 'Mover',
  'nineBox.cancel': 'Cancelar',
  'nineBox.undo': 'Deshacer el último movimiento',
  'nineBox.history': 'Historial de movimientos',
  'nineBox.undoReason': 'Se deshace: {reason}',
  'nineBox.undoUnavailable': '{name} se ha movido de nuevo; deshaga primero ese movimiento.',
  'nineBox.historyEmpty': 'Aún no hay movimientos.',
  'nineBox.historyEntry': '{name}: {from} → {to}, «{reason}»',
  'nineBox.conflictTitle': 'Otra persona movió a {name}',
  'nineBox.conflictBody': 'Mientras elegía, {name} quedó en {theirs}. Usted eligió {yours}.',
  'nineBox.keepTheirs': 'Mantener {box}',
  'nineBox.keepMine': 'Mover a {box} de todos modos',
  'nineBox.drillTitle': '{box}: todas las personas',
  'nineBox.drillDescription': {
    one: '{count} persona en esta casilla.',
    other: '{count} personas en esta casilla.',
  },
  'nineBox.column.name': 'Nombre',
  'nineBox.column.title': 'Cargo',
  'nineBox.column.department': 'Departamento',
  'nineBox.column.performance': 'Desempeño',
  'nineBox.column.potential': 'Potencial',
  'nineBox.close': 'Cerrar',
  'nineBox.loading': 'Cargando la revisión de talento…',
  'nineBox.empty': 'Aún no hay datos de talento.',
  'nineBox.error': 'No se pudo cargar la revisión de talento.',
  'nineBox.retry': 'Reintentar',
  'nineBox.invalid': 'No se puede mostrar la cuadrícula: {message}',
  'nineBox.exportCsv': 'Exportar CSV',
  'nineBox.exportHistory': 'Exportar historial',
  'nineBox.print': 'Imprimir',
  'nineBox.scopeCompany': 'Toda la empresa',
  'nineBox.scopeDepartment': 'Departamento {department}',
  'nineBox.scopeManager': 'Equipo de {name}',
  'nineBox.scopeLabel': 'Ámbito',
  'calibration.title': 'Calibración',
  'calibration.target': 'Objetivo {share}',
  'calibration.distributionOk':
    'La distribución se ajusta al objetivo (χ² = {chiSquare}, p = {p}): las diferencias pueden deberse al azar.',
  'calibration.distributionOff':
    'La distribución se aparta del objetivo (χ² = {chiSquare}, p = {p}): diferencias así surgen por azar menos del 5 % de las veces.',
  'calibration.distributionNone': 'Aún no hay nadie ubicado, así que no hay distribución que comprobar.',
  'calibration.boxOver': '{box}: {share} frente a un objetivo de {target}, {points} puntos por encima.',
  'calibration.boxUnder': '{box}: {share} frente a un objetivo de {target}, {points} puntos por debajo.',
  'calibration.leniencyTitle': 'Indulgencia de los evaluadores',
  'calibration.lenient':
    '{name} evalúa con indulgencia: su equipo promedia {mean}, más alto que el resto más allá del azar (z = {z}).',
  'calibration.severe':
    '{name} evalúa con dureza: su equipo promedia {mean}, más bajo que el resto más allá del azar (z = {z}).',
  'calibration.leniencyNone': 'Ningún responsable evalúa claramente más alto o más bajo que los demás.',
  'calibration.smallGroups': {
    one: '{count} responsable tiene muy pocas personas para valorarlo.',
    other: '{count} responsables tienen muy pocas personas para valorarlos.',
  },
  'calibration.adverseTitle': 'Impacto adverso ({attribute})',
  'calibration.adverseRow':
    '{group}: {selected} de {total} en las casillas superiores ({rate}), {ratio} de la tasa de {reference}.',
  'calibration.adverseFlag':
    '{group} se ubica en las casillas superiores con menos de cuatro quintos de la tasa de {reference}.',
  'calibration.adverseNone':
    'Todos los grupos alcanzan al menos cuatro quintos de la tasa del grupo mejor ubicado.',
  'calibration.adverseNoSelection':
    'Nadie está en las casillas superiores, así que no hay tasas que comparar.',
  'calibration.calibratedTitle': 'Puntuaciones calibradas',
  'calibration.calibratedRow': '{name}: {raw} según la evaluación, {calibrated} calibrado para {rater}.',
  'calibration.calibratedExplain':
    'Las puntuaciones de desempeño de cada responsable se ajustan a la media y la dispersión de la empresa (puntuación z), para comparar el 0,9 de un responsable indulgente con el 0,7 de uno exigente.',
  'calibration.noManager': 'Sin responsable',
  'calibration.unknownGroup': 'Desconocido',
};
