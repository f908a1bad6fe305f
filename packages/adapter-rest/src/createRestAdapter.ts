import { createChangeStream } from './createChangeStream.js';
import { createTransport } from './createTransport.js';
import type { RestAdapter, RestAdapterOptions } from './restAdapter.types.js';
import { restCycles, restPeople } from './restDirectory.js';
import { restFeedback } from './restFeedback.js';
import { restGoals } from './restGoals.js';
import { restKpis } from './restKpis.js';
import { restTalent } from './restTalent.js';

/**
 * A Northstar adapter for the Northstar REST API: hand it to the widgets' provider and they read, write (with
 * idempotency keys and CSRF tokens) and refresh on live changes from the server.
 *
 * @example
 * import { createRestAdapter } from '@northstar/adapter-rest';
 *
 * const adapter = createRestAdapter({ baseUrl: '/api' });
 * const goals = await adapter.goals.list({ cycleId: '2026-h2' });
 */
export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  const transport = createTransport(options);
  return {
    goals: restGoals(transport),
    kpis: restKpis(transport),
    feedback: restFeedback(transport),
    talent: restTalent(transport),
    people: restPeople(transport),
    cycles: restCycles(transport),
    subscribe: createChangeStream(transport, options),
  };
}
