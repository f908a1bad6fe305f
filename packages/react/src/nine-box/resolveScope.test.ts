import type { Person } from '@northstar/core';
import { describe, expect, it } from 'vitest';
import { resolveScope } from './resolveScope.js';
import { t } from './testText.js';

const people: Person[] = [
  { id: 'ceo', name: 'Noah Müller', department: 'Executive', managerId: null },
  { id: 'vp', name: 'Grace Hopper', department: 'Engineering', managerId: 'ceo' },
  { id: 'lead', name: 'Ada Lovelace', department: 'Engineering', managerId: 'vp' },
  { id: 'dev1', name: 'Alan Turing', department: 'Engineering', managerId: 'lead' },
  { id: 'dev2', name: 'Edsger Dijkstra', department: 'Engineering', managerId: 'lead' },
];

describe('resolveScope', () => {
  it('company → departments; department → its top managers; manager → the managers among their reports', () => {
    expect(resolveScope(people, {}, t).children.map((c) => c.label)).toEqual([
      'Department Engineering',
      'Department Executive',
    ]);
    const dept = resolveScope(people, { department: 'Engineering' }, t);
    expect(dept.children).toEqual([
      { label: 'Team of Grace Hopper', filter: { managerId: 'vp', department: 'Engineering' }, count: 3 },
    ]);
    const team = resolveScope(people, { department: 'Engineering', managerId: 'vp' }, t);
    expect(team.children.map((c) => c.label)).toEqual(['Team of Ada Lovelace']);
  });

  it('a manager deep down → breadcrumbs from the company through the department to them', () => {
    const scope = resolveScope(people, { department: 'Engineering', managerId: 'lead' }, t);
    expect(scope.breadcrumbs.map((b) => b.label)).toEqual([
      'Whole company',
      'Department Engineering',
      'Team of Grace Hopper',
      'Team of Ada Lovelace',
    ]);
  });
});
