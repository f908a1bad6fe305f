import type { NineBoxSummary } from '@northstar/core';
import { NINE_BOX_LABELS } from '@northstar/core';
import type { DistributionCheckResult } from '@northstar/core/calibration';
import type { Style } from './createStyle.js';
import { fixed, percent, points } from './formatNumber.js';
import { formatTable } from './formatTable.js';
import { stringWidth } from './stringWidth.js';

const THREE = ['Low', 'Moderate', 'High'];

function levelName(level: number, count: number, axis: string): string {
  return count === 3 ? `${THREE[level]!} ${axis}` : `${axis[0]!.toUpperCase()}${axis.slice(1)} ${level + 1}`;
}

/**
 * A p-value for people: `< 0.001` when tiny.
 *
 * @example
 * formatPValue(0.0004); // '< 0.001'
 */
export function formatPValue(p: number): string {
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

/**
 * One line on a chi-square check: statistic, degrees of freedom, p-value and a plain-words verdict at 5 %.
 *
 * @example
 * describeCheck(check); // 'χ² = 4.21, df = 2, p = 0.122: consistent with the target'
 */
export function describeCheck(check: DistributionCheckResult, style: Style): string {
  const verdict =
    check.pValue < 0.05 ? style.yellow('differs from the target (p < 0.05)') : 'consistent with the target';
  const p = formatPValue(check.pValue);
  return `χ² = ${fixed(check.chiSquare)}, df = ${check.degreesOfFreedom}, p ${p.startsWith('<') ? p : `= ${p}`}: ${verdict}`;
}

/**
 * The talent grid as text: rows potential high → low, columns performance low → high; each cell shows its box, title
 * (3×3), head-count and share, and with a target the target share and the deviation in percentage points.
 *
 * @example
 * process.stdout.write(renderNineBoxGrid(summary, null, { width: 100, style: createStyle(false) }));
 */
export function renderNineBoxGrid(
  summary: NineBoxSummary,
  check: DistributionCheckResult | null,
  options: { width: number; style: Style },
): string {
  const { style } = options;
  const { columns, rows } = summary;
  const standard = columns === 3 && rows === 3;
  const body: string[][] = [];
  for (let y = rows - 1; y >= 0; y--) {
    const [first, second] = levelName(y, rows, 'potential').split(' ');
    const line: string[] = [`${style.bold(first!)}\n${second}`];
    for (let x = 0; x < columns; x++) {
      const cell = summary.cells[y * columns + x]!;
      const title = standard ? ` ${NINE_BOX_LABELS[cell.box]?.title ?? ''}` : '';
      const parts = [style.bold(`${cell.box}${title}`), `${cell.count} · ${percent(cell.share, 1)}`];
      if (cell.targetShare !== null) {
        const dev = points(cell.deviation);
        const big = cell.deviation !== null && Math.abs(cell.deviation) >= 0.05;
        parts.push(`target ${percent(cell.targetShare, 1)} (${big ? style.yellow(dev) : dev})`);
      }
      parts.push('');
      line.push(parts.join('\n'));
    }
    body.push(line);
  }
  const header = [''];
  for (let x = 0; x < columns; x++) header.push(levelName(x, columns, 'performance'));
  // Equal cells read as a grid.
  let cellWidth = 0;
  for (const line of body)
    for (const cell of line.slice(1))
      for (const part of cell.split('\n')) cellWidth = Math.max(cellWidth, stringWidth(part));
  let text = formatTable(
    header.map((h, i) =>
      i === 0 ? { header: h } : { header: h, flex: true, minWidth: 10, width: cellWidth },
    ),
    body,
    { width: options.width, header: style.bold, rule: style.dim },
  );
  const placed = `${summary.total} placed`;
  const unplaced =
    summary.unplaced > 0 ? ` · ${summary.unplaced} not placed (performance or potential missing)` : '';
  text += `${style.dim(`${placed}${unplaced}`)}\n`;
  if (check !== null) text += `Target distribution: ${describeCheck(check, style)}\n`;
  return text;
}
