import {
  isNorthstarError,
  type NineBoxPlacement,
  type NineBoxSummary,
  type Person,
  placeNineBox,
  summarizeNineBox,
} from '@northstar/core';
import { matchFilter } from './filterPeople.js';
import { initialsOf } from './initialsOf.js';
import { defaultLevelNames } from './levelNames.js';
import type {
  NineBoxBoxView,
  NineBoxInput,
  NineBoxModel,
  NineBoxPersonView,
  NineBoxProblem,
  NineBoxRowView,
} from './nineBox.types.js';
import type { NineBoxFormat, NineBoxMessageKey, NineBoxTranslate } from './nineBoxText.types.js';

const DEFAULT_CUTS = [1 / 3, 2 / 3] as const;
const DEFAULT_MAX_CARDS = 5;

/**
 * A prop the resolver ignored, for the hook's single console warning: the prop, the value, the rule, the fallback.
 *
 * @example
 * const w: NineBoxPropWarning = { prop: 'maxCardsPerBox', value: 0, rule: 'must be an integer ≥ 1', fallback: 'showing 5' };
 */
export interface NineBoxPropWarning {
  prop: string;
  value: unknown;
  rule: string;
  fallback: string;
}

/**
 * What `resolveNineBox` returns: the model, plus warnings about props it replaced by defaults.
 *
 * @example
 * const { model, warnings } = resolveNineBox(input, t, format);
 */
export interface NineBoxResolution {
  model: NineBoxModel;
  warnings: NineBoxPropWarning[];
}

/**
 * What a box view is built from besides its cell: names, labels, formatters and the card limit — kept with the
 * resolution so a move can rebuild only the boxes it touches (see `applyNineBoxDelta`).
 *
 * @example
 * const view = boxView(cell, inBox, context);
 */
export interface BoxContext {
  t: NineBoxTranslate;
  format: NineBoxFormat;
  maxCards: number;
  columns: number;
  rowCount: number;
  perf: { headings: string[]; inText: string[] };
  pot: { headings: string[]; inText: string[] };
  labels: NonNullable<NineBoxInput['labels']>;
  performanceCuts: readonly number[];
  potentialCuts: readonly number[];
  target: NineBoxInput['target'];
  keep: (personId: string) => boolean;
  /** Name order of the directory (undefined: people named by id, ordered by a rank built per resolve). */
  rank: ReadonlyMap<string, number>;
}

/**
 * The resolution plus what a later move needs to update it as a delta: core's placements of the people in the filter
 * (record order) and the box context. Internal to the hooks.
 *
 * @example
 * const placed = placeResolution(input, t, format, locale, rank);
 */
export interface PlacedNineBox extends NineBoxResolution {
  kept: NineBoxPlacement[];
  context: BoxContext | null;
}

/**
 * One box's view: its title (label or default), the cell name sentence, the first `maxCards` cards (initials filled
 * for those only) and the "+N more" text. Shared by the full resolve and the per-move delta.
 *
 * @example
 * const view = boxView(summary.cells[4]!, people, context);
 */
