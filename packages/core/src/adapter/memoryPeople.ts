import type { Person } from '../domain/person.types.js';
import type { PeopleAdapter } from './adapter.types.js';
import { found } from './memoryChecks.js';
import type { MemoryRuntime } from './memoryRuntime.js';
import type { MemoryStore } from './memoryStore.js';

function matches(person: Person, needle: string): boolean {
  return [person.name, person.title, person.email].some(
    (text) => text?.toLowerCase().includes(needle) === true,
  );
}

/**
 * The memory adapter's people directory (read-only).
 *
 * @example
 * const people = memoryPeople(seedStore({ people: [{ id: 'p-1', name: 'Ada' }] }), createMemoryRuntime({}));
 */
export function memoryPeople(store: MemoryStore, runtime: MemoryRuntime): Required<PeopleAdapter> {
  const { people } = store;

  return {
    list(query, options) {
      return runtime.read('people', 'list', [query], options, () => {
        const { ids, managerId, department, search } = query ?? {};
        const needle = search?.trim().toLowerCase();
        const source = ids === undefined ? people.values() : [...new Set(ids)].map((id) => people.get(id));
        const result: Person[] = [];
        for (const person of source) {
          if (person === undefined) continue;
          // null asks for people without a manager; an unknown (undefined) manager counts as none.
          if (managerId !== undefined && (person.managerId ?? null) !== managerId) continue;
          if (department !== undefined && person.department !== department) continue;
          if (needle !== undefined && needle !== '' && !matches(person, needle)) continue;
          result.push(person);
        }
        return result;
      });
    },

    get(id, options) {
      return runtime.read('people', 'get', [id], options, () => found(people.get(id), 'person', id));
    },
  };
}
