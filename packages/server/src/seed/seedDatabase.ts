import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckIn } from '@northstar/core';
import { createMemoryAdapter, type MemoryAdapterSeed } from '@northstar/core/adapters';
import type { Database } from '../db/database.types.js';
import {
  insertCheckIns,
  insertDocs,
  insertResponses,
  saveGoals,
  saveRequests,
  saveTalent,
} from '../db/rows.js';
import { normalizeSeed } from './normalizeSeed.js';

/**
 * Loads a folder shaped like `examples/sample-org` (its `sample-org.json`) or a seed object into an empty
 * database, in one transaction; resolves to false (and writes nothing) when the database already holds people.
 *
 * @example
 * await seedDatabase(db, 'examples/sample-org');
 */
export async function seedDatabase(db: Database, source: string | MemoryAdapterSeed): Promise<boolean> {
  const seed =
    typeof source === 'string'
      ? normalizeSeed(JSON.parse(await readFile(join(source, 'sample-org.json'), 'utf8')))
      : normalizeSeed(source as Record<string, unknown>);
  // Core's memory store checks ids, parents and shapes exactly as the API would, before anything is written.
  createMemoryAdapter(seed);
  return db.transaction(async (tx) => {
    // Instances starting together on one empty database must not both seed it.
    await tx.query('select pg_advisory_xact_lock($1)', [72_317_003]);
    const [{ count }] = (await tx.query<{ count: number }>('select count(*)::int as count from people')) as [
      { count: number },
    ];
    if (count > 0) return false;
    await insertDocs(tx, 'people', seed.people ?? [], { manager_id: 'managerId', department: 'department' });
    await insertDocs(tx, 'cycles', seed.cycles ?? []);
    const goals = seed.goals ?? [];
    await saveGoals(tx, goals);
    const checkIns: CheckIn[] = [];
    for (const goal of goals) for (const c of goal.checkIns ?? []) checkIns.push({ ...c, goalId: goal.id });
    await insertCheckIns(tx, checkIns);
    await insertDocs(tx, 'kpis', seed.kpis ?? [], { owner_id: 'ownerId', department: 'department' });
    if ((seed.kpiHistory ?? []).length > 0) {
      await tx.query(
        `insert into kpi_samples (kpi_id, period, doc)
         select d->>'kpiId', d->>'period', d from jsonb_array_elements($1::text::jsonb) as t(d)`,
        [JSON.stringify(seed.kpiHistory)],
      );
    }
    await insertDocs(tx, 'feedback_templates', seed.templates ?? []);
    await insertResponses(tx, seed.responses ?? []);
    await saveTalent(tx, seed.talent ?? []);
    await insertDocs(tx, 'talent_moves', seed.talentMoves ?? [], {
      person_id: 'personId',
      cycle_id: 'cycleId',
    });
    await saveRequests(tx, seed.requests ?? []);
    return true;
  });
}