export function boxView(
  cell: NineBoxSummary['cells'][number],
  inBox: NineBoxPersonView[],
  ctx: BoxContext,
): NineBoxBoxView {
  const { t, format, columns, rowCount, pot, perf, labels, maxCards } = ctx;
  const given = labels[cell.box];
  const label = typeof given === 'string' ? { title: given } : given;
  // Both forms of both level names: languages differ in which one leads the sentence and which is capitalised.
  const levels = {
    potential: pot.headings[cell.potentialLevel]!,
    potentialText: pot.inText[cell.potentialLevel]!,
    performance: perf.inText[cell.performanceLevel]!,
    performanceHeading: perf.headings[cell.performanceLevel]!,
  };
  const defaultTitle =
    columns === 3 && rowCount === 3
      ? t(`nineBox.box.${cell.box}` as NineBoxMessageKey)
      : t('nineBox.boxGeneric', levels);
  const title = label?.title || defaultTitle;
  const levelsAndCount =
    cell.count === 0
      ? t('nineBox.cellNameEmpty', levels)
      : t('nineBox.cellName', {
          ...levels,
          count: cell.count,
          share: format.percent(cell.share ?? 0),
        });
  // The visible title leads the accessible name, so what sighted users read is what speech users say (WCAG 2.5.3).
  const name = t('nineBox.cellLabel', { title, cell: levelsAndCount });
  const overflow = Math.max(0, inBox.length - maxCards);
  const visible = overflow > 0 ? inBox.slice(0, maxCards) : inBox;
  for (const person of visible) if (person.initials === '') person.initials = initialsOf(person.name);
  return {
    box: cell.box,
    performanceLevel: cell.performanceLevel,
    potentialLevel: cell.potentialLevel,
    title,
    description: label?.description,
    color: label?.color,
    count: cell.count,
    share: cell.share,
    targetShare: cell.targetShare,
    deviation: cell.deviation,
    name,
    people: inBox,
    visible,
    overflow,
    overflowText: overflow > 0 ? t('nineBox.more', { count: overflow }) : null,
  };
}

/**
 * The grid's rows, highest potential first, over `boxes` in box order.
 *
 * @example
 * const rows = rowsOf(boxes, 3, 3, potentialHeadings);
 */
export function rowsOf(
  boxes: NineBoxBoxView[],
  columns: number,
  rowCount: number,
  headings: readonly string[],
): NineBoxRowView[] {
  const rows: NineBoxRowView[] = [];
  for (let level = rowCount - 1; level >= 0; level--) {
    rows.push({
      potentialLevel: level,
      levelName: headings[level]!,
      boxes: boxes.slice(level * columns, (level + 1) * columns),
    });
  }
  return rows;
}

function invalid(problem: NineBoxProblem, warnings: NineBoxPropWarning[]): PlacedNineBox {
  return {
    kept: [],
    context: null,
    warnings,
    model: {
      status: 'invalid',
      problem,
      columns: 0,
      rowCount: 0,
      performanceCuts: [],
      potentialCuts: [],
      rows: [],
      boxes: [],
      performanceLevels: [],
      potentialLevels: [],
      unplaced: [],
      total: 0,
      byId: new Map(),
    },
  };
}

