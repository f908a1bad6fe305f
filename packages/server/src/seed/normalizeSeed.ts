import type { FeedbackResponse, FeedbackTemplate, ReviewCycle } from '@northstar/core';
import type { MemoryAdapterSeed } from '@northstar/core/adapters';

interface LooseCycle {
  id: string;
  name: string;
  startsOn?: string;
  endsOn?: string;
  start?: string;
  end?: string;
  status?: ReviewCycle['status'];
}

/**
 * Turns a folder's `sample-org.json` object (or a ready `MemoryAdapterSeed`) into core's domain records: cycles
 * written as `{ start, end }` become `{ startsOn, endsOn, status }`, and responses without a `templateId` get the
 * only template's id, so the summary endpoint finds them.
 *
 * @example
 * const seed = normalizeSeed(JSON.parse(readFileSync('examples/sample-org/sample-org.json', 'utf8')));
 */
export function normalizeSeed(raw: Record<string, unknown>, today = new Date()): MemoryAdapterSeed {
  const seed = { ...raw } as MemoryAdapterSeed & Record<string, unknown>;
  const day = today.toISOString().slice(0, 10);
  if (Array.isArray(raw.cycles)) {
    seed.cycles = (raw.cycles as LooseCycle[]).map((cycle) => {
      const startsOn = cycle.startsOn ?? cycle.start ?? '';
      const endsOn = cycle.endsOn ?? cycle.end ?? '';
      const status = cycle.status ?? (day < startsOn ? 'planned' : day > endsOn ? 'closed' : 'active');
      return { id: cycle.id, name: cycle.name, startsOn, endsOn, status };
    });
  }
  const templates = (raw.templates ?? []) as FeedbackTemplate[];
  if (Array.isArray(raw.responses) && templates.length === 1) {
    const only = templates[0]!.id;
    seed.responses = (raw.responses as FeedbackResponse[]).map((response) =>
      response.templateId === undefined ? { ...response, templateId: only } : response,
    );
  }
  const known: (keyof MemoryAdapterSeed)[] = [
    'people',
    'cycles',
    'goals',
    'kpis',
    'kpiHistory',
    'templates',
    'responses',
    'talent',
    'talentMoves',
    'requests',
  ];
  const result: MemoryAdapterSeed = {};
  for (const key of known) if (seed[key] !== undefined) (result as Record<string, unknown>)[key] = seed[key];
  return result;
}
