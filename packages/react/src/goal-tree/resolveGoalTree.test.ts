import { bandOf, OKR_BANDS, progress, rollup } from '@northstar/core';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/createTranslator.js';
import { SAMPLE_ORG } from '../stories/sampleOrg.js';
import type { GoalTreeTranslate } from './describeGoalRow.js';
import { GOAL_TREE_MESSAGES } from './goalTreeMessages.js';
import { enFormat, generatedGoals, keyTranslate, smallOrg } from './goalTreeTestKit.js';
import { resolveGoalTree } from './resolveGoalTree.js';

const format = enFormat();
const base = { t: keyTranslate, format, locale: 'en-US' };
const all = () => true;
const none = () => false;

function ready(model: ReturnType<typeof resolveGoalTree>) {
  if (model.state !== 'ready') throw new Error(`expected ready, got ${model.state}`);
  return model;
}

describe('resolveGoalTree', () => {
  it('shows only the top-level goals when nothing is expanded, each with its set size and position', () => {
    const model = ready(resolveGoalTree({ ...base, goals: smallOrg(), isExpanded: none }));
    const rows = Array.from({ length: model.rows.count }, (_, i) => model.describe(i));
    expect(rows.map((r) => [r.id, r.level, r.setsize, r.posinset, r.expandable, r.expanded])).toEqual([
      ['o1', 1, 2, 1, true, false],
      ['o2', 1, 2, 2, true, false],
    ]);
  });

  it('lists a goal aligned to two parents under each, marked with the other parent and its edge weight', () => {
    const model = ready(resolveGoalTree({ ...base, goals: smallOrg(), isExpanded: all }));
    const rows = Array.from({ length: model.rows.count }, (_, i) => model.describe(i));
    expect(rows.map((r) => `${'  '.repeat(r.level - 1)}${r.id} ${r.posinset}/${r.setsize}`)).toEqual([
      'o1 1/2',
      '  kr1 1/4',
      '  kr2 2/4',
      '  t1 3/4',
      '    kr3 1/1',
      '  s 4/4',
      'o2 2/2',
      '  s 1/1',
    ]);
    const underO1 = rows[5]!;
    const underO2 = rows[7]!;
    expect(underO1.weight).toBe(2);
    expect(underO1.alsoAlignedTo).toEqual([{ id: 'o2', title: 'Retain customers', weight: 1 }]);
    expect(underO2.weight).toBe(1);
    expect(underO2.alsoAlignedTo).toEqual([{ id: 'o1', title: 'Grow revenue', weight: 2 }]);
    expect(underO2.alsoAlignedText).toContain('goalTree.alsoAlignedTo');
    // Both occurrences are distinct rows (focus by key) of the same goal.
    expect(underO1.key).not.toBe(underO2.key);
  });

  it('reads every progress from one core rollup over the goals (edge weights, leaf progress from progress())', () => {
    const goals = smallOrg();
    const model = ready(resolveGoalTree({ ...base, goals, isExpanded: all }));
    const expected = rollup(
      goals.map((g) => ({
        id: g.id,
        parentId: g.parentId,
        parents: g.parents,
        value: g.metric ? progress(g.metric) : null,
      })),
    );
    for (let i = 0; i < model.rows.count; i += 1) {
      const row = model.describe(i);
      expect(row.progress).toBe(expected.value(row.id));
      expect(row.band?.id).toBe(row.progress === null ? undefined : bandOf(row.progress, OKR_BANDS)?.id);
    }
    // o1 = (0.5·1 + 1·1 + 0.8·2) / 4 with t1 (no data) skipped: 0.775 → "78%", On track.
    const o1 = model.describe(0);
    expect(o1.progress).toBeCloseTo(3.1 / 4, 10);
    expect(o1.progressText).toBe('78%');
    expect(o1.band?.id).toBe('green');
  });

  it('says how many children report when coverage is below 100%, and nothing at full coverage', () => {
    const model = ready(resolveGoalTree({ ...base, goals: smallOrg(), isExpanded: all }));
    const o1 = model.describe(0);
    expect(o1.coverage).toBeCloseTo(4 / 5, 10);
    expect(o1.coverageText).toBe('goalTree.coverageGoals {"reporting":3,"total":4,"count":4}');
    const t1 = model.describe(3);
    expect(t1.progress).toBeNull();
    expect(t1.progressText).toBe('goalTree.noData');
    expect(t1.coverageText).toBe('goalTree.coverageKeyResults {"reporting":0,"total":1,"count":1}');
    const o2 = model.describe(6);
    expect(o2.coverageText).toBeUndefined();
  });

  it('keeps filter matches with their ancestors (dimmed) and counts distinct matching goals', () => {
    const model = ready(
      resolveGoalTree({ ...base, goals: smallOrg(), isExpanded: none, filter: { text: 'ONBOARD' } }),
    );
    const rows = Array.from({ length: model.rows.count }, (_, i) => model.describe(i));
    expect(rows.map((r) => [r.id, r.dimmed, r.expanded])).toEqual([
      ['o1', true, true],
      ['s', false, false],
      ['o2', true, true],
      ['s', false, false],
    ]);
    expect(model.rows.matchCount).toBe(1);
    expect(model.matchText).toBe('goalTree.matches {"count":1}');
    expect(rows[1]!.match).toEqual([7, 14]);
    expect(rows[1]!.title.slice(7, 14)).toBe('onboard');
  });

  it('filters by owner, band and level together', () => {
    const goals = smallOrg();
    const byLevel = ready(
      resolveGoalTree({ ...base, goals, isExpanded: none, filter: { levels: ['key-result'] } }),
    );
    expect(byLevel.rows.matchCount).toBe(3);
    const redKrs = ready(
      resolveGoalTree({
        ...base,
        goals,
        isExpanded: none,
        filter: { levels: ['key-result'], bandIds: ['yellow'] },
      }),
    );
    // kr1 is at 50%: the only key result in the yellow band.
    expect(Array.from({ length: redKrs.rows.count }, (_, i) => redKrs.describe(i).id)).toEqual(['o1', 'kr1']);
    const noData = ready(
      resolveGoalTree({ ...base, goals, isExpanded: none, filter: { bandIds: ['none'] } }),
    );
    expect(noData.rows.matchCount).toBe(2); // t1 and kr3
    const owner = ready(resolveGoalTree({ ...base, goals, isExpanded: none, filter: { ownerIds: ['p2'] } }));
    expect(Array.from({ length: owner.rows.count }, (_, i) => owner.describe(i).id)).toEqual([
      'o1',
      't1',
      'o2',
    ]);
  });

  it('names owners from people, with initials', () => {
    const model = ready(
      resolveGoalTree({
        ...base,
        goals: smallOrg(),
        people: [{ id: 'p1', name: 'Ada King Lovelace' }],
        isExpanded: none,
      }),
    );
    expect(model.describe(0).owner).toEqual({ id: 'p1', name: 'Ada King Lovelace', initials: 'AL' });
    expect(model.describe(1).owner).toEqual({ id: 'p2', name: 'p2', initials: 'P2' });
  });

  it('turns bad data into an invalid state naming the goal and core rule', () => {
    const cases = [
      [[{ id: 'a', title: 'A', parentId: 'zz' }], 'UNKNOWN_PARENT', 'a'],
      [
        [
          { id: 'a', title: 'A' },
          { id: 'a', title: 'A again' },
        ],
        'DUPLICATE_ID',
        'a',
      ],
      [
        [
          { id: 'a', title: 'A', parentId: 'b' },
          { id: 'b', title: 'B', parentId: 'a' },
        ],
        'CYCLE',
        'b',
      ],
      [
        [{ id: 'a', title: 'A', metric: { start: 0, target: 10, current: Number.NaN } }],
        'INVALID_METRIC',
        'a',
      ],
      [
        [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B', parentId: 'a', weight: -1 },
        ],
        'INVALID_WEIGHT',
        'b',
      ],
    ] as const;
    for (const [goals, code, goalId] of cases) {
      const model = resolveGoalTree({ ...base, goals: goals as never, isExpanded: all });
      expect(model.state).toBe('invalid');
      if (model.state !== 'invalid') continue;
      expect(model.problem.code).toBe(code);
      expect(model.problem.goalId).toBe(goalId);
      expect(model.message).toContain(`"id":"${goalId}"`);
    }
  });

  it('reports an empty list as the empty state', () => {
    expect(resolveGoalTree({ ...base, goals: [], isExpanded: all }).state).toBe('empty');
  });

  it('shows a goal whose children are not loaded as expandable, with a loading row while they load', () => {
    const goals = [
      { id: 'o', title: 'O' },
      { id: 'lazy', title: 'Lazy', parentId: 'o', childCount: 3 },
    ];
    const idle = ready(resolveGoalTree({ ...base, goals, isExpanded: all }));
    expect(idle.describe(1).expandable).toBe(true);
    const loading = ready(
      resolveGoalTree({ ...base, goals, isExpanded: all, isLoadingChildren: (id) => id === 'lazy' }),
    );
    expect(loading.rows.count).toBe(3);
    const row = loading.describe(2);
    expect(row.kind).toBe('loading');
    expect([row.level, row.setsize, row.posinset]).toEqual([3, 1, 1]);
    expect(row.title).toBe('goalTree.loadingChildren');
  });

  it('shows only the subtree of rootId', () => {
    const model = ready(resolveGoalTree({ ...base, goals: smallOrg(), rootId: 't1', isExpanded: all }));
    expect(Array.from({ length: model.rows.count }, (_, i) => model.describe(i).id)).toEqual(['t1', 'kr3']);
  });

  it('resolves the sample organisation with the company objectives on top', () => {
    const model = ready(
      resolveGoalTree({ ...base, goals: SAMPLE_ORG.goals, people: SAMPLE_ORG.people, isExpanded: none }),
    );
    expect(model.rows.count).toBe(5);
    const first = model.describe(0);
    expect(first.title).toBe('Reach $48M ARR with efficient growth');
    expect(first.progressText).toMatch(/^\d+%$/);
  });

  it('flattens 100,000 goals fully expanded without recursion', () => {
    const model = ready(resolveGoalTree({ ...base, goals: generatedGoals(100_000), isExpanded: all }));
    expect(model.rows.count).toBe(100_000);
    const last = model.describe(model.rows.count - 1);
    // Depth first: the last row is the last key result under the last objective (g9 → g109 → g1109 → g11109).
    expect(last.id).toBe('g11109');
    expect(last.level).toBe(4);
    expect(model.describe(1).id).toBe('g10');
  }, 60_000);

  it('speaks every catalogue locale: no English sentence left, Arabic-Indic digits in Arabic', () => {
    const english = createTranslator(GOAL_TREE_MESSAGES, 'en-US') as GoalTreeTranslate;
    const sentence = (t: GoalTreeTranslate, locale: string) => {
      const model = ready(resolveGoalTree({ ...base, t, locale, goals: smallOrg(), isExpanded: all }));
      return [
        model.describe(0).coverageText,
        model.describe(5).alsoAlignedText,
        model.describe(3).progressText,
      ];
    };
    const source = sentence(english, 'en-US');
    expect(source).toEqual([
      '3 of 4 aligned goals reporting',
      'Also aligned to Retain customers (weight 1)',
      'No data',
    ]);
    for (const locale of ['de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'ja-JP', 'ar-EG']) {
      const texts = sentence(createTranslator(GOAL_TREE_MESSAGES, locale) as GoalTreeTranslate, locale);
      texts.forEach((text, k) => {
        expect(text, `${locale} #${k}`).not.toBe(source[k]);
      });
    }
    const arabic = sentence(createTranslator(GOAL_TREE_MESSAGES, 'ar-EG') as GoalTreeTranslate, 'ar-EG');
    expect(arabic[0]).toMatch(/[٠-٩]/);
  });
});
