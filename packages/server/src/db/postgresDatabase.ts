import postgres from 'postgres';
import type { Database, Sql } from './database.types.js';

type Connection = postgres.Sql | postgres.TransactionSql;

function wrap(conn: Connection): Sql {
  return {
    async query<T>(text: string, params: readonly unknown[] = []) {
      // `unsafe` here only means "text with $n placeholders": every value travels as a bound parameter.
      const rows = await conn.unsafe(text, params as postgres.ParameterOrJSON<never>[]);
      return rows as unknown as T[];
    },
  };
}

/**
 * Connects to a real Postgres through the `postgres` driver and checks the connection once.
 *
 * @example
 * const db = await openPostgres('postgres://northstar@127.0.0.1:5432/northstar');
 */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const sql = postgres(url, { max: options.max ?? 10, onnotice: () => {}, connect_timeout: 10 });
  try {
    await sql.unsafe('select 1');
  } catch (error) {
    await sql.end({ timeout: 1 }).catch(() => {});
    throw error;
  }
  const base = wrap(sql);
  return {
    kind: 'postgres',
    query: base.query,
    transaction: (run) => sql.begin((tx) => run(wrap(tx))) as Promise<never>,
    async listen(channel, onPayload) {
      const { unlisten } = await sql.listen(channel, onPayload);
      return unlisten;
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}
