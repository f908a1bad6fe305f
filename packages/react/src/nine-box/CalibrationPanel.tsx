import type { Person, TalentRecord } from '@northstar/core';
import { forwardRef, type HTMLAttributes, useEffect, useMemo } from 'react';
import { useStandaloneRoot } from '../internal/useStandaloneRoot.js';
import { warnInvalidProp } from '../internal/warnOnce.js';
import type { NineBoxInput } from './nineBox.types.js';
import { type CalibrationLine, type CalibrationOptions, resolveCalibration } from './resolveCalibration.js';
import { useNineBoxModel } from './useNineBoxModel.js';

/**
 * Props of `<CalibrationPanel>`: the grid's data (the same records, people and cuts as the grid) and what to check.
 *
 * @example
 * <CalibrationPanel records={records} people={people} target={{ 1: 5, 5: 40, 9: 10 }} groupOf={(p) => p?.location} groupAttribute="location" />
 */
export interface CalibrationPanelProps
  extends Omit<NineBoxInput, 'records' | 'people'>,
    Omit<CalibrationOptions, 'target'>,
    Omit<HTMLAttributes<HTMLElement>, 'children' | 'color'> {
  records: readonly TalentRecord[];
  people?: readonly Person[];
  /** Box → expected share, drawn on the grid and tested here (χ²). */
  target?: Readonly<Record<number, number>>;
}

function Lines({ lines }: { lines: readonly CalibrationLine[] }) {
  return (
    <ul className="ns-calibration-lines">
      {lines.map((line) => (
        <li key={line.text} className="ns-calibration-line" data-tone={line.tone}>
          {line.text}
        </li>
      ))}
    </ul>
  );
}

/**
 * The calibration panel beside the grid: the distribution against the target (χ², p, boxes off target; flagged when
 * p < 0.05), managers who rate leniently or harshly (`raterLeniency`, with z), adverse impact of top-box placement by a
 * host-given group attribute (four-fifths rule), and optionally calibrated scores — every figure from core, explained
 * in a sentence.
 *
 * @example
 * <CalibrationPanel records={records} people={people} target={{ 1: 10, 5: 40, 9: 10 }} />
 */
export const CalibrationPanel = forwardRef<HTMLElement, CalibrationPanelProps>(
  function CalibrationPanel(props, ref) {
    const {
      records,
      people,
      performanceCuts,
      potentialCuts,
      labels,
      levelNames,
      target,
      filter,
      maxCardsPerBox,
      groupOf,
      groupAttribute,
      topBoxes,
      minGroupSize,
      showCalibrated,
      className,
      ...rest
    } = props;
    const standaloneRoot = useStandaloneRoot();
    // The same model wiring as the grid (text, name order, delta on moves), so both show the same placement.
    const {
      placed: { model },
      t,
      format,
    } = useNineBoxModel({
      records,
      people,
      performanceCuts,
      potentialCuts,
      labels,
      levelNames,
      target,
      filter,
      maxCardsPerBox,
    });
    const panel = useMemo(() => {
      const options: CalibrationOptions = {};
      if (target !== undefined) options.target = target;
      if (groupOf !== undefined) options.groupOf = groupOf;
      if (groupAttribute !== undefined) options.groupAttribute = groupAttribute;
      if (topBoxes !== undefined) options.topBoxes = topBoxes;
      if (minGroupSize !== undefined) options.minGroupSize = minGroupSize;
      if (showCalibrated !== undefined) options.showCalibrated = showCalibrated;
      return resolveCalibration(model, people ?? [], options, t, format);
    }, [model, people, target, groupOf, groupAttribute, topBoxes, minGroupSize, showCalibrated, t, format]);
    const problem = model.problem?.message ?? panel.problem;
    useEffect(() => {
      if (problem)
        warnInvalidProp(
          'CalibrationPanel',
          model.problem?.prop ?? 'target',
          null,
          problem,
          'showing the error state',
        );
    }, [problem, model.problem]);

    return (
      <section
        ref={ref}
        className={['ns-calibration', className].filter(Boolean).join(' ')}
        aria-label={t('calibration.title')}
        data-state={problem ? 'invalid' : 'ready'}
        {...standaloneRoot}
        {...rest}
      >
        <h3 className="ns-calibration-title">{t('calibration.title')}</h3>
        {problem ? (
          <p className="ns-nine-box-error" role="alert">
            {t('nineBox.invalid', { message: problem })}
          </p>
        ) : null}
        {panel.distribution ? (
          <div className="ns-calibration-section" data-flagged={panel.distribution.flagged || undefined}>
            <Lines lines={[panel.distribution.summary, ...panel.distribution.lines]} />
          </div>
        ) : panel.distributionNote ? (
          <Lines lines={[panel.distributionNote]} />
        ) : null}
        {panel.leniency.lines.length > 0 ? (
          <div className="ns-calibration-section">
            <h4 className="ns-calibration-title">{t('calibration.leniencyTitle')}</h4>
            <Lines lines={panel.leniency.lines} />
          </div>
        ) : null}
        {panel.adverse ? (
          <div className="ns-calibration-section">
            <h4 className="ns-calibration-title">{panel.adverse.heading}</h4>
            <Lines lines={panel.adverse.lines} />
          </div>
        ) : null}
        {panel.calibrated ? (
          <div className="ns-calibration-section">
            <h4 className="ns-calibration-title">{t('calibration.calibratedTitle')}</h4>
            <p className="ns-nine-box-hint">{t('calibration.calibratedExplain')}</p>
            <ul className="ns-calibration-lines">
              {panel.calibrated.map((row) => (
                <li key={row.personId}>{row.line}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
    );
  },
);
