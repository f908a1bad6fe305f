/**
 * A connection that runs parametrised SQL (`$1`, `$2`, …): the database itself or one open transaction.
 *
 * @example
 * const rows = await sql.query<{ id: string }>('select id from goals where owner_id = $1', ['p-012']);
 */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

/**
 * The server's database: PGlite (embedded) or a real Postgres, behind one small interface.
 *
 * @example
 * const db = await openDatabase({ dataDir: './data' });
 * await db.transaction(async (tx) => tx.query('insert into events (change) values ($1)', [json]));
 */
export interface Database extends Sql {
  /** `pglite` (embedded, one process) or `postgres` (shared by several instances). */
  readonly kind: 'pglite' | 'postgres';
  /** Runs `run` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(run: (tx: Sql) => Promise<T>): Promise<T>;
  /** Calls `onPayload` for every NOTIFY on `channel` (from this instance or another); resolves to the unlisten. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** PGlite only: the data directory as a tarball, to start other databases from (see `pgliteTemplate`). */
  dump?(): Promise<Blob>;
}
