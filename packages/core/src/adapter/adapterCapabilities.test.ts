import { describe, expect, it } from 'vitest';
import type { NorthstarAdapter } from './adapter.types.js';
import { adapterCapabilities } from './adapterCapabilities.js';
import { createMemoryAdapter } from './createMemoryAdapter.js';

describe('adapterCapabilities', () => {
  it('adapterCapabilities of a read-only adapter says read true, write false', () => {
    const readOnly: NorthstarAdapter = {
      goals: { list: async () => [], get: async (id) => ({ id, title: 'T' }) },
      kpis: {
        list: async () => [],
        get: async () => ({ id: 'k', name: 'K', actual: 1, direction: 'higher-is-better' }),
        history: async () => [],
      },
    };
    const caps = adapterCapabilities(readOnly);
    expect(caps.goals).toEqual({ read: true, write: false, methods: ['list', 'get'] });
    expect(caps.kpis).toEqual({ read: true, write: false, methods: ['list', 'get', 'history'] });
    expect(caps.talent).toEqual({ read: false, write: false, methods: [] });
    expect(caps.subscribe).toBe(false);
  });

  it('adapterCapabilities lists a partial write set in contract order', () => {
    const caps = adapterCapabilities({
      goals: {
        checkIn: async () => ({ id: 'g', title: 't' }),
        list: async () => [],
        get: async (id) => ({ id, title: 'T' }),
      },
    });
    expect(caps.goals).toEqual({ read: true, write: true, methods: ['list', 'get', 'checkIn'] });
  });

  it('adapterCapabilities of the memory adapter reports every method and subscribe', () => {
    const caps = adapterCapabilities(createMemoryAdapter({}));
    expect(caps.goals.methods).toEqual([
      'list',
      'get',
      'listChildren',
      'create',
      'update',
      'checkIn',
      'align',
      'remove',
    ]);
    expect(caps.feedback.methods).toEqual([
      'getTemplate',
      'listTemplates',
      'listResponses',
      'loadDraft',
      'summarize',
      'listRequests',
      'submit',
      'saveDraft',
      'deleteDraft',
      'request',
    ]);
    expect(caps.talent.methods).toEqual(['list', 'listMoves', 'move']);
    expect(caps.kpis.methods).toEqual(['list', 'get', 'history', 'historyMany', 'record']);
    expect(caps.people).toEqual({ read: true, write: false, methods: ['list', 'get'] });
    expect(caps.subscribe).toBe(true);
  });

  it('adapterCapabilities finds methods on a class prototype', () => {
    class Cycles {
      async list() {
        return [];
      }
    }
    expect(adapterCapabilities({ cycles: new Cycles() }).cycles.methods).toEqual(['list']);
  });
});
