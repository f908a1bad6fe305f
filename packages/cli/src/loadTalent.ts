import type { NineBoxPerson } from '@northstar/core';
import { CsvColumns } from './CsvColumns.js';
import type { CommandContext } from './cliIo.types.js';
import { cellError } from './parseCell.js';
import { RecordLocator } from './RecordLocator.js';
import { readTable } from './readTable.js';

/**
 * One person of a talent review: scores for `placeNineBox` plus display fields.
 *
 * @example
 * const p: TalentRecord = { id: 'p-1', name: 'Ana', department: 'Sales', performance: 0.7, potential: 0.4 };
 */
export interface TalentRecord extends NineBoxPerson {
  name: string | undefined;
  department: string | undefined;
}

/**
 * Talent rows loaded from a file, with the locator that maps library errors back to lines.
 *
 * @example
 * const { people, locator } = await loadTalent('talent.csv', ctx);
 */
export interface LoadedTalent {
  file: string;
  people: TalentRecord[];
  locator: RecordLocator;
}

/**
 * Reads a talent file (CSV columns id,name?,department?,performance,potential with scores in [0, 1], empty = not
 * assessed; or a JSON array of such objects).
 *
 * @example
 * const { people } = await loadTalent('talent.csv', ctx);
 * placeNineBox(people);
 */
export async function loadTalent(path: string, ctx: CommandContext): Promise<LoadedTalent> {
  const table = await readTable(path, ctx, 'people ({ id, performance, potential })');
  const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
  if (table.kind === 'json') {
    const locator = new RecordLocator({ file: table.file, lineAt: table.lineAt, noun: 'person' });
    const people = table.records.map((record, i): TalentRecord => {
      const r = record as Record<string, unknown>;
      if (typeof r.id === 'string' && r.id.length > 0) locator.register(r.id, i);
      return {
        id: r.id as string,
        name: text(r.name),
        department: text(r.department),
        performance: r.performance as number | null,
        potential: r.potential as number | null,
      };
    });
    return { file: table.file, people, locator };
  }
  const cols = new CsvColumns(table, ['id', 'performance', 'potential']);
  const locator = new RecordLocator({
    file: table.file,
    lineAt: table.lineAt,
    header: table.header,
    noun: 'person',
  });
  const people: TalentRecord[] = new Array(table.rows.length);
  for (let i = 0; i < table.rows.length; i++) {
    // A bad row is recorded and the next one read, so one run reports every bad line.
    table.errors.attempt(() => {
      const id = cols.text(i, 'id');
      if (id === undefined) cellError('INVALID_ID', cols.ref(i, 'id'), 'id is required', '');
      locator.register(id, i);
      people[i] = {
        id,
        name: cols.text(i, 'name'),
        department: cols.text(i, 'department'),
        performance: cols.number(i, 'performance') ?? null,
        potential: cols.number(i, 'potential') ?? null,
      };
    });
  }
  table.errors.throwIfAny();
  return { file: table.file, people, locator };
}
