import type { Person, TalentRecord } from '@northstar/core';
import { describe, expect, it } from 'vitest';
import { resolveNineBox } from './resolveNineBox.js';
import { format, t } from './testText.js';

const people: Person[] = [
  { id: 'p-1', name: 'Ada Lovelace', title: 'Engineer', department: 'Engineering', managerId: 'p-9' },
  { id: 'p-2', name: 'Grace Hopper', department: 'Engineering', managerId: 'p-9' },
  { id: 'p-3', name: 'Alan Turing', department: 'Research', managerId: 'p-8' },
  { id: 'p-4', name: 'Edsger Dijkstra', department: 'Research', managerId: 'p-8' },
  { id: 'p-8', name: 'Barbara Liskov', department: 'Research', managerId: 'p-9' },
  { id: 'p-9', name: 'Noah Müller', department: 'Executive', managerId: null },
];
const rec = (personId: string, performance: number | null, potential: number | null): TalentRecord => ({
  personId,
  performance,
  potential,
});
const resolve = (input: Partial<Parameters<typeof resolveNineBox>[0]>) =>
  resolveNineBox({ records: [], people, ...input }, t, format);

describe('resolveNineBox', () => {
  it('3×3 default grid → rows highest potential first, boxes named "High potential, high performance: 1 person, 50%"', () => {
    const { model } = resolve({ records: [rec('p-1', 0.9, 0.9), rec('p-2', 0.5, 0.5)] });
    expect(model.status).toBe('ready');
    expect(model.rows.map((r) => r.levelName)).toEqual(['High', 'Medium', 'Low']);
    expect(model.rows[0]!.boxes.map((b) => b.box)).toEqual([7, 8, 9]);
    expect(model.boxes[8]!.title).toBe('Star');
    expect(model.boxes[4]!.title).toBe('Core player');
    expect(model.boxes[8]!.name).toBe('Star — High potential, high performance: 1 person, 50%');
    expect(model.boxes[0]!.name).toBe('Talent risk — Low potential, low performance: nobody');
    expect(model.boxes[8]!.people[0]).toMatchObject({
      name: 'Ada Lovelace',
      initials: 'AL',
      title: 'Engineer',
    });
  });

  it('a score exactly on a cut → the higher box, as core places it', () => {
    const { model } = resolve({
      records: [rec('p-1', 2 / 3, 1 / 3), rec('p-2', 0.7, 0.4)],
      performanceCuts: [0.4, 0.7],
      potentialCuts: [0.4, 0.7],
    });
    expect(model.byId.get('p-2')!.box).toBe(6);
    // 2/3 is below 0.7 and 1/3 below 0.4 on this grid.
    expect(model.byId.get('p-1')!.box).toBe(2);
    const third = resolve({ records: [rec('p-1', 2 / 3, 1 / 3)] }).model;
    expect(third.byId.get('p-1')!.box).toBe(6);
  });

  it('4 performance and 3 potential cuts → a 4-row, 5-column model with numbered level names where no words fit', () => {
    const { model } = resolve({
      records: [rec('p-1', 0.99, 0.99)],
      performanceCuts: [0.2, 0.4, 0.6, 0.8],
      potentialCuts: [0.25, 0.5, 0.75],
    });
    expect(model.columns).toBe(5);
    expect(model.rowCount).toBe(4);
    expect(model.boxes).toHaveLength(20);
    expect(model.performanceLevels).toEqual(['Very low', 'Low', 'Medium', 'High', 'Very high']);
    expect(model.potentialLevels).toEqual(['Low', 'Medium', 'High', 'Very high']);
    expect(model.boxes[19]!.title).toBe('Very high potential, very high performance');
    expect(model.byId.get('p-1')!.box).toBe(20);
  });

  it('people without a score → listed apart as not placed, not counted in shares', () => {
    const { model } = resolve({ records: [rec('p-1', null, 0.5), rec('p-2', 0.5, 0.5)] });
    expect(model.unplaced.map((p) => p.id)).toEqual(['p-1']);
    expect(model.total).toBe(1);
    expect(model.boxes[4]!.share).toBe(1);
  });

  it('more people than maxCardsPerBox → the first by name and "+N more"', () => {
    const many = Array.from({ length: 43 }, (_, i) => ({
      id: `x-${i}`,
      name: `Person ${String(i).padStart(2, '0')}`,
    }));
    const { model } = resolveNineBox(
      { records: many.map((p) => rec(p.id, 0.5, 0.5)), people: many },
      t,
      format,
    );
    const box = model.boxes[4]!;
    expect(box.visible.map((p) => p.name)).toEqual([
      'Person 00',
      'Person 01',
      'Person 02',
      'Person 03',
      'Person 04',
    ]);
    expect(box.overflowText).toBe('+38 more');
    expect(box.people).toHaveLength(43);
  });

  it('custom labels and level names → used in titles and cell names; a label for a box off the grid → a warning', () => {
    const { model, warnings } = resolve({
      records: [rec('p-1', 0.9, 0.9)],
      labels: { 9: { title: 'Future leader', color: 'gold' }, 1: 'Watch', 12: 'Nope' },
      levelNames: { potential: ['Limited', 'Growing', 'Broad'] },
    });
    expect(model.boxes[8]).toMatchObject({ title: 'Future leader', color: 'gold' });
    expect(model.boxes[0]!.title).toBe('Watch');
    expect(model.boxes[8]!.name).toBe('Future leader — Broad potential, high performance: 1 person, 100%');
    expect(warnings).toEqual([expect.objectContaining({ prop: 'labels.12' })]);
  });

  it('filters by department and by manager (whole team or direct reports)', () => {
    const records = people.map((p) => rec(p.id, 0.5, 0.5));
    const ids = (filter: object) => [...resolve({ records, filter }).model.byId.keys()].sort();
    expect(ids({ department: 'Research' })).toEqual(['p-3', 'p-4', 'p-8']);
    expect(ids({ managerId: 'p-9' })).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-8']);
    expect(ids({ managerId: 'p-9', reports: 'direct' })).toEqual(['p-1', 'p-2', 'p-8']);
    expect(ids({ managerId: 'p-9', department: 'Research' })).toEqual(['p-3', 'p-4', 'p-8']);
  });

  it('a score outside [0, 1] or NaN → invalid, naming the person and the records prop', () => {
    for (const bad of [1.2, Number.NaN, -0.1]) {
      const { model } = resolve({ records: [rec('p-1', 0.5, 0.5), rec('p-2', bad, 0.5)] });
      expect(model.status).toBe('invalid');
      expect(model.problem).toMatchObject({ prop: 'records', personId: 'p-2' });
      expect(model.problem!.message).toContain('"p-2"');
    }
  });

  it('unsorted or out-of-range cuts → invalid, naming the cut prop', () => {
    expect(resolve({ performanceCuts: [0.7, 0.4] }).model.problem).toMatchObject({
      code: 'INVALID_CUTS',
      prop: 'performanceCuts',
    });
    expect(resolve({ potentialCuts: [0.5, 1.5] }).model.problem!.message).toContain('potentialCuts[1]');
  });

  it('duplicate person ids in people or records → invalid, naming the id and the prop', () => {
    const dupPeople = resolve({ people: [...people, { id: 'p-1', name: 'Copy' }] }).model.problem;
    expect(dupPeople).toMatchObject({ code: 'DUPLICATE_ID', prop: 'people', personId: 'p-1' });
    const dupRecords = resolve({ records: [rec('p-1', 0.1, 0.1), rec('p-1', 0.2, 0.2)] }).model.problem;
    expect(dupRecords).toMatchObject({ code: 'DUPLICATE_ID', prop: 'records', personId: 'p-1' });
  });

  it('a target → per-box target share and deviation from summarizeNineBox', () => {
    const { model } = resolve({
      records: [rec('p-1', 0.9, 0.9), rec('p-2', 0.5, 0.5)],
      target: { 5: 3, 9: 1 },
    });
    expect(model.boxes[8]).toMatchObject({ targetShare: 0.25, deviation: 0.25 });
    expect(model.boxes[4]).toMatchObject({ targetShare: 0.75, deviation: -0.25 });
  });

  it('maxCardsPerBox 0 → a warning naming the prop, falling back to 5', () => {
    const { warnings } = resolve({ maxCardsPerBox: 0 });
    expect(warnings[0]).toMatchObject({ prop: 'maxCardsPerBox', value: 0 });
  });
});
