import { describe, expect, it } from 'vitest';
import type { ReviewCycle } from '../domain/reviewCycle.types.js';
import { NorthstarError } from '../errors/NorthstarError.js';
import { createMemoryAdapter } from './createMemoryAdapter.js';

const cycles: ReviewCycle[] = [
  { id: 'q2', name: 'Q2', startsOn: '2025-04-01', endsOn: '2025-06-30', status: 'closed' },
  { id: 'q3', name: 'Q3', startsOn: '2025-07-01', endsOn: '2025-09-30', status: 'active' },
];

describe('memory cycles', () => {
  it('cycles.list returns the cycles in seed order and cycles.get one of them', async () => {
    const adapter = createMemoryAdapter({ cycles });
    expect(await adapter.cycles.list()).toEqual(cycles);
    expect(await adapter.cycles.get('q3')).toEqual(cycles[1]);
  });

  it('cycles.get of an unknown id rejects NOT_FOUND naming it', async () => {
    const error = await createMemoryAdapter({ cycles })
      .cycles.get('q9')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NorthstarError);
    expect((error as NorthstarError).message).toContain('"q9"');
  });
});
