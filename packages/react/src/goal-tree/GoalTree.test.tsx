import { type Goal, NorthstarError } from '@northstar/core';
import { createMemoryAdapter, type MemoryCall } from '@northstar/core/adapters';
import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import '../styles.css';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { largeGoalTree } from '../stories/largeGoalTree.js';
import { SAMPLE_ORG } from '../stories/sampleOrg.js';
import { GOAL_TREE_MESSAGES, GoalTree } from './index.js';

// The dialogs and dnd-kit are lazy chunks; loading them once up front keeps the first dialog of a test from waiting
// on the dev server's transform of them (slow on a loaded machine).
beforeAll(async () => {
  await Promise.all([import('./CheckInDialog.js'), import('./AlignDialog.js'), import('./GoalTreeDnd.js')]);
});

// A bound for the first open of a lazily loaded dialog on a loaded machine (not a timing assertion).
const LAZY = { timeout: 45_000 };

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const smallOrg = (): Goal[] => [
  { id: 'o1', title: 'Grow revenue', level: 'company', ownerId: 'p1' },
  {
    id: 'kr1',
    title: 'Reach 10 deals',
    level: 'key-result',
    parentId: 'o1',
    metric: { start: 0, target: 10, current: 5 },
  },
  {
    id: 'kr2',
    title: 'Launch pricing',
    level: 'key-result',
    parentId: 'o1',
    metric: { kind: 'binary', done: true },
  },
  { id: 't1', title: 'Team sales', level: 'team', parentId: 'o1' },
  {
    id: 'kr3',
    title: 'Renew contracts',
    level: 'key-result',
    parentId: 't1',
    metric: { start: 0, target: 4, current: 2 },
  },
  { id: 'o2', title: 'Retain customers', level: 'company' },
  {
    id: 'kr4',
    title: 'Cut churn',
    level: 'key-result',
    parentId: 'o2',
    metric: { start: 8, target: 4, current: 6 },
  },
];

const rows = () =>
  within(screen.getByRole('treegrid'))
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('aria-level'));
const liveRegion = () => document.querySelector('.ns-goal-tree-live') as HTMLElement;
const rowNamed = (title: string) => rows().find((r) => r.textContent?.includes(title))!;

