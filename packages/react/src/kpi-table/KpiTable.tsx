import type { Kpi } from '@northstar/core';
import { useMemo } from 'react';
import { useKpis } from '../data/useKpis.js';
import { buildKpiRows, groupHistory, namesById } from './buildKpiRows.js';
import { KpiTableView, type KpiTableViewState } from './KpiTableView.js';
import type { KpiTableProps } from './kpiTable.types.js';
import { useKpiTableText } from './useKpiTableText.js';
import { useOwnerNames } from './useOwnerNames.js';

const READY: KpiTableViewState = { kind: 'ready' };
const LOADING: KpiTableViewState = { kind: 'loading' };
const NO_KPIS: readonly Kpi[] = [];

/**
 * A sortable, filterable, virtualised table of KPIs (attainment and status from @northstar/core, a trend sparkline,
 * an inline gauge) whose rows open a dialog with the KPI's history. Controlled with `kpis`; connected (read through
 * the provider's adapter, with loading, empty and error states) without it.
 *
 * @example
 * <KpiTable kpis={kpis} history={kpiHistory} people={people} defaultSorting={[{ id: 'attainment', desc: false }]} />
 * <NorthstarProvider adapter={adapter}><KpiTable /></NorthstarProvider>
 */
export function KpiTable(props: KpiTableProps) {
  // Two components so the connected hooks never run (or need a provider) for a controlled table.
  return props.kpis === undefined ? (
    <ConnectedKpiTable {...props} />
  ) : (
    <ControlledKpiTable {...props} kpis={props.kpis} />
  );
}

function ControlledKpiTable(props: KpiTableProps & { kpis: readonly Kpi[] }) {
  const text = useKpiTableText();
  const history = useMemo(() => groupHistory(props.history), [props.history]);
  const names = useMemo(() => namesById(props.people), [props.people]);
  const rows = useMemo(() => buildKpiRows(props.kpis, history, names), [props.kpis, history, names]);
  return <KpiTableView rows={rows} text={text} state={READY} connectedHistory={false} props={props} />;
}

function ConnectedKpiTable(props: KpiTableProps) {
  const text = useKpiTableText();
  const query = useKpis(props.query);
  const history = useMemo(() => groupHistory(props.history), [props.history]);
  const fetchedNames = useOwnerNames(props.people === undefined);
  const names = useMemo(
    () => (props.people === undefined ? fetchedNames : namesById(props.people)),
    [props.people, fetchedNames],
  );
  const kpis = query.data ?? NO_KPIS;
  const rows = useMemo(() => buildKpiRows(kpis, history, names), [kpis, history, names]);
  const { refetch } = query;
  const state = useMemo<KpiTableViewState>(() => {
    if (query.data) return READY;
    // A retry after an error shows the skeleton again, so the click visibly does something.
    if (query.isError && !query.isFetching) {
      const error = query.error;
      return {
        kind: 'error',
        message: error instanceof Error ? error.message : String(error),
        retry: () => void refetch(),
      };
    }
    return LOADING;
  }, [query.data, query.isError, query.isFetching, query.error, refetch]);
  return (
    <KpiTableView
      rows={rows}
      text={text}
      state={state}
      connectedHistory={props.history === undefined}
      props={props}
    />
  );
}
