import type { KpiSample } from '@northstar/core';
import * as Dialog from '@radix-ui/react-dialog';
import { useId } from 'react';
import type { NorthstarQueryResult } from '../data/data.types.js';
import { useAdapterCapabilities } from '../data/useAdapterCapabilities.js';
import { useKpiHistory } from '../data/useKpiHistory.js';
import { useStandaloneRoot } from '../internal/useStandaloneRoot.js';
import { useNorthstar } from '../provider/useNorthstar.js';
import type { KpiTableRow } from './buildKpiRows.js';
import { KpiSparkline } from './KpiSparkline.js';
import { AttainmentGauge, ValueText } from './KpiTableCells.js';
import { RecordActualForm } from './RecordActualForm.js';
import type { KpiTableText } from './useKpiTableText.js';
import { usePeriodLabel } from './usePeriodLabel.js';

/**
 * Props of the row dialog.
 *
 * @example
 * <KpiRowDialog row={openRow} text={text} connectedHistory={false} onOpenChange={…} onCloseAutoFocus={…} />
 */
export interface KpiRowDialogProps {
  /** The KPI shown; the dialog is open while it is set. */
  row: KpiTableRow | undefined;
  text: KpiTableText;
  /** Load the history through the adapter (connected table without a `history` prop). */
  connectedHistory: boolean;
  onOpenChange(open: boolean): void;
  /** Lets the table move focus back to the row, which may have been virtualised away and back. */
  onCloseAutoFocus(event: Event): void;
}

/**
 * A modal Radix dialog with one KPI's attainment gauge, sparkline and history table, plus a "Record actual" form when
 * the history comes from an adapter that can record. It portals into the provider's `[data-ns-root]`
 * (document.body without a provider) so it keeps the host's theme.
 *
 * @example
 * <KpiRowDialog row={rows[3]} text={text} connectedHistory={false} onOpenChange={close} onCloseAutoFocus={refocus} />
 */
export function KpiRowDialog({
  row,
  text,
  connectedHistory,
  onOpenChange,
  onCloseAutoFocus,
}: KpiRowDialogProps) {
  const { portalContainer } = useNorthstar();
  // Without a provider the dialog portals into <body>, outside the table's standalone root: make it a root too.
  const standaloneRoot = useStandaloneRoot();
  return (
    <Dialog.Root open={row !== undefined} onOpenChange={onOpenChange}>
      <Dialog.Portal container={portalContainer ?? undefined}>
        <Dialog.Overlay className="ns-kpi-table-overlay" />
        <Dialog.Content
          className="ns-kpi-table-dialog"
          onCloseAutoFocus={onCloseAutoFocus}
          {...standaloneRoot}
        >
          {row ? <DialogBody row={row} text={text} connectedHistory={connectedHistory} /> : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function DialogBody({
  row,
  text,
  connectedHistory,
}: {
  row: KpiTableRow;
  text: KpiTableText;
  connectedHistory: boolean;
}) {
  const { t } = text;
  const { kpi } = row;
  const { adapter } = useNorthstar();
  const capabilities = useAdapterCapabilities();
  const connected = connectedHistory && !row.samples;
  // Idle (no request) unless the history is read through the adapter.
  const history = useKpiHistory(connected ? kpi.id : undefined);
  // Only where the dialog shows what the adapter holds: a recorded value must appear in this history and gauge,
  // which a controlled table (or one given its `history` as a prop) would never show.
  const canRecord = connected && adapter !== undefined && capabilities.kpis.methods.includes('record');
  return (
    <>
      <Dialog.Title className="ns-kpi-table-dialog-title">
        <bdi dir="auto">{kpi.name}</bdi>
      </Dialog.Title>
      <Dialog.Description className="ns-kpi-table-dialog-description">
        {t('kpiTable.dialog.description', {
          owner: row.ownerName ?? kpi.ownerId ?? t('kpiTable.noValue'),
          status: text.status(row),
          attainment: text.attainment(row) ?? t('kpiTable.noValue'),
        })}
      </Dialog.Description>
      <div className="ns-kpi-table-dialog-summary">
        <AttainmentGauge row={row} text={text} size="lg" variant="radial" />
        <dl className="ns-kpi-table-dialog-facts">
          <div>
            <dt>{t('kpiTable.column.actual')}</dt>
            <dd>
              <ValueText value={text.value(kpi.actual, kpi)} text={text} />
            </dd>
          </div>
          <div>
            <dt>{t('kpiTable.column.target')}</dt>
            <dd>
              <ValueText value={text.target(kpi)} text={text} />
            </dd>
          </div>
          {kpi.department ? (
            <div>
              <dt>{t('kpiTable.filter.department')}</dt>
              <dd>{kpi.department}</dd>
            </div>
          ) : null}
        </dl>
      </div>
      {connected ? (
        <ConnectedHistory row={row} text={text} history={history} />
      ) : (
        <HistorySection row={row} text={text} samples={row.samples ?? []} />
      )}
      {canRecord ? <RecordActualForm key={kpi.id} row={row} text={text} samples={history.data} /> : null}
      <div className="ns-kpi-table-dialog-actions">
        <Dialog.Close className="ns-kpi-table-button">{t('kpiTable.dialog.close')}</Dialog.Close>
      </div>
    </>
  );
}

function ConnectedHistory({
  row,
  text,
  history,
}: {
  row: KpiTableRow;
  text: KpiTableText;
  history: NorthstarQueryResult<KpiSample[]>;
}) {
  const { t } = text;
  if (history.data) return <HistorySection row={row} text={text} samples={history.data} />;
  if (history.isError && !history.isFetching) {
    return (
      <div className="ns-kpi-table-error" role="alert">
        <p>
          {t('kpiTable.dialog.historyError', {
            message: history.error instanceof Error ? history.error.message : String(history.error),
          })}
        </p>
        <button type="button" className="ns-kpi-table-button" onClick={() => void history.refetch()}>
          {t('kpiTable.retry')}
        </button>
      </div>
    );
  }
  return (
    <p className="ns-kpi-table-message" role="status">
      {t('kpiTable.dialog.historyLoading')}
    </p>
  );
}

function HistorySection({
  row,
  text,
  samples,
}: {
  row: KpiTableRow;
  text: KpiTableText;
  samples: readonly KpiSample[];
}) {
  const { t } = text;
  const headingId = useId();
  // "2026-03" reads better as "Mar 2026"; other period shapes are shown as they are.
  const period = usePeriodLabel(text.f.locale);
  return (
    <section className="ns-kpi-table-history" aria-labelledby={headingId}>
      <h3 id={headingId} className="ns-kpi-table-history-title">
        {t('kpiTable.dialog.history')}
      </h3>
      {samples.length === 0 ? (
        <p className="ns-kpi-table-message">{t('kpiTable.dialog.noHistory')}</p>
      ) : (
        <>
          {samples.length > 1 ? <KpiSparkline samples={samples} size="lg" showTarget /> : null}
          <p className="ns-kpi-table-visually-hidden">{text.trend(row, samples)}</p>
          <table className="ns-kpi-table-history-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('kpiTable.dialog.period')}</th>
                <th scope="col">{t('kpiTable.column.actual')}</th>
                <th scope="col">{t('kpiTable.column.target')}</th>
              </tr>
            </thead>
            <tbody>
              {samples.map((s) => (
                <tr key={s.period}>
                  <th scope="row">{period(s.period)}</th>
                  <td>
                    <ValueText value={text.value(s.actual, row.kpi)} text={text} />
                  </td>
                  <td>
                    <ValueText value={text.value(s.target, row.kpi)} text={text} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
