// Test helpers shared by the goal tree's Node tests (not exported from the package).
import type { Goal } from '@northstar/core';
import type { GoalRowFormat, GoalTreeTranslate } from './describeGoalRow.js';

/** A translator that shows the key and its parameters, so tests assert on what the catalogue is given. */
export const keyTranslate: GoalTreeTranslate = (key, params) =>
  params === undefined ? key : `${key} ${JSON.stringify(params)}`;

/** en-US Intl formatting with a fixed "now" for relative dates. */
export function enFormat(now = Date.parse('2026-10-01T00:00:00Z')): GoalRowFormat {
  const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
  const relative = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });
  return {
    percent: (x) => percent.format(x),
    number: (x) => number.format(x),
    date: (iso) => date.format(new Date(iso)),
    relative: (iso) => relative.format(Math.round((Date.parse(iso) - now) / 86_400_000), 'day'),
  };
}

/**
 * A small company: objective o1 with two key results and a team goal t1 (with one KR of its own); objective o2;
 * the shared goal s aligned to o1 (weight 2) and o2 (weight 1).
 */
export function smallOrg(): Goal[] {
  return [
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
    { id: 't1', title: 'Team sales', level: 'team', parentId: 'o1', ownerId: 'p2' },
    {
      id: 'kr3',
      title: 'Renew contracts',
      level: 'key-result',
      parentId: 't1',
      metric: { start: 0, target: 4 },
    },
    { id: 'o2', title: 'Retain customers', level: 'company', ownerId: 'p2' },
    {
      id: 's',
      title: 'Shared onboarding',
      level: 'team',
      parents: [
        { id: 'o1', weight: 2 },
        { id: 'o2', weight: 1 },
      ],
      metric: { start: 0, target: 100, current: 80 },
    },
  ];
}

/**
 * A generated tree of `count` goals: `roots` objectives, each with goals under it `fanout` wide, key results with
 * metrics at the bottom; deterministic.
 */
export function generatedGoals(count: number, fanout = 10): Goal[] {
  const goals: Goal[] = [];
  for (let i = 0; i < count; i += 1) {
    const parent = i < fanout ? undefined : Math.floor((i - fanout) / fanout);
    const leaf = i * fanout + fanout >= count;
    goals.push({
      id: `g${i}`,
      title: `Goal ${i}`,
      ...(parent === undefined ? {} : { parentId: `g${parent}` }),
      ...(leaf
        ? { level: 'key-result' as const, metric: { start: 0, target: 100, current: (i * 37) % 101 } }
        : { level: 'team' as const }),
    });
  }
  return goals;
}
