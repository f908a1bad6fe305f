import { readdir, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * A review cycle as exports describe it.
 *
 * @example
 * const c: ReportCycle = { name: '2026 H2', start: '2026-07-01', end: '2026-12-31' };
 */
export interface ReportCycle {
  name: string;
  start?: string;
  end?: string;
}

/**
 * The review cycle a directory of exports belongs to: from a JSON export that carries a top-level
 * `cycles` array (as `sample-org.json` does), the cycle whose dates contain `asOf`, else the latest one; undefined
 * when no export names one.
 *
 * @example
 * await findCycle('/data/sample-org', '2026-12-01'); // { name: '2026 H2', start: '2026-07-01', end: '2026-12-31' }
 */
export async function findCycle(dir: string, asOf: string): Promise<ReportCycle | undefined> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return undefined;
  }
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    let data: unknown;
    try {
      data = JSON.parse(await readFile(resolve(dir, name), 'utf8'));
    } catch {
      continue;
    }
    const cycles = (data as { cycles?: unknown } | null)?.cycles;
    if (!Array.isArray(cycles)) continue;
    const valid = cycles.filter(
      (c): c is ReportCycle =>
        typeof c === 'object' && c !== null && typeof (c as ReportCycle).name === 'string',
    );
    if (valid.length === 0) continue;
    const current = valid.find((c) => (c.start ?? '') <= asOf && asOf <= (c.end ?? '9999'));
    return current ?? [...valid].sort((a, b) => (a.end ?? '').localeCompare(b.end ?? '')).at(-1);
  }
  return undefined;
}

/**
 * The date the report's data is as of: the newest modification date (UTC, YYYY-MM-DD) among the input files.
 *
 * @example
 * await newestDate(['/data/goals.csv', '/data/talent.csv']); // '2026-11-30'
 */
export async function newestDate(paths: readonly string[]): Promise<string | undefined> {
  let newest = 0;
  for (const path of paths) {
    try {
      newest = Math.max(newest, (await stat(path)).mtimeMs);
    } catch {
      // A file that vanished since it was picked simply does not count.
    }
  }
  return newest === 0 ? undefined : new Date(newest).toISOString().slice(0, 10);
}
