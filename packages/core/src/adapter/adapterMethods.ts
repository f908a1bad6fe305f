import type {
  AdapterDomain,
  CyclesAdapter,
  FeedbackAdapter,
  GoalsAdapter,
  KpisAdapter,
  PeopleAdapter,
  TalentAdapter,
} from './adapter.types.js';

/** Maps each domain name to its interface, so method tables can be checked against the contract. */
interface DomainInterfaces {
  goals: GoalsAdapter;
  kpis: KpisAdapter;
  feedback: FeedbackAdapter;
  talent: TalentAdapter;
  people: PeopleAdapter;
  cycles: CyclesAdapter;
}

type MethodTable = {
  readonly [D in AdapterDomain]: {
    readonly read: readonly (keyof DomainInterfaces[D] & string)[];
    readonly write: readonly (keyof DomainInterfaces[D] & string)[];
  };
};

/**
 * Every method of the adapter contract, per domain, split into reads and writes (contract order).
 *
 * @example
 * ADAPTER_METHODS.goals.write; // ['create', 'update', 'checkIn', 'align', 'remove']
 */
export const ADAPTER_METHODS = {
  goals: { read: ['list', 'get', 'listChildren'], write: ['create', 'update', 'checkIn', 'align', 'remove'] },
  kpis: { read: ['list', 'get', 'history', 'historyMany'], write: ['record'] },
  feedback: {
    read: ['getTemplate', 'listTemplates', 'listResponses', 'loadDraft', 'summarize', 'listRequests'],
    write: ['submit', 'saveDraft', 'deleteDraft', 'request'],
  },
  talent: { read: ['list', 'listMoves'], write: ['move'] },
  people: { read: ['list', 'get'], write: [] },
  cycles: { read: ['list', 'get'], write: [] },
} as const satisfies MethodTable;

/**
 * The adapter domains in contract order.
 *
 * @example
 * for (const domain of ADAPTER_DOMAINS) console.log(domain, adapter[domain] !== undefined);
 */
export const ADAPTER_DOMAINS: readonly AdapterDomain[] = [
  'goals',
  'kpis',
  'feedback',
  'talent',
  'people',
  'cycles',
];

/**
 * All method names of one domain, reads first.
 *
 * @example
 * methodsOf('kpis'); // ['list', 'get', 'history', 'record']
 */
export function methodsOf(domain: AdapterDomain): readonly string[] {
  const table = ADAPTER_METHODS[domain];
  return [...table.read, ...table.write];
}
