import type { NineBoxPlacement, NineBoxSummary } from '@northstar/core';
import { NINE_BOX_LABELS, placeNineBox, summarizeNineBox } from '@northstar/core';
import type { DistributionCheckResult } from '@northstar/core/calibration';
import { distributionCheck } from '@northstar/core/calibration';
import { isInputError } from './CliError.js';
import type { LoadedTalent, TalentRecord } from './loadTalent.js';
import { UsageError } from './UsageError.js';

/**
 * Grid options as given on the command line (`target` keyed by box number).
 *
 * @example
 * const o: NineBoxCliOptions = { performanceCuts: [0.4, 0.7], target: { 1: 5, 5: 50, 9: 10 } };
 */
export interface NineBoxCliOptions {
  performanceCuts?: number[];
  potentialCuts?: number[];
  target?: Record<number, number>;
}

/**
 * One placed person with display fields and the box title.
 *
 * @example
 * const p: PlacedPerson = { id: 'p-1', name: 'Ana', department: null, performance: 0.9, potential: 0.9, performanceLevel: 2, potentialLevel: 2, box: 9, label: 'Star' };
 */
export interface PlacedPerson extends NineBoxPlacement {
  name: string | null;
  department: string | null;
  /** Title of the box on a 3×3 grid; null on other grid sizes or when unplaced. */
  label: string | null;
}

/**
 * Placements, the grid summary and (with a target) a chi-square check of the boxes against it.
 *
 * @example
 * const { summary } = placeTalent(loaded, {});
 */
export interface TalentGrid {
  people: PlacedPerson[];
  summary: NineBoxSummary;
  targetCheck: DistributionCheckResult | null;
}

const FLAG_OF: Readonly<Record<string, string>> = {
  performanceCuts: '--performance-cuts',
  potentialCuts: '--potential-cuts',
};

/**
 * Checks the grid options before reading any data, so a bad flag is a usage error (exit 2), not bad input.
 *
 * @example
 * checkNineBoxOptions({ performanceCuts: [0.7, 0.4] }, 'ninebox'); // throws UsageError naming --performance-cuts
 */
export function checkNineBoxOptions(options: NineBoxCliOptions, command: string): void {
  try {
    placeNineBox([], options);
    summarizeNineBox([], options);
  } catch (error) {
    if (!isInputError(error)) throw error;
    const field = String(error.details.field ?? '');
    const flag = FLAG_OF[field.replace(/\[.*$/, '')] ?? (field.startsWith('target') ? '--target' : 'option');
    throw new UsageError(`${flag}: ${error.message}`, command);
  }
}

/**
 * Places every person on the grid and summarises it; library errors come back located at their lines.
 *
 * @example
 * placeTalent(await loadTalent('talent.csv', ctx), { target: { 5: 1 } }).summary.cells[4]!.deviation;
 */
export function placeTalent(loaded: LoadedTalent, options: NineBoxCliOptions): TalentGrid {
  let placements: NineBoxPlacement[];
  try {
    placements = placeNineBox(loaded.people, options);
  } catch (error) {
    throw loaded.locator.locate(error);
  }
  const summary = summarizeNineBox(placements, options);
  const titles: (string | null)[] = [null];
  if (summary.columns === 3 && summary.rows === 3)
    for (let b = 1; b <= 9; b++) titles.push(NINE_BOX_LABELS[b]?.title ?? null);
  const people = new Array<PlacedPerson>(placements.length);
  for (let i = 0; i < placements.length; i++) {
    const p = placements[i]!;
    const src: TalentRecord = loaded.people[i]!;
    // Keys in output order: this object is also the CSV/JSON row.
    people[i] = {
      id: p.id,
      name: src.name ?? null,
      department: src.department ?? null,
      performance: p.performance,
      potential: p.potential,
      performanceLevel: p.performanceLevel,
      potentialLevel: p.potentialLevel,
      box: p.box,
      label: p.box === null ? null : (titles[p.box] ?? null),
    };
  }
  let targetCheck: DistributionCheckResult | null = null;
  if (options.target !== undefined && summary.total > 0) {
    const target: Record<string, number> = {};
    for (const cell of summary.cells) target[String(cell.box)] = cell.targetShare ?? 0;
    const boxes: string[] = [];
    for (const p of placements) if (p.box !== null) boxes.push(String(p.box));
    targetCheck = distributionCheck(boxes, target);
  }
  return { people, summary, targetCheck };
}
