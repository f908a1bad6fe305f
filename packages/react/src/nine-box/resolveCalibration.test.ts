import type { Person, TalentRecord } from '@northstar/core';
import { describe, expect, it } from 'vitest';
import { calibratedBox, resolveCalibration } from './resolveCalibration.js';
import { resolveNineBox } from './resolveNineBox.js';
import { format, t } from './testText.js';

// Three teams of ten: a lenient manager (everyone ≥ 0.8), a harsh one (everyone ≤ 0.3), one in between.
const people: Person[] = [
  { id: 'm-len', name: 'Lena Lenient' },
  { id: 'm-harsh', name: 'Hugo Harsh' },
  { id: 'm-mid', name: 'Mia Middle' },
];
const records: TalentRecord[] = [];
const teams: [string, number][] = [
  ['m-len', 0.8],
  ['m-harsh', 0.1],
  ['m-mid', 0.45],
];
for (const [manager, base] of teams) {
  for (let i = 0; i < 10; i++) {
    const id = `${manager}-${i}`;
    people.push({
      id,
      name: `Person ${id}`,
      managerId: manager,
      location: i % 2 === 0 ? 'Berlin' : 'Lisbon',
    });
    records.push({
      personId: id,
      performance: base + i * 0.015,
      potential: manager === 'm-len' || i % 2 === 1 ? 0.9 : 0.2,
    });
  }
}
const { model } = resolveNineBox({ records, people }, t, format);

describe('resolveCalibration', () => {
  it('rater leniency → the lenient and the harsh manager named with their z, explained in words', () => {
    const panel = resolveCalibration(model, people, {}, t, format);
    const lenient = panel.leniency.raters.find((r) => r.raterId === 'm-len')!;
    expect(lenient.leaning).toBe('lenient');
    expect(lenient.z).toBeGreaterThan(1.96);
    const texts = panel.leniency.lines.map((l) => l.text);
    expect(texts.some((x) => x.startsWith('Lena Lenient rates leniently') && x.includes('z = '))).toBe(true);
    expect(texts.some((x) => x.startsWith('Hugo Harsh rates harshly'))).toBe(true);
  });

  it('a target the placement departs from → χ², p < 0.05 flagged, per-box over/under sentences', () => {
    const panel = resolveCalibration(
      model,
      people,
      { target: { 1: 10, 2: 20, 5: 40, 6: 20, 9: 10 } },
      t,
      format,
    );
    expect(panel.distribution!.flagged).toBe(true);
    expect(panel.distribution!.result.pValue).toBeLessThan(0.05);
    expect(panel.distribution!.summary.text).toMatch(/^The distribution departs from the target \(χ² = /);
    expect(panel.distribution!.lines.some((l) => /points over\.$/.test(l.text))).toBe(true);
  });

  it('a target matching the placement → not flagged', () => {
    const target: Record<number, number> = {};
    for (const b of model.boxes) target[b.box] = b.count;
    const panel = resolveCalibration(model, people, { target }, t, format);
    expect(panel.distribution!.flagged).toBe(false);
    expect(panel.distribution!.summary.tone).toBe('ok');
  });

  it('adverse impact over a host attribute → top-box rate per group and the four-fifths flag', () => {
    const panel = resolveCalibration(
      model,
      people,
      { groupOf: (p) => p?.location, groupAttribute: 'location' },
      t,
      format,
    );
    const { result } = panel.adverse!;
    // Lisbon: every odd-numbered person has high potential; Berlin only the lenient team's.
    expect(result.referenceGroup).toBe('Lisbon');
    expect(result.groups.find((g) => g.group === 'Berlin')!.adverse).toBe(true);
    expect(panel.adverse!.heading).toBe('Adverse impact (location)');
    expect(panel.adverse!.lines.map((l) => l.text)).toContain(
      'Berlin is placed in the top boxes at less than four-fifths of the rate of Lisbon.',
    );
  });

  it('calibrated view → z-score per manager, so the lenient team comes down and the harsh team up', () => {
    const panel = resolveCalibration(model, people, { showCalibrated: true }, t, format);
    const mean = (manager: string, field: 'raw' | 'calibrated') => {
      const rows = panel.calibrated!.filter((c) => c.personId.startsWith(`${manager}-`));
      return rows.reduce((sum, c) => sum + c[field], 0) / rows.length;
    };
    expect(mean('m-len', 'calibrated')).toBeLessThan(mean('m-len', 'raw'));
    expect(mean('m-harsh', 'calibrated')).toBeGreaterThan(mean('m-harsh', 'raw'));
    expect(panel.calibrated![0]!.line).toMatch(/as rated, .* calibrated for /);
    expect(calibratedBox(0.9, 0.9, model)).toBe(9);
  });

  it('an invalid grid → an empty panel, no crash', () => {
    const bad = resolveNineBox({ records, people, performanceCuts: [0.9, 0.1] }, t, format).model;
    expect(resolveCalibration(bad, people, { target: { 5: 1 } }, t, format).distribution).toBeNull();
  });
});