/** A deferred promise: the test decides when an adapter call answers. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('GoalTree: the host contract', () => {
  it('renders from goals and a label alone, outside any provider, with rolled-up percentages as text', () => {
    render(<GoalTree goals={smallOrg()} label="Company goals" />);
    const grid = screen.getByRole('treegrid', { name: 'Company goals' });
    expect(grid).toBeTruthy();
    expect(rows().map((r) => r.getAttribute('aria-level'))).toEqual(['1', '1']);
    // o1 = mean(0.5, 1, 0.5) = 67%; o2 = kr4 (8 → 4, at 6) = 50%.
    expect(rowNamed('Grow revenue').textContent).toContain('67%');
    expect(rowNamed('Retain customers').textContent).toContain('50%');
  });

  it('renders the same inside a NorthstarProvider, in its locale', () => {
    render(
      <NorthstarProvider locale="de-DE">
        <GoalTree goals={smallOrg()} label="Unternehmensziele" style={{ inlineSize: 900 }} />
      </NorthstarProvider>,
    );
    expect(screen.getByRole('treegrid', { name: 'Unternehmensziele' })).toBeTruthy();
    expect(rowNamed('Grow revenue').textContent).toMatch(/67\s%/);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toContain('Fortschritt');
  });

  it('marks a goal aligned to two parents under each, with the other parent and edge weight', async () => {
    const goals: Goal[] = [
      ...smallOrg(),
      {
        id: 's',
        title: 'Shared onboarding',
        parents: [
          { id: 'o1', weight: 2 },
          { id: 'o2', weight: 1 },
        ],
        metric: { start: 0, target: 10, current: 8 },
      },
    ];
    render(<GoalTree goals={goals} label="Goals" defaultExpanded={['o1', 'o2']} />);
    const shared = rows().filter((r) => r.textContent?.includes('Shared onboarding'));
    expect(shared).toHaveLength(2);
    expect(shared[0]!.textContent).toContain('Also aligned to Retain customers (weight 1)');
    expect(shared[1]!.textContent).toContain('Also aligned to Grow revenue (weight 2)');
  });
});

describe('GoalTree: locales', () => {
  // Every English sentence whose translation differs must be gone in a translated portal (placeholders stripped).
  const english = (locale: 'de' | 'ar') =>
    Object.entries(GOAL_TREE_MESSAGES.en)
      .filter(
        ([key]) =>
          JSON.stringify(GOAL_TREE_MESSAGES[locale][key as keyof typeof GOAL_TREE_MESSAGES.en]) !==
          JSON.stringify(GOAL_TREE_MESSAGES.en[key as keyof typeof GOAL_TREE_MESSAGES.en]),
      )
      .flatMap(([, message]) => (typeof message === 'string' ? [message] : Object.values(message)))
      .flatMap((message) => message.split(/\{\w+\}/))
      .map((part) => part.trim())
      .filter((part) => part.length > 3);

  // Host data (titles) is not ours to translate: numbered titles keep it out of the check.
  const NEUTRAL_TITLES = SAMPLE_ORG.goals.map((goal, i) => ({ ...goal, title: `#${i}` }));

  for (const [locale, catalogue] of [
    ['de-DE', 'de'],
    ['ar-EG', 'ar'],
  ] as const) {
    it(`shows no English catalogue text in ${locale}`, async () => {
      const user = userEvent.setup();
      render(
        <NorthstarProvider locale={locale}>
          <GoalTree
            goals={NEUTRAL_TITLES}
            people={SAMPLE_ORG.people}
            cycles={SAMPLE_ORG.cycles}
            label="—"
            defaultExpanded={['g-0001']}
            onCheckIn={() => {}}
            onAlign={() => {}}
            style={{ inlineSize: 1000 }}
          />
        </NorthstarProvider>,
      );
      const text = () =>
        `${document.body.textContent} ${[...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' ')}`;
      const leftovers = () => english(catalogue).filter((part) => text().includes(part));
      expect(leftovers()).toEqual([]);
      const button = screen.getAllByRole('button', {
        name: GOAL_TREE_MESSAGES[catalogue]['goalTree.checkIn'] as string,
      })[0]!;
      await user.click(button);
      expect(leftovers()).toEqual([]);
    });
  }
});

describe('GoalTree: keyboard (treegrid)', () => {
  it('moves, expands, collapses and jumps with the APG keys', async () => {
    const user = userEvent.setup();
    render(<GoalTree goals={smallOrg()} label="Goals" toolbar={false} />);
    const first = rowNamed('Grow revenue');
    expect(first.getAttribute('tabindex')).toBe('0');
    expect(first.getAttribute('aria-expanded')).toBe('false');
    await user.tab();
    expect(document.activeElement).toBe(first);
    await user.keyboard('{ArrowRight}');
    expect(rowNamed('Grow revenue').getAttribute('aria-expanded')).toBe('true');
    expect(rows()).toHaveLength(5);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(rowNamed('Reach 10 deals'));
    expect(document.activeElement?.getAttribute('aria-level')).toBe('2');
    expect(document.activeElement?.getAttribute('aria-posinset')).toBe('1');
    expect(document.activeElement?.getAttribute('aria-setsize')).toBe('3');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(rowNamed('Retain customers'));
    await user.keyboard('{Home}{ArrowDown}{ArrowLeft}');
    expect(document.activeElement).toBe(rowNamed('Grow revenue'));
    await user.keyboard('{ArrowLeft}');
    expect(rowNamed('Grow revenue').getAttribute('aria-expanded')).toBe('false');
    // * opens both top-level goals (t1 stays closed): o1 + 3, o2 + 1.
    await user.keyboard('*');
    expect(rows()).toHaveLength(6);
    // Type-ahead: "re" goes to the next title starting with it.
    await user.keyboard('re');
    expect(document.activeElement).toBe(rowNamed('Reach 10 deals'));
  });

  it('opens a goal with Enter and selects it', async () => {
    const user = userEvent.setup();
    const onOpenGoal = vi.fn();
    render(<GoalTree goals={smallOrg()} label="Goals" onOpenGoal={onOpenGoal} toolbar={false} />);
    await user.tab();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onOpenGoal).toHaveBeenCalledWith('o2');
    expect(rowNamed('Retain customers').getAttribute('aria-selected')).toBe('true');
  });
});

describe('GoalTree: check-ins', () => {
  it('refuses "abc" on the field without calling onCheckIn, and parses de-DE numbers', async () => {
    const user = userEvent.setup();
    const onCheckIn = vi.fn();
    render(
      <NorthstarProvider locale="de-DE">
        <GoalTree goals={smallOrg()} label="Ziele" defaultExpanded={['o1']} onCheckIn={onCheckIn} />
      </NorthstarProvider>,
    );
    await user.click(within(rowNamed('Reach 10 deals')).getByRole('button', { name: 'Einchecken' }));
    const field = await screen.findByLabelText('Neuer aktueller Wert', {}, LAZY);
    await user.type(field, 'abc');
    await user.click(screen.getByRole('button', { name: 'Check-in speichern' }));
    expect(screen.getByRole('alert').textContent).toContain('Bitte eine Zahl eingeben');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(onCheckIn).not.toHaveBeenCalled();
    await user.clear(field);
    await user.type(field, '7,5');
    await user.click(screen.getByRole('button', { name: 'Check-in speichern' }));
    expect(onCheckIn).toHaveBeenCalledWith(
      expect.objectContaining({ goalId: 'kr1', input: { current: 7.5 } }),
    );
  });

  it('updates the path to the root at once, rolls back when the host rejects, and Retry reuses the key', async () => {
    const user = userEvent.setup();
    const attempts: Array<{ key: string; answer: ReturnType<typeof deferred> }> = [];
    const onCheckIn = vi.fn((event: { idempotencyKey?: string }) => {
      const answer = deferred();
      attempts.push({ key: event.idempotencyKey!, answer });
      return answer.promise;
    });
    render(<GoalTree goals={smallOrg()} label="Goals" defaultExpanded={['o1']} onCheckIn={onCheckIn} />);
    await user.click(within(rowNamed('Reach 10 deals')).getByRole('button', { name: 'Check in' }));
    await user.type(await screen.findByLabelText('New current value', {}, LAZY), '10');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    // Optimistic: kr1 100%, o1 = mean(1, 1, 0.5) = 83%.
    expect(rowNamed('Reach 10 deals').textContent).toContain('100%');
    expect(rowNamed('Grow revenue').textContent).toContain('83%');
    await act(async () => attempts[0]!.answer.reject(new Error('Network down')));
    expect(rowNamed('Grow revenue').textContent).toContain('67%');
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toContain('Network down');
    await user.click(within(banner).getByRole('button', { name: 'Retry' }));
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.key).toBe(attempts[0]!.key);
    expect(rowNamed('Grow revenue').textContent).toContain('83%');
    await act(async () => attempts[1]!.answer.resolve());
    await waitFor(() => expect(liveRegion().textContent).toBe('Check-in saved: Reach 10 deals is at 100%.'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps what was typed after a failure: Check in reopens the dialog with it', async () => {
    const user = userEvent.setup();
    const onCheckIn = vi.fn(() => Promise.reject(new Error('Server said no')));
    render(<GoalTree goals={smallOrg()} label="Goals" defaultExpanded={['o1']} onCheckIn={onCheckIn} />);
    await user.click(within(rowNamed('Reach 10 deals')).getByRole('button', { name: 'Check in' }));
    await user.type(await screen.findByLabelText('New current value', {}, LAZY), '9');
    await user.type(screen.getByLabelText('Note (optional)'), 'Two more signed');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    const banner = await screen.findByRole('alert');
    await user.click(within(banner).getByRole('button', { name: 'Check in' }));
    expect((screen.getByLabelText('New current value') as HTMLInputElement).value).toBe('9');
    expect((screen.getByLabelText('Note (optional)') as HTMLTextAreaElement).value).toBe('Two more signed');
  });
});

describe('GoalTree: connected', () => {
  it('loads through the adapter, checks in optimistically and rolls back a refused write', async () => {
    const user = userEvent.setup();
    const gate = deferred();
    const calls: MemoryCall[] = [];
    const adapter = createMemoryAdapter(
      { goals: smallOrg() },
      {
        gate: (call) => (call.method === 'checkIn' ? gate.promise : undefined),
        failWith: (call) => {
          if (call.method !== 'checkIn') return undefined;
          calls.push(call);
          return calls.length === 1 ? new Error('Network down') : undefined;
        },
      },
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <NorthstarProvider adapter={adapter} queryClient={client}>
        <GoalTree label="Goals" defaultExpanded={['o1']} />
      </NorthstarProvider>,
    );
    expect(screen.getByText('Loading goals…')).toBeTruthy();
    await screen.findByRole('treegrid', { name: 'Goals' });
    await user.click(within(rowNamed('Reach 10 deals')).getByRole('button', { name: 'Check in' }));
    await user.type(await screen.findByLabelText('New current value', {}, LAZY), '10');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() => expect(rowNamed('Grow revenue').textContent).toContain('83%'));
    await act(async () => gate.resolve());
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('Network down');
    await waitFor(() => expect(rowNamed('Grow revenue').textContent).toContain('67%'));
    await user.click(within(banner).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.options?.idempotencyKey).toBe(calls[0]!.options?.idempotencyKey);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await waitFor(() => expect(rowNamed('Grow revenue').textContent).toContain('83%'));
    const saved = await adapter.goals.get('kr1');
    expect(saved.metric).toMatchObject({ current: 10 });
  });

  it('is read-only when the adapter cannot check in', async () => {
    const memory = createMemoryAdapter({ goals: smallOrg() });
    const adapter = { goals: { list: memory.goals.list, get: memory.goals.get } };
    render(
      <NorthstarProvider adapter={adapter}>
        <GoalTree label="Goals" defaultExpanded={['o1']} />
      </NorthstarProvider>,
    );
    await screen.findByRole('treegrid');
    expect(screen.queryByRole('button', { name: 'Check in' })).toBeNull();
  });

  it('loads a lazy branch with an accessible loading row', async () => {
    const user = userEvent.setup();
    const gate = deferred();
    const all: Goal[] = [
      ...smallOrg(),
      {
        id: 'kr9',
        title: 'Lazy child',
        level: 'key-result',
        parentId: 'o2',
        metric: { start: 0, target: 1, current: 1 },
      },
    ];
    const adapter = createMemoryAdapter(
      { goals: all },
      { gate: (call) => (call.method === 'listChildren' ? gate.promise : undefined) },
    );
    const trimmed = {
      ...adapter,
      goals: {
        ...adapter.goals,
        list: async () => [
          ...smallOrg().slice(0, 5),
          { id: 'o2', title: 'Retain customers', level: 'company' as const, childCount: 2 },
        ],
      },
    };
    render(
      <NorthstarProvider adapter={trimmed}>
        <GoalTree label="Goals" />
      </NorthstarProvider>,
    );
    await screen.findByRole('treegrid');
    await user.click(rowNamed('Retain customers'));
    await user.keyboard('{ArrowRight}');
    const loading = await waitFor(() => {
      const row = rows().find((r) => r.getAttribute('aria-busy') === 'true');
      if (!row) throw new Error('no loading row');
      return row;
    });
    expect(loading.textContent).toContain('Loading aligned goals');
    await act(async () => gate.resolve());
    await waitFor(() => expect(rowNamed('Lazy child')).toBeTruthy());
    expect(rowNamed('Cut churn')).toBeTruthy();
  });
});

describe('GoalTree: re-alignment', () => {
  it('lists descendants as unavailable (a cycle) and aligns under a valid parent', async () => {
    const user = userEvent.setup();
    const onAlign = vi.fn();
    render(<GoalTree goals={smallOrg()} label="Goals" defaultExpanded={['o1']} onAlign={onAlign} />);
    await user.click(within(rowNamed('Team sales')).getByRole('button', { name: 'Align to…' }));
    const dialog = await screen.findByRole('dialog', {}, LAZY);
    expect(within(dialog).queryByRole('radio', { name: /Team sales/ })).toBeNull();
    await user.click(within(dialog).getByRole('radio', { name: /Retain customers/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Align' }));
    expect(onAlign).toHaveBeenCalledWith(expect.objectContaining({ goalId: 't1', parents: [{ id: 'o2' }] }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.click(rowNamed('Retain customers'));
    await user.keyboard('{ArrowRight}');
    expect(rowNamed('Team sales').getAttribute('aria-level')).toBe('2');
  });

  it('refuses a move under a descendant before any request: the option is disabled and nothing is sent', async () => {
    const user = userEvent.setup();
    const goals: Goal[] = [
      { id: 'a', title: 'Alpha', level: 'company' },
      { id: 'b', title: 'Bravo', level: 'department', parentId: 'a' },
      { id: 'c', title: 'Charlie', level: 'team', parentId: 'b' },
      { id: 'd', title: 'Delta', level: 'company' },
    ];
    const adapter = createMemoryAdapter({ goals });
    const align = vi.spyOn(adapter.goals, 'align');
    render(
      <NorthstarProvider adapter={adapter}>
        <GoalTree label="Goals" defaultExpanded={['a']} />
      </NorthstarProvider>,
    );
    await screen.findByRole('treegrid');
    await user.click(within(rowNamed('Bravo')).getByRole('button', { name: 'Align to…' }));
    const dialog = await screen.findByRole('dialog', {}, LAZY);
    await user.type(within(dialog).getByLabelText('Search parent goals'), 'char');
    const charlie = within(dialog).getByRole('radio', { name: /Charlie/ }) as HTMLInputElement;
    expect(charlie.disabled).toBe(true);
    expect(within(dialog).getByText(/would form a cycle/)).toBeTruthy();
    expect(align).not.toHaveBeenCalled();
  });
});

describe('GoalTree: pointer drag and drop', () => {
  const pointer = (type: string, target: EventTarget, x: number, y: number) =>
    act(() => {
      target.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          cancelable: true,
          clientX: x,
          clientY: y,
          button: 0,
          buttons: 1,
          isPrimary: true,
          pointerId: 1,
        }),
      );
    });

  /** Drags the handle of `from` over `to`, moving until dnd-kit reports the target (it measures after the start). */
  async function dragOnto(from: string, to: string, expected: 'over' | 'refused') {
    // dnd-kit is its own chunk: a pointer coming over a handle puts it in place (the handle is then live).
    await pointer('pointerover', rowNamed(from).querySelector('.ns-goal-tree-handle')!, 0, 0);
    await waitFor(() => expect(rowNamed(from).querySelector('[data-dnd="ready"]')).not.toBeNull());
    const handle = rowNamed(from).querySelector('.ns-goal-tree-handle')!;
    const start = handle.getBoundingClientRect();
    const x = start.left + start.width / 2;
    const y = start.top + start.height / 2;
    await pointer('pointerdown', handle, x, y);
    await pointer('pointermove', document, x, y + 6);
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let targetY = y;
    for (let step = 0; step < 10 && rowNamed(to).getAttribute('data-drop') !== expected; step += 1) {
      const box = rowNamed(to).getBoundingClientRect();
      targetY = box.top + box.height / 2;
      await act(frame);
      await pointer('pointermove', document, x + step, targetY);
    }
    expect(rowNamed(to).getAttribute('data-drop')).toBe(expected);
    await pointer('pointerup', document, x, targetY);
  }

  it('keeps focus and scroll position when drag and drop arrives (its chunk wraps the grid)', async () => {
    const user = userEvent.setup();
    render(
      <GoalTree
        goals={smallOrg()}
        label="Goals"
        defaultExpanded={['o1', 't1']}
        onAlign={() => {}}
        height={160}
        style={{ inlineSize: 900 }}
      />,
    );
    await user.click(within(rowNamed('Renew contracts')).getByText('Renew contracts'));
    const body = document.querySelector('.ns-goal-tree-body') as HTMLElement;
    const scrolled = body.scrollTop;
    expect(scrolled).toBeGreaterThan(0);
    await pointer('pointerover', rowNamed('Team sales').querySelector('.ns-goal-tree-handle')!, 0, 0);
    await waitFor(() => expect(document.querySelector('[data-dnd="ready"]')).not.toBeNull());
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Renew contracts'));
    expect((document.querySelector('.ns-goal-tree-body') as HTMLElement).scrollTop).toBe(scrolled);
  });

  it('aligns a dragged row under the row it is dropped on', async () => {
    const onAlign = vi.fn();
    render(
      <GoalTree
        goals={smallOrg()}
        label="Goals"
        defaultExpanded={['o1']}
        onAlign={onAlign}
        style={{ inlineSize: 900 }}
      />,
    );
    await dragOnto('Team sales', 'Retain customers', 'over');
    expect(onAlign).toHaveBeenCalledWith(expect.objectContaining({ goalId: 't1', parents: [{ id: 'o2' }] }));
  });

  it("refuses a drop on one of its own descendants with core's cycle message, sending nothing", async () => {
    const onAlign = vi.fn();
    render(
      <GoalTree
        goals={smallOrg()}
        label="Goals"
        defaultExpanded={['o1', 't1']}
        onAlign={onAlign}
        style={{ inlineSize: 900 }}
      />,
    );
    await dragOnto('Team sales', 'Renew contracts', 'refused');
    expect(onAlign).not.toHaveBeenCalled();
    await waitFor(() => expect(liveRegion().textContent).toContain('cannot align under Renew contracts'));
  });
});

