import { CsvColumns } from './CsvColumns.js';
import type { CommandContext } from './cliIo.types.js';
import { readTable } from './readTable.js';

/**
 * Reads a people export (CSV with `id` and `name`, or a JSON array of `{ id, name }`) into an id → name map, so
 * reports can print "p-014 Ana Souza" instead of a bare id.
 *
 * @example
 * const names = await loadPeople('examples/sample-org/people.csv', ctx);
 * names.get('p-001'); // 'Noah Müller'
 */
export async function loadPeople(path: string, ctx: CommandContext): Promise<Map<string, string>> {
  const table = await readTable(path, ctx, 'people ({ id, name })');
  const names = new Map<string, string>();
  if (table.kind === 'json') {
    for (const record of table.records) {
      const { id, name } = (record ?? {}) as { id?: unknown; name?: unknown };
      if (typeof id === 'string' && typeof name === 'string' && name.trim() !== '')
        names.set(id, name.trim());
    }
    return names;
  }
  const cols = new CsvColumns(table, ['id', 'name']);
  for (let i = 0; i < table.rows.length; i++) {
    const id = cols.text(i, 'id');
    const name = cols.text(i, 'name');
    if (id !== undefined && name !== undefined) names.set(id, name);
  }
  return names;
}
