import { describe, expect, it } from 'vitest';
import type { Person } from '../domain/person.types.js';
import { NorthstarError } from '../errors/NorthstarError.js';
import { createMemoryAdapter } from './createMemoryAdapter.js';

const people: Person[] = [
  { id: 'p-1', name: 'Ada Lovelace', title: 'CTO', managerId: null, department: 'Eng' },
  {
    id: 'p-2',
    name: 'Grace Hopper',
    title: 'Staff Engineer',
    managerId: 'p-1',
    department: 'Eng',
    email: 'grace@x.io',
  },
  { id: 'p-3', name: 'Alan Turing', title: 'Researcher', managerId: 'p-1', department: 'Research' },
  { id: 'p-4', name: 'Unknown Boss' },
];
const adapter = () => createMemoryAdapter({ people });

describe('memory people', () => {
  it('people.list by managerId returns the direct reports', async () => {
    expect((await adapter().people.list({ managerId: 'p-1' })).map((p) => p.id)).toEqual(['p-2', 'p-3']);
  });

  it('people.list with managerId null returns people without a manager', async () => {
    expect((await adapter().people.list({ managerId: null })).map((p) => p.id)).toEqual(['p-1', 'p-4']);
  });

  it('people.list search matches name, title or email case-insensitively', async () => {
    expect((await adapter().people.list({ search: 'ENGINEER' })).map((p) => p.id)).toEqual(['p-2']);
    expect((await adapter().people.list({ search: 'grace@' })).map((p) => p.id)).toEqual(['p-2']);
    expect((await adapter().people.list({ search: 'a', department: 'Research' })).map((p) => p.id)).toEqual([
      'p-3',
    ]);
  });

  it('people.get of an unknown id rejects NOT_FOUND naming it', async () => {
    const error = await adapter()
      .people.get('p-9')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NorthstarError);
    expect([(error as NorthstarError).code, (error as NorthstarError).details.id]).toEqual([
      'NOT_FOUND',
      'p-9',
    ]);
  });
});