describe('GoalTree: re-alignment refused by the adapter', () => {
  it('shows CYCLE from the adapter and moves the goal back', async () => {
    const user = userEvent.setup();
    const adapter = createMemoryAdapter(
      { goals: smallOrg() },
      {
        failWith: (call) =>
          call.method === 'align'
            ? new NorthstarError('CYCLE', 'the server found a cycle: t1 → o2 → t1', { id: 't1' })
            : undefined,
      },
    );
    render(
      <NorthstarProvider adapter={adapter}>
        <GoalTree label="Goals" defaultExpanded={['o1', 'o2']} />
      </NorthstarProvider>,
    );
    await screen.findByRole('treegrid');
    await user.click(within(rowNamed('Team sales')).getByRole('button', { name: 'Align to…' }));
    const dialog = await screen.findByRole('dialog', {}, LAZY);
    await user.click(within(dialog).getByRole('radio', { name: /Retain customers/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Align' }));
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('the server found a cycle');
    await waitFor(() => expect(rowNamed('Team sales').getAttribute('aria-posinset')).toBe('3'));
    expect(rows().filter((r) => r.textContent?.includes('Team sales'))).toHaveLength(1);
  });
});

describe('GoalTree: states and scale', () => {
  it('shows an error naming the goal and the rule for bad data, with one console warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const goals: Goal[] = [{ id: 'x1', title: 'Orphan', parentId: 'nope' }];
    const { rerender } = render(<GoalTree goals={goals} label="Goals" />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('x1');
    expect(alert.getAttribute('data-code')).toBe('UNKNOWN_PARENT');
    rerender(<GoalTree goals={goals} label="Goals" />);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('shows the empty state', () => {
    render(<GoalTree goals={[]} label="Goals" />);
    expect(screen.getByText('No goals to show yet.').getAttribute('role')).toBe('status');
  });

  it('filters to matches with their ancestors and reports how many match', async () => {
    const user = userEvent.setup();
    render(<GoalTree goals={SAMPLE_ORG.goals} people={SAMPLE_ORG.people} label="Goals" />);
    await user.type(screen.getByLabelText('Search goals'), 'churn');
    const count = SAMPLE_ORG.goals.filter((g) => g.title.toLowerCase().includes('churn')).length;
    expect(screen.getByText(`${count} goals match`)).toBeTruthy();
    expect(document.querySelectorAll('mark.ns-goal-tree-match').length).toBeGreaterThan(0);
  });

  it('keeps fewer than 100 rows in the DOM with 100,000 goals expanded', () => {
    const goals: Goal[] = [{ id: 'root', title: 'Root' }];
    for (let i = 0; i < 99_999; i += 1)
      goals.push({
        id: `g${i}`,
        title: `Goal ${i}`,
        parentId: 'root',
        metric: { start: 0, target: 10, current: i % 11 },
      });
    render(<GoalTree goals={goals} label="Goals" defaultExpanded={['root']} />);
    expect(screen.getByRole('treegrid').getAttribute('aria-rowcount')).toBe('100001');
    expect(rows().length).toBeLessThan(100);
  }, 120_000);

  it('reaches, renders and focuses the last of 1,000,000 rows with End', async () => {
    const user = userEvent.setup();
    const goals: Goal[] = [];
    const roots = 10;
    for (let r = 0; r < roots; r += 1) goals.push({ id: `r${r}`, title: `Objective ${r}` });
    for (let i = 0; i < 1_000_000 - roots; i += 1)
      goals.push({
        id: `k${i}`,
        title: `Key result ${i}`,
        parentId: `r${i % roots}`,
        metric: { start: 0, target: 1, current: (i % 3) / 2 },
      });
    render(
      <GoalTree
        goals={goals}
        label="Goals"
        defaultExpanded={goals.slice(0, roots).map((g) => g.id)}
        toolbar={false}
      />,
    );
    await user.tab();
    await user.keyboard('{End}');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-rowindex')).toBe(String(1_000_000 + 1)),
    );
    expect(document.activeElement?.textContent).toContain('Key result 999989');
    expect(rows().length).toBeLessThan(100);
    const body = document.querySelector('.ns-goal-tree-body') as HTMLElement;
    expect(body.scrollHeight).toBeLessThan(10_000_000);
  }, 120_000);
});

describe('GoalTree: expand all', () => {
  it('expands and collapses every branch from the toolbar, announcing it, and tells a controlled host', async () => {
    const user = userEvent.setup();
    const onExpandedChange = vi.fn();
    render(<GoalTree goals={smallOrg()} label="Goals" onExpandedChange={onExpandedChange} />);
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    await waitFor(() => expect(rows()).toHaveLength(7));
    expect(onExpandedChange).toHaveBeenLastCalledWith(['o1', 't1', 'o2']);
    await waitFor(() => expect(liveRegion().textContent).toBe('All 7 goals expanded'));
    await user.click(screen.getByRole('button', { name: 'Collapse all' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(onExpandedChange).toHaveBeenLastCalledWith([]);
    await waitFor(() => expect(liveRegion().textContent).toBe('All goals collapsed'));
  });

  it('expands all of 100,000 goals, then End reaches and focuses the last goal', async () => {
    const user = userEvent.setup();
    const goals = largeGoalTree(100_000);
    // The last row, found without the widget: from the last objective, keep taking the last child.
    const lastChild = new Map<string, Goal>();
    for (const goal of goals) if (goal.parentId) lastChild.set(goal.parentId, goal);
    let last = goals.filter((g) => !g.parentId).at(-1)!;
    while (lastChild.has(last.id)) last = lastChild.get(last.id)!;
    render(<GoalTree goals={goals} label="Goals" />);
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    const grid = screen.getByRole('treegrid');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(100_000 + 1)), {
      timeout: 60_000,
    });
    expect(grid.hasAttribute('aria-busy')).toBe(false);
    await waitFor(() => expect(liveRegion().textContent).toBe('All 100,000 goals expanded'));
    expect(rows().length).toBeLessThan(100);
    await user.click(within(rowNamed('Objective 1')).getByText('Objective 1'));
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-rowindex')).toBe('100001'));
    expect(document.activeElement?.textContent).toContain(last.title);
  }, 120_000);

  it('keeps * expanding only the siblings of the focused row (APG)', async () => {
    const user = userEvent.setup();
    render(<GoalTree goals={smallOrg()} label="Goals" defaultExpanded={['o1']} />);
    await user.click(within(rowNamed('Grow revenue')).getByText('Grow revenue'));
    await user.keyboard('*');
    // o1 and o2 (the top-level siblings) open; t1, one level down, stays closed.
    await waitFor(() => expect(rowNamed('Retain customers').getAttribute('aria-expanded')).toBe('true'));
    expect(rowNamed('Team sales').getAttribute('aria-expanded')).toBe('false');
  });
});

describe('GoalTree: a host check-in UI (onCheckInRequest)', () => {
  it('calls onCheckInRequest instead of opening the dialog; submit updates the path at once and resolves once saved', async () => {
    const user = userEvent.setup();
    const answer = deferred();
    const onCheckIn = vi.fn((_event: { idempotencyKey?: string }) => answer.promise);
    const requests: Array<{ goalId: string; submit: (input: { current: number }) => Promise<void> }> = [];
    render(
      <GoalTree
        goals={smallOrg()}
        label="Goals"
        defaultExpanded={['o1']}
        onCheckIn={onCheckIn}
        onCheckInRequest={(request) => requests.push(request)}
      />,
    );
    await user.click(within(rowNamed('Reach 10 deals')).getByRole('button', { name: 'Check in' }));
    expect(requests.map((r) => r.goalId)).toEqual(['kr1']);
    expect(screen.queryByRole('dialog')).toBeNull();
    let saved = false;
    let submitted!: Promise<void>;
    act(() => {
      submitted = requests[0]!.submit({ current: 10 });
    });
    void submitted.then(() => {
      saved = true;
    });
    // Optimistic: kr1 100%, o1 = mean(1, 1, 0.5) = 83%, before the host answers.
    expect(rowNamed('Grow revenue').textContent).toContain('83%');
    expect(onCheckIn).toHaveBeenCalledTimes(1);
    expect(onCheckIn.mock.calls[0]![0].idempotencyKey).toMatch(/\S/);
    expect(saved).toBe(false);
    await act(async () => answer.resolve());
    await submitted;
    expect(saved).toBe(true);
    await waitFor(() => expect(liveRegion().textContent).toBe('Check-in saved: Reach 10 deals is at 100%.'));
  });

  it('rolls back and rejects when the write fails; Retry resends the same key and Check in asks the host again', async () => {
    const user = userEvent.setup();
    const keys: string[] = [];
    const onCheckIn = vi.fn((event: { idempotencyKey?: string }) => {
      keys.push(event.idempotencyKey!);
      return Promise.reject(new Error('Network down'));
    });
    const onCheckInRequest = vi.fn();
    render(
      <GoalTree
        goals={smallOrg()}
        label="Goals"
        defaultExpanded={['o1']}
        onCheckIn={onCheckIn}
        onCheckInRequest={onCheckInRequest}
      />,
    );
    await user.click(within(rowNamed('Reach 10 deals')).getByRole('button', { name: 'Check in' }));
    const { submit } = onCheckInRequest.mock.calls[0]![0];
    await act(async () => {
      await expect(submit({ current: 10 })).rejects.toThrow('Network down');
    });
    expect(rowNamed('Grow revenue').textContent).toContain('67%');
    const banner = screen.getByRole('alert');
    await user.click(within(banner).getByRole('button', { name: 'Retry' }));
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Check in' }));
    expect(onCheckInRequest).toHaveBeenCalledTimes(2);
    expect(onCheckInRequest.mock.calls[1]![0].goalId).toBe('kr1');
  });

  it('refuses a value the metric cannot take with INVALID_VALUE naming the goal, sending nothing', async () => {
    const user = userEvent.setup();
    const onCheckIn = vi.fn();
    const onCheckInRequest = vi.fn();
    render(
      <GoalTree
        goals={smallOrg()}
        label="Goals"
        defaultExpanded={['o1']}
        onCheckIn={onCheckIn}
        onCheckInRequest={onCheckInRequest}
      />,
    );
    await user.click(within(rowNamed('Launch pricing')).getByRole('button', { name: 'Check in' }));
    const { submit } = onCheckInRequest.mock.calls[0]![0];
    await expect(submit({ current: 0.5 })).rejects.toMatchObject({
      code: 'INVALID_VALUE',
      details: { id: 'kr2' },
    });
    await expect(submit({ current: Number.NaN })).rejects.toMatchObject({ code: 'INVALID_VALUE' });
    expect(onCheckIn).not.toHaveBeenCalled();
    expect(rowNamed('Grow revenue').textContent).toContain('67%');
  });

  it('connected: submit goes through adapter.goals.checkIn, then onCheckIn is told', async () => {
    const user = userEvent.setup();
    const adapter = createMemoryAdapter({ goals: smallOrg() });
    const onCheckIn = vi.fn();
    const onCheckInRequest = vi.fn();
    render(
      <NorthstarProvider adapter={adapter} queryClient={new QueryClient()}>
        <GoalTree
          label="Goals"
          defaultExpanded={['o1']}
          onCheckIn={onCheckIn}
          onCheckInRequest={onCheckInRequest}
        />
      </NorthstarProvider>,
    );
    await screen.findByRole('treegrid');
    await user.click(within(rowNamed('Reach 10 deals')).getByRole('button', { name: 'Check in' }));
    const { submit } = onCheckInRequest.mock.calls[0]![0];
    await act(async () => {
      await submit({ current: 10, note: 'Signed' });
    });
    expect(onCheckIn).toHaveBeenCalledWith(
      expect.objectContaining({ goalId: 'kr1', input: { current: 10, note: 'Signed' } }),
    );
    const saved = await adapter.goals.get('kr1');
    expect(saved.metric).toMatchObject({ current: 10 });
  });
});