/** Which prop a core error is about: the cut or target field it names, else the records. */
function problemOf(error: unknown, fallbackProp: string): NineBoxProblem {
  if (!isNorthstarError(error)) {
    return { code: 'UNKNOWN', prop: fallbackProp, message: String((error as Error)?.message ?? error) };
  }
  const field = typeof error.details.field === 'string' ? error.details.field : '';
  const id = typeof error.details.id === 'string' ? error.details.id : undefined;
  const prop = /^(performanceCuts|potentialCuts|target)/.test(field)
    ? field.replace(/\[.*$/, '')
    : fallbackProp;
  const problem: NineBoxProblem = { code: error.code, prop, message: `${prop}: ${error.message}` };
  if (id !== undefined && prop === fallbackProp) problem.personId = id;
  return problem;
}

function duplicatePerson(people: readonly Person[]): NineBoxProblem | null {
  const seen = new Set<string>();
  for (let i = 0; i < people.length; i++) {
    const id = people[i]?.id;
    if (typeof id !== 'string' || id === '') {
      return { code: 'INVALID_ID', prop: 'people', message: `people: person at index ${i} has no id` };
    }
    if (seen.has(id)) {
      return {
        code: 'DUPLICATE_ID',
        prop: 'people',
        personId: id,
        message: `people: person id "${id}" appears more than once (index ${i})`,
      };
    }
    seen.add(id);
  }
  return null;
}

function levelNames(
  given: readonly string[] | undefined,
  count: number,
  prop: string,
  t: NineBoxTranslate,
  warnings: NineBoxPropWarning[],
): { headings: string[]; inText: string[] } {
  if (given === undefined) return defaultLevelNames(count, t);
  if (
    Array.isArray(given) &&
    given.length === count &&
    given.every((n) => typeof n === 'string' && n !== '')
  ) {
    return { headings: [...given], inText: [...given] };
  }
  warnings.push({
    prop,
    value: given,
    rule: `must list ${count} non-empty names, one per level`,
    fallback: 'using the default level names',
  });
  return defaultLevelNames(count, t);
}

/**
 * Each person's position in name order (locale-aware, ties by id), for sorting boxes by name with number compares.
 *
 * @example
 * const rank = rankByName(people, 'de-DE'); // Map { 'p-7' => 0, … }
 */
export function rankByName(
  people: readonly { id: string; name: string }[],
  locale = 'en-US',
): ReadonlyMap<string, number> {
  const collator = new Intl.Collator(locale);
  const sorted = people
    .filter((p) => p !== null && typeof p === 'object')
    .map((p) => ({ id: p.id, name: typeof p.name === 'string' && p.name !== '' ? p.name : p.id }))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(sorted.map((p, i) => [p.id, i]));
}

/**
 * Props, records and the directory → the grid's view model: placement by core's `placeNineBox` (a score exactly on a
 * cut goes to the higher box), counts and shares by `summarizeNineBox`, names through `t`, people without scores
 * apart as "not placed". Bad records or cuts give an `invalid` model whose problem names the person or the prop.
 *
 * @example
 * const { model } = resolveNineBox({ records, people }, t, format);
 * model.boxes[8]!.name; // 'High potential, high performance: 3 people, 10%'
 */
export function resolveNineBox(
  input: NineBoxInput,
  t: NineBoxTranslate,
  format: NineBoxFormat,
  locale = 'en-US',
  nameRank?: ReadonlyMap<string, number>,
): NineBoxResolution {
  const { model, warnings } = placeResolution(input, t, format, locale, nameRank);
  return { model, warnings };
}

/**
 * `resolveNineBox` plus the placements and box context a later move updates as a delta (internal to the hooks).
 *
 * @example
 * const placed = placeResolution({ records, people }, t, format, 'en-US', rankByName(people));
 */
export function placeResolution(
  input: NineBoxInput,
  t: NineBoxTranslate,
  format: NineBoxFormat,
  locale = 'en-US',
  nameRank?: ReadonlyMap<string, number>,
): PlacedNineBox {
  const warnings: NineBoxPropWarning[] = [];
  const records = input.records;
  if (!Array.isArray(records)) {
    return invalid(
      { code: 'INVALID_VALUE', prop: 'records', message: 'records: must be an array of talent records' },
      warnings,
    );
  }
  const people = Array.isArray(input.people) ? input.people : [];
  const duplicate = duplicatePerson(people);
  if (duplicate) return invalid(duplicate, warnings);

  const performanceCuts = input.performanceCuts ?? DEFAULT_CUTS;
  const potentialCuts = input.potentialCuts ?? DEFAULT_CUTS;
  let placements: NineBoxPlacement[];
  try {
    placements = placeNineBox(
      // A null entry passes through so core names its index.
      records.map((r) =>
        r !== null && typeof r === 'object'
          ? { id: r.personId, performance: r.performance ?? null, potential: r.potential ?? null }
          : (r as never),
      ),
      { performanceCuts, potentialCuts },
    );
  } catch (error) {
    return invalid(problemOf(error, 'records'), warnings);
  }

  let maxCards = input.maxCardsPerBox ?? DEFAULT_MAX_CARDS;
  if (!Number.isInteger(maxCards) || maxCards < 1) {
    warnings.push({
      prop: 'maxCardsPerBox',
      value: maxCards,
      rule: 'must be an integer ≥ 1',
      fallback: `showing ${DEFAULT_MAX_CARDS} cards per box`,
    });
    maxCards = DEFAULT_MAX_CARDS;
  }

  const keep = matchFilter(people, input.filter);
  const directory = new Map(people.map((p) => [p.id, p]));
  const kept: NineBoxPlacement[] = [];
  const views: NineBoxPersonView[] = [];
  for (let i = 0; i < placements.length; i++) {
    const p = placements[i]!;
    if (!keep(p.id)) continue;
    kept.push(p);
    const person = directory.get(p.id);
    const name = person?.name || p.id;
    views.push({
      id: p.id,
      name,
      // Filled below for the cards on screen only: 10,000 upper-casings cost more than the placement itself.
      initials: '',
      title: person?.title,
      department: person?.department,
      managerId: person?.managerId,
      avatarUrl: person?.avatarUrl,
      performance: p.performance,
      potential: p.potential,
      box: p.box,
      performanceLevel: p.performanceLevel,
      potentialLevel: p.potentialLevel,
      record: records[i]!,
    });
  }

  let summary: NineBoxSummary;
  try {
    const options: Parameters<typeof summarizeNineBox>[1] = { performanceCuts, potentialCuts };
    if (input.target !== undefined) options.target = input.target;
    summary = summarizeNineBox(kept, options);
  } catch (error) {
    return invalid(problemOf(error, 'target'), warnings);
  }

  const { columns, rows: rowCount } = summary;
  const perf = levelNames(input.levelNames?.performance, columns, 'levelNames.performance', t, warnings);
  const pot = levelNames(input.levelNames?.potential, rowCount, 'levelNames.potential', t, warnings);
  const labels = input.labels ?? {};
  for (const key of Object.keys(labels)) {
    const box = Number(key);
    if (!Number.isInteger(box) || box < 1 || box > columns * rowCount) {
      warnings.push({
        prop: `labels.${key}`,
        value: labels[box],
        rule: `names a box outside 1..${columns * rowCount}`,
        fallback: 'ignoring it',
      });
    }
  }

  // One locale-aware sort of the names (cached per directory by the hook), then a counting pass: people drop into
  // their name-order slot, and walking the slots fills every box already sorted — a move re-resolves 10,000 people
  // without a single comparison sort. People missing from the directory (named by id) follow, by id.
  const rank = nameRank ?? rankByName(views, locale);
  const slots: (NineBoxPersonView | undefined)[] = new Array(rank.size);
  const extra: NineBoxPersonView[] = [];
  for (const view of views) {
    const r = rank.get(view.id);
    if (r === undefined || slots[r] !== undefined) extra.push(view);
    else slots[r] = view;
  }
  extra.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byBox: NineBoxPersonView[][] = summary.cells.map(() => []);
  const unplaced: NineBoxPersonView[] = [];
  const place = (view: NineBoxPersonView | undefined) => {
    if (view === undefined) return;
    if (view.box === null) unplaced.push(view);
    else byBox[view.box - 1]!.push(view);
  };
  for (const view of slots) place(view);
  for (const view of extra) place(view);

  const context: BoxContext = {
    t,
    format,
    maxCards,
    columns,
    rowCount,
    perf,
    pot,
    labels,
    performanceCuts,
    potentialCuts,
    target: input.target,
    keep,
    rank,
  };
  const boxes = summary.cells.map((cell, index) => boxView(cell, byBox[index]!, context));
  for (const person of unplaced) person.initials = initialsOf(person.name);
  const rows = rowsOf(boxes, columns, rowCount, pot.headings);

  return {
    kept,
    context,
    warnings,
    model: {
      status: 'ready',
      problem: null,
      columns,
      rowCount,
      performanceCuts,
      potentialCuts,
      rows,
      boxes,
      performanceLevels: perf.headings,
      potentialLevels: pot.headings,
      unplaced,
      total: summary.total,
      byId: new Map(views.map((v) => [v.id, v])),
    },
  };
}
