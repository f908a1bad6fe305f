import type { Person } from '@northstar/core';
import { isNorthstarError, placeNineBox } from '@northstar/core';
import {
  type AdverseImpactResult,
  adverseImpact,
  calibrate,
  type DistributionCheckResult,
  distributionCheck,
  raterLeniency,
} from '@northstar/core/calibration';
import type { NineBoxModel } from './nineBox.types.js';
import type { NineBoxFormat, NineBoxMessageKey, NineBoxTranslate } from './nineBoxText.types.js';

/**
 * What the calibration panel checks: the target distribution, the group attribute for adverse impact, which boxes
 * count as "top", and whether to show calibrated scores.
 *
 * @example
 * const options: CalibrationOptions = { target: { 1: 5, 5: 40, 9: 10 }, groupOf: (p) => p.location, groupAttribute: 'location' };
 */
export interface CalibrationOptions {
  /** Box → expected share; boxes left out expect 0. */
  target?: Readonly<Record<number, number>>;
  /** The host's group attribute for a person (gender, age band, location…); undefined leaves the person out. */
  groupOf?: (person: Person | undefined, personId: string) => string | undefined;
  /** The attribute's name, shown in the heading ("Adverse impact (location)"). */
  groupAttribute?: string;
  /** Boxes counted as selected; default the top-right box and its two neighbours (6, 8, 9 on a 3×3 grid). */
  topBoxes?: readonly number[];
  /** Managers with fewer placed people are not judged; default 5. */
  minGroupSize?: number;
  /** Adds the z-score calibrated performance per person. */
  showCalibrated?: boolean;
}

/**
 * One sentence of the panel, with a tone for styling (`flag` marks what the room should discuss).
 *
 * @example
 * const line: CalibrationLine = { tone: 'flag', text: 'Sam rates leniently…' };
 */
export interface CalibrationLine {
  tone: 'flag' | 'ok' | 'info';
  text: string;
}

/**
 * The calibration panel's model: every figure from core, each explained in a sentence.
 *
 * @example
 * const panel = resolveCalibration(model, people, options, t, format);
 * panel.distribution?.flagged; // true when p < 0.05
 */
export interface CalibrationModel {
  distribution: {
    result: DistributionCheckResult;
    flagged: boolean;
    summary: CalibrationLine;
    /** Per box: target share and the deviation, over/under lines for boxes more than 5 points off. */
    boxes: { box: number; title: string; share: number; targetShare: number; deviation: number }[];
    lines: CalibrationLine[];
  } | null;
  distributionNote: CalibrationLine | null;
  leniency: {
    raters: {
      raterId: string;
      name: string;
      z: number | null;
      mean: number;
      count: number;
      leaning: string;
    }[];
    lines: CalibrationLine[];
  };
  adverse: { result: AdverseImpactResult; heading: string; lines: CalibrationLine[] } | null;
  calibrated: { personId: string; name: string; raw: number; calibrated: number; line: string }[] | null;
  /** A core error while checking (e.g. a bad target), naming the option. */
  problem: string | null;
}

/** The top-right box and the two boxes next to it. */
function defaultTopBoxes(columns: number, rows: number): number[] {
  const top = rows * columns;
  const boxes = [top];
  if (columns > 1) boxes.push(top - 1);
  if (rows > 1) boxes.push(top - columns);
  return boxes.sort((a, b) => a - b);
}

/**
 * The calibration panel's figures over the grid's placed people: `distributionCheck` against the target (flagged when
 * p < 0.05), `raterLeniency` per manager over performance, `adverseImpact` of top-box placement by the host's group
 * attribute (four-fifths rule), optionally `calibrate` (z-score per manager) — each with a sentence saying what it
 * means.
 *
 * @example
 * const panel = resolveCalibration(model, people, { target: { 5: 40, 9: 10 } }, t, format);
 */
