import { fail, isFiniteNumber, readOptions, requireId, show } from '../internal/assert.js';
import type {
  AdverseImpactGroup,
  AdverseImpactOptions,
  AdverseImpactResult,
  SelectionOutcome,
} from './calibrationResult.types.js';
import { duplicateId, firstDuplicate } from './firstDuplicate.js';

/**
 * Applies the four-fifths rule: each group's selection rate against the highest group's, flagging ratios below the threshold.
 *
 * @example
 * adverseImpact(
 *   [{ id: 'p1', selected: true }, { id: 'p2', selected: false }, { id: 'p3', selected: true }, { id: 'p4', selected: true }],
 *   { p1: 'A', p2: 'A', p3: 'B', p4: 'B' },
 * );
 * // referenceGroup 'B' (rate 1); group A: rate 0.5, impactRatio 0.5, adverse true
 */
export function adverseImpact(
  outcomes: readonly SelectionOutcome[],
  groups: Readonly<Record<string, string>> | ReadonlyMap<string, string>,
  options: AdverseImpactOptions = {},
): AdverseImpactResult {
  options = readOptions(options, 'adverseImpact') as AdverseImpactOptions;
  const threshold = options.threshold ?? 0.8;
  if (!isFiniteNumber(threshold) || threshold <= 0 || threshold > 1) {
    fail('INVALID_OPTION', `option "threshold" must be a number in (0, 1], got ${show(threshold)}`, {
      field: 'threshold',
      value: threshold,
    });
  }
  const minGroupSize = options.minGroupSize ?? 1;
  if (!Number.isInteger(minGroupSize) || minGroupSize < 1) {
    fail('INVALID_OPTION', `option "minGroupSize" must be an integer ≥ 1, got ${show(minGroupSize)}`, {
      field: 'minGroupSize',
      value: minGroupSize,
    });
  }
  if (!Array.isArray(outcomes)) {
    fail('INVALID_VALUE', `outcomes must be an array, got ${show(outcomes)}`, { value: outcomes });
  }
  if (groups === null || typeof groups !== 'object') {
    fail('INVALID_VALUE', `groups must be a Map or an object of person id → group, got ${show(groups)}`, {
      value: groups,
    });
  }
  const groupOf = toLookup(groups);

  const tally = new Map<string, { total: number; selected: number }>();
  const ids = new Array<string>(outcomes.length);
  for (let i = 0; i < outcomes.length; i++) {
    const o = outcomes[i];
    if (o === null || typeof o !== 'object') {
      fail('INVALID_VALUE', `outcome at index ${i} must be an object, got ${show(o)}`, {
        index: i,
        value: o,
      });
    }
    const id = requireId(o.id, 'outcome', i);
    ids[i] = id;
    if (typeof o.selected !== 'boolean') {
      fail(
        'INVALID_VALUE',
        `outcome ${show(id)} field "selected" must be true or false, got ${show(o.selected)}`,
        {
          id,
          field: 'selected',
          value: o.selected,
          index: i,
        },
      );
    }
    const group = groupOf(id);
    if (group === undefined) {
      fail('UNKNOWN_ID', `outcome ${show(id)} (index ${i}) has no group in groups`, { id, index: i });
    }
    if (typeof group !== 'string') {
      fail('INVALID_VALUE', `group of ${show(id)} must be a string, got ${show(group)}`, {
        id,
        field: 'group',
        value: group,
      });
    }
    let t = tally.get(group);
    if (t === undefined) {
      t = { total: 0, selected: 0 };
      tally.set(group, t);
    }
    t.total += 1;
    if (o.selected) t.selected += 1;
  }
  const dup = firstDuplicate(ids);
  if (dup >= 0) duplicateId('outcome', ids, dup);

  const names = [...tally.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let referenceGroup: string | null = null;
  let best = { selected: 0, total: 1 };
  for (const name of names) {
    const t = tally.get(name)!;
    // Rates compared as fractions (cross-multiplied counts), so equal rates tie exactly; strictly greater keeps
    // the first name on a tie.
    if (t.total >= minGroupSize && t.selected * best.total > best.selected * t.total) {
      best = t;
      referenceGroup = name;
    }
  }
  const [thresholdNum, thresholdDen] = decimalFraction(threshold);

  const rows: AdverseImpactGroup[] = names.map((group) => {
    const { total, selected } = tally.get(group)!;
    const rate = selected / total;
    // (s/t) / (sRef/tRef) = s·tRef / (t·sRef): one rounding, so an exact 4/5 prints as 0.8. A small group may beat
    // the reference; capping at 1 says "not adversely affected" without a ratio above 1.
    const num = selected * best.total;
    const den = total * best.selected;
    const impactRatio = referenceGroup === null ? null : Math.min(1, num / den);
    // The four-fifths test itself in exact integers: s·tRef / (t·sRef) < p/q  ⇔  s·tRef·q < p·t·sRef.
    const adverse = referenceGroup !== null && BigInt(num) * thresholdDen < thresholdNum * BigInt(den);
    return {
      group,
      total,
      selected,
      rate,
      impactRatio,
      adverse,
      smallSample: total < minGroupSize,
    };
  });
  return { threshold, referenceGroup, groups: rows };
}

/**
 * The threshold as the decimal fraction it is written as (0.8 → 8/10, 0.9 → 9/10), so a ratio of exactly 4/5 is
 * not "below 0.8" just because the double 0.8 is a hair above 4/5.
 */
function decimalFraction(x: number): [bigint, bigint] {
  const [mantissa, exponent = '0'] = String(x).split('e');
  const [whole, fraction = ''] = mantissa!.split('.');
  let num = BigInt(whole! + fraction);
  let den = 10n ** BigInt(fraction.length);
  const e = Number(exponent);
  if (e > 0) num *= 10n ** BigInt(e);
  else den *= 10n ** BigInt(-e);
  return [num, den];
}

/** One lookup for both accepted shapes; own properties only, so "toString" is not a group. */
function toLookup(
  groups: Readonly<Record<string, string>> | ReadonlyMap<string, string>,
): (id: string) => unknown {
  if (groups instanceof Map) return (id) => groups.get(id);
  const record = groups as Readonly<Record<string, unknown>>;
  return (id) => (Object.hasOwn(record, id) ? record[id] : undefined);
}
