import type { Person, TalentRecord } from '@northstar/core';
import { SAMPLE_ORG } from '../stories/sampleOrg.js';

// Story and bench data derived from the sample organisation (Acme Robotics), so every story shows one company.

/**
 * The sample organisation's talent records and people.
 *
 * @example
 * <NineBoxGrid records={SAMPLE_TALENT} people={SAMPLE_PEOPLE} />
 */
export const SAMPLE_TALENT: readonly TalentRecord[] = SAMPLE_ORG.talent;
export const SAMPLE_PEOPLE: readonly Person[] = SAMPLE_ORG.people;

const teamOf = (managerId: string) =>
  new Set(SAMPLE_PEOPLE.filter((p) => p.managerId === managerId).map((p) => p.id));

/**
 * The sample talent with Liam Kumar's team rated leniently (0.86–0.95) and Søren Osei's harshly (0.08–0.17), for the
 * calibration panel.
 *
 * @example
 * <CalibrationPanel records={SKEWED_TALENT} people={SAMPLE_PEOPLE} />
 */
export const SKEWED_TALENT: readonly TalentRecord[] = (() => {
  const lenient = teamOf('p-004');
  const harsh = teamOf('p-005');
  let i = 0;
  return SAMPLE_TALENT.map((r) => {
    if (lenient.has(r.personId)) return { ...r, performance: 0.86 + (i++ % 10) / 100 };
    if (harsh.has(r.personId)) return { ...r, performance: 0.08 + (i++ % 10) / 100 };
    return r;
  });
})();

/**
 * The sample talent with everyone in Austin given low potential, so Austin reaches the top boxes at less than
 * four-fifths of the best location's rate (an adverse-impact flag).
 *
 * @example
 * <CalibrationPanel records={AUSTIN_TALENT} people={SAMPLE_PEOPLE} groupOf={(p) => p?.location} />
 */
export const AUSTIN_TALENT: readonly TalentRecord[] = (() => {
  const austin = new Set(SAMPLE_PEOPLE.filter((p) => p.location === 'Austin, US').map((p) => p.id));
  return SAMPLE_TALENT.map((r) => (austin.has(r.personId) ? { ...r, potential: 0.2 } : r));
})();

/**
 * `count` people and their records: the sample organisation repeated with unique ids and names.
 *
 * @example
 * const { records, people } = manyPeople(10_000);
 */
export function manyPeople(count: number): { records: TalentRecord[]; people: Person[] } {
  const byId = new Map(SAMPLE_PEOPLE.map((p) => [p.id, p]));
  const records: TalentRecord[] = [];
  const people: Person[] = [];
  for (let i = 0; i < count; i++) {
    const base = SAMPLE_TALENT[i % SAMPLE_TALENT.length]!;
    const person = byId.get(base.personId);
    const id = `${base.personId}-${i + 1}`;
    records.push({ ...base, personId: id });
    const copy: Person = {
      id,
      name: `${person?.name ?? base.personId} ${Math.floor(i / SAMPLE_TALENT.length) + 1}`,
    };
    if (person?.title) copy.title = person.title;
    if (person?.department) copy.department = person.department;
    people.push(copy);
  }
  return { records, people };
}