export function resolveCalibration(
  model: NineBoxModel,
  people: readonly Person[],
  options: CalibrationOptions,
  t: NineBoxTranslate,
  format: NineBoxFormat,
): CalibrationModel {
  const directory = new Map(people.map((p) => [p.id, p]));
  const placed = model.boxes.flatMap((b) => b.people);
  const fixed = (n: number, digits = 2) =>
    format.number(n, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const pct = (n: number) => format.percent(n);
  const titleOf = (box: number) => model.boxes[box - 1]?.title ?? String(box);
  const nameOf = (id: string) => directory.get(id)?.name ?? id;
  const out: CalibrationModel = {
    distribution: null,
    distributionNote: null,
    leniency: { raters: [], lines: [] },
    adverse: null,
    calibrated: null,
    problem: null,
  };
  if (model.status !== 'ready') return out;

  try {
    if (options.target) {
      if (placed.length === 0) {
        out.distributionNote = { tone: 'info', text: t('calibration.distributionNone') };
      } else {
        const target: Record<string, number> = {};
        for (const b of model.boxes) target[String(b.box)] = options.target[b.box] ?? 0;
        const result = distributionCheck(
          placed.map((p) => String(p.box)),
          target,
        );
        const flagged = result.pValue < 0.05;
        const chiSquare = Number.isFinite(result.chiSquare) ? fixed(result.chiSquare) : '∞';
        const p = result.pValue < 0.001 ? `< ${fixed(0.001, 3)}` : fixed(result.pValue, 3);
        const boxes = result.deviation.map((d) => ({
          box: Number(d.label),
          title: titleOf(Number(d.label)),
          share: d.share,
          targetShare: d.targetShare,
          deviation: d.deviation,
        }));
        const lines: CalibrationLine[] = [];
        for (const b of boxes) {
          if (Math.abs(b.deviation) < 0.05) continue;
          const key: NineBoxMessageKey = b.deviation > 0 ? 'calibration.boxOver' : 'calibration.boxUnder';
          lines.push({
            tone: flagged ? 'flag' : 'info',
            text: t(key, {
              box: b.title,
              share: pct(b.share),
              target: pct(b.targetShare),
              points: format.number(Math.abs(b.deviation) * 100, { maximumFractionDigits: 0 }),
            }),
          });
        }
        out.distribution = {
          result,
          flagged,
          boxes,
          lines,
          summary: {
            tone: flagged ? 'flag' : 'ok',
            text: t(flagged ? 'calibration.distributionOff' : 'calibration.distributionOk', { chiSquare, p }),
          },
        };
      }
    }

    const ratings = placed
      .filter((p) => typeof p.managerId === 'string' && p.performance !== null)
      .map((p) => ({ id: p.id, raterId: p.managerId as string, score: p.performance as number }));
    if (ratings.length > 0) {
      const minGroupSize = options.minGroupSize ?? 5;
      const raters = raterLeniency(ratings, { minGroupSize });
      out.leniency.raters = raters.map((r) => ({
        raterId: r.raterId,
        name: nameOf(r.raterId),
        z: r.z,
        mean: r.mean,
        count: r.count,
        leaning: r.leaning,
      }));
      for (const r of raters) {
        if (r.leaning !== 'lenient' && r.leaning !== 'severe') continue;
        out.leniency.lines.push({
          tone: 'flag',
          text: t(r.leaning === 'lenient' ? 'calibration.lenient' : 'calibration.severe', {
            name: nameOf(r.raterId),
            mean: fixed(r.mean),
            z: fixed(r.z ?? 0),
          }),
        });
      }
      if (out.leniency.lines.length === 0) {
        out.leniency.lines.push({ tone: 'ok', text: t('calibration.leniencyNone') });
      }
      const small = raters.filter((r) => r.leaning === 'insufficient-data').length;
      if (small > 0)
        out.leniency.lines.push({ tone: 'info', text: t('calibration.smallGroups', { count: small }) });

      if (options.showCalibrated) {
        const calibrated = calibrate(ratings, { method: 'z-score', minGroupSize, clamp: { min: 0, max: 1 } });
        out.calibrated = calibrated.map((c) => ({
          personId: c.id,
          name: nameOf(c.id),
          raw: c.score,
          calibrated: c.calibrated,
          line: t('calibration.calibratedRow', {
            name: nameOf(c.id),
            raw: fixed(c.score),
            calibrated: fixed(c.calibrated),
            rater: nameOf(c.raterId),
          }),
        }));
      }
    }

    if (options.groupOf) {
      const top = new Set(options.topBoxes ?? defaultTopBoxes(model.columns, model.rowCount));
      const groups: Record<string, string> = {};
      const outcomes = [];
      for (const p of placed) {
        const group = options.groupOf(directory.get(p.id), p.id);
        if (group === undefined || group === '') continue;
        groups[p.id] = group;
        outcomes.push({ id: p.id, selected: top.has(p.box as number) });
      }
      const result = adverseImpact(outcomes, groups);
      const lines: CalibrationLine[] = [];
      const reference = result.referenceGroup;
      if (reference === null) {
        lines.push({ tone: 'info', text: t('calibration.adverseNoSelection') });
      } else {
        for (const g of result.groups) {
          lines.push({
            tone: g.adverse ? 'flag' : 'info',
            text: t('calibration.adverseRow', {
              group: g.group,
              selected: g.selected,
              total: g.total,
              rate: pct(g.rate),
              ratio: pct(g.impactRatio ?? 0),
              reference,
            }),
          });
        }
        const adverse = result.groups.filter((g) => g.adverse);
        for (const g of adverse) {
          lines.push({ tone: 'flag', text: t('calibration.adverseFlag', { group: g.group, reference }) });
        }
        if (adverse.length === 0) lines.push({ tone: 'ok', text: t('calibration.adverseNone') });
      }
      out.adverse = {
        result,
        lines,
        heading: t('calibration.adverseTitle', { attribute: options.groupAttribute ?? '' }),
      };
    }
  } catch (error) {
    out.problem = isNorthstarError(error) ? error.message : String(error);
  }
  return out;
}

/**
 * The box a calibrated performance would give, for the side-by-side view; the person's potential is kept.
 *
 * @example
 * calibratedBox(0.71, 0.5, model); // 6
 */
export function calibratedBox(
  performance: number,
  potential: number | null,
  model: NineBoxModel,
): number | null {
  if (potential === null) return null;
  return placeNineBox([{ id: 'c', performance, potential }], {
    performanceCuts: model.performanceCuts,
    potentialCuts: model.potentialCuts,
  })[0]!.box;
}
