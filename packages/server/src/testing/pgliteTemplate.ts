import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS } from '../db/migrations.js';
import { openPglite } from '../db/pgliteDatabase.js';

let cached: Promise<Blob> | undefined;

/**
 * A migrated, empty PGlite data directory, made once per schema version and kept in the temp directory, so every
 * test server after the first skips PGlite's initdb (seconds on a busy machine).
 *
 * @example
 * const db = await openDatabase({ pgliteTemplate: await pgliteTemplate() });
 */
export function pgliteTemplate(): Promise<Blob> {
  cached ??= (async () => {
    const version = createHash('sha256').update(JSON.stringify(MIGRATIONS)).digest('hex').slice(0, 16);
    const file = join(tmpdir(), `northstar-pglite-template-${version}.tar`);
    try {
      return new Blob([await readFile(file)]);
    } catch {
      // Not made yet: make it below.
    }
    const db = await openPglite();
    const { migrate } = await import('../db/migrate.js');
    await migrate(db);
    const blob = await db.dump!();
    await db.close();
    // Written aside and renamed, so a parallel test process never reads half a file.
    const part = `${file}.${process.pid}.part`;
    await writeFile(part, Buffer.from(await blob.arrayBuffer()));
    await rename(part, file);
    return blob;
  })();
  return cached;
}
