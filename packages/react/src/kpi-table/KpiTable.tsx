import type { Kpi } from '@northstar/core';
import { type ForwardedRef, forwardRef, type HTMLAttributes, useMemo } from 'react';
import { useKpis } from '../data/useKpis.js';
import { buildKpiRows, groupHistory, namesById } from './buildKpiRows.js';
import { KpiTableView } from './KpiTableView.js';
import type { KpiTableProps, KpiTableStatus } from './kpiTable.types.js';
import { type KpiTableElementProps, splitKpiTableProps } from './splitKpiTableProps.js';
import { useKpiTable } from './useKpiTable.js';
import { useKpiTableController } from './useKpiTableController.js';
import { useKpiTableText } from './useKpiTableText.js';
import { useOwnerNames } from './useOwnerNames.js';

const READY: KpiTableStatus = { kind: 'ready' };
const LOADING: KpiTableStatus = { kind: 'loading' };
const NO_KPIS: readonly Kpi[] = [];

interface PartProps {
  props: KpiTableProps;
  root: HTMLAttributes<HTMLDivElement>;
  rootRef: ForwardedRef<HTMLDivElement>;
}

/**
 * A sortable, filterable, virtualised KPI grid (attainment and status from @northstar/core, a trend sparkline, an
 * inline gauge) whose rows open a dialog with the KPI's history. Controlled with `kpis`; connected (read through the
 * provider's adapter, with loading, empty and error states, and one `historyMany` request per visible window)
 * without it. Forwards `ref` to its root and spreads unknown props onto it; `useKpiTable` is the headless version.
 *
 * @example
 * <KpiTable kpis={kpis} history={kpiHistory} people={people} defaultSorting={[{ id: 'attainment', desc: false }]} />
 * <NorthstarProvider adapter={adapter}><KpiTable /></NorthstarProvider>
 */
export const KpiTable = /* @__PURE__ */ forwardRef<HTMLDivElement, KpiTableElementProps>(
  function KpiTable(all, ref) {
    const [props, root] = splitKpiTableProps(all);
    // Two components so the connected hooks never run (or need a provider) for a controlled table.
    return props.kpis === undefined ? (
      <ConnectedKpiTable props={props} root={root} rootRef={ref} />
    ) : (
      <ControlledKpiTable props={{ ...props, kpis: props.kpis }} root={root} rootRef={ref} />
    );
  },
);

function ControlledKpiTable({ props, root, rootRef }: PartProps & { props: { kpis: readonly Kpi[] } }) {
  const table = useKpiTable(props);
  return <KpiTableView {...root} ref={rootRef} table={table} />;
}

function ConnectedKpiTable({ props, root, rootRef }: PartProps) {
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
  const status = useMemo<KpiTableStatus>(() => {
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
  const table = useKpiTableController(props, rows, status, props.history === undefined, text);
  return <KpiTableView {...root} ref={rootRef} table={table} />;
}
