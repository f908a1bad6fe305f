import type { TalentRecord } from '@northstar/core';
import { describe, expect, it } from 'vitest';
import { createFormatters } from '../i18n/createFormatters.js';
import { createTranslator } from '../i18n/createTranslator.js';
import { applyNineBoxDelta } from './applyNineBoxDelta.js';
import type { NineBoxInput, NineBoxModel } from './nineBox.types.js';
import { NINE_BOX_MESSAGES } from './nineBoxMessages.js';
import { manyPeople } from './nineBoxStoryData.js';
import { placeResolution, rankByName } from './resolveNineBox.js';

const t = createTranslator(NINE_BOX_MESSAGES, 'en-US');
const format = createFormatters('en-US');

/** What a user sees of a model: per box its figures, names and cards in order; the unplaced; everyone's box. */
function seen(model: NineBoxModel) {
  return {
    total: model.total,
    boxes: model.boxes.map((b) => ({
      box: b.box,
      title: b.title,
      name: b.name,
      count: b.count,
      share: b.share,
      targetShare: b.targetShare,
      deviation: b.deviation,
      people: b.people.map((p) => p.id),
      visible: b.visible.map((p) => `${p.initials} ${p.name}`),
      overflowText: b.overflowText,
    })),
    rows: model.rows.map((r) => r.boxes.map((b) => b.box)),
    unplaced: model.unplaced.map((p) => p.id),
    byId: [...model.byId].map(([id, p]) => [id, p.box, p.performance, p.potential, p.record]),
  };
}

const { records, people } = manyPeople(400);
const input = (rs: readonly TalentRecord[]): NineBoxInput => ({
  records: rs,
  people,
  target: { 1: 5, 2: 10, 3: 10, 4: 10, 5: 30, 6: 10, 7: 10, 8: 10, 9: 5 },
  maxCardsPerBox: 3,
});
const rank = rankByName(people, 'en-US');
const full = (rs: readonly TalentRecord[]) => placeResolution(input(rs), t, format, 'en-US', rank);
const withScores = (
  rs: readonly TalentRecord[],
  i: number,
  performance: number | null,
  potential: number | null,
) => rs.map((r, k) => (k === i ? { ...r, performance, potential } : r));

describe('applyNineBoxDelta', () => {
  it('a sequence of moves (between boxes, to and from "not placed") → exactly what a full resolve shows', () => {
    let current = records;
    let placed = full(current);
    const moves: [number, number | null, number | null][] = [
      [3, 0.9, 0.9],
      [17, 0.1, 0.5],
      [3, 0.5, 0.5],
      [42, null, 0.4], // loses a score: leaves the grid for "not placed"
      [42, 0.7, 0.2], // and comes back
      [250, 2 / 3, 2 / 3], // exactly on both cuts: the higher box, as core places it
    ];
    for (const [i, performance, potential] of moves) {
      const next = withScores(current, i, performance, potential);
      const delta = applyNineBoxDelta(placed, current, next);
      expect(delta).not.toBeNull();
      expect(seen(delta!.model)).toEqual(seen(full(next).model));
      current = next;
      placed = delta!;
    }
    expect(placed.model.byId.get(records[250]!.personId)?.box).toBe(9);
  });

  it('keeps the objects of boxes a move does not touch, so memoised boxes do not re-render', () => {
    const before = full(records);
    const from = before.model.byId.get(records[3]!.personId)!.box!;
    const next = withScores(records, 3, 0.95, 0.95); // into box 9
    const after = applyNineBoxDelta(before, records, next)!;
    for (const box of after.model.boxes) {
      if (box.box === from || box.box === 9) expect(box).not.toBe(before.model.boxes[box.box - 1]);
      else expect(box).toBe(before.model.boxes[box.box - 1]);
    }
    // the previous model is left as it was (React may still hold it)
    expect(before.model.byId.get(records[3]!.personId)!.box).toBe(from);
  });

  it('nothing changed → the same resolution; a new score in the same box → only that box is rebuilt', () => {
    const before = full(records);
    expect(applyNineBoxDelta(before, records, [...records])).toBe(before);
    const person = before.model.byId.get(records[5]!.personId)!;
    const next = withScores(records, 5, person.performance, person.potential);
    const after = applyNineBoxDelta(before, records, next)!;
    expect(after.model.byId.get(person.id)!.record).toBe(next[5]);
    expect(seen(after.model)).toEqual(seen(full(next).model));
  });

  it('not a small edit of the same people → null (the caller resolves in full, which names any problem)', () => {
    const before = full(records);
    expect(applyNineBoxDelta(before, records, records.slice(1))).toBeNull();
    const swapped = records.map((r, i) => (i === 0 ? { ...r, personId: 'someone-else' } : r));
    expect(applyNineBoxDelta(before, records, swapped)).toBeNull();
    expect(applyNineBoxDelta(before, records, withScores(records, 2, 1.4, 0.5))).toBeNull();
    const many = records.map((r) => ({ ...r }));
    expect(applyNineBoxDelta(before, records, many)).toBeNull();
  });
});
