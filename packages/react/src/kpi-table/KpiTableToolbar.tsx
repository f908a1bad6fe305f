import { useId } from 'react';
import type { KpiTableText } from './createKpiTableText.js';
import type { KpiTableOption } from './resolveKpiTable.js';

/**
 * Props of the filter toolbar above the table.
 *
 * @example
 * <KpiTableToolbar text={text} search="" onSearchChange={setSearch} … />
 */
export interface KpiTableToolbarProps {
  text: KpiTableText;
  search: string;
  onSearchChange(value: string): void;
  status: string;
  statusOptions: readonly KpiTableOption[];
  onStatusChange(value: string): void;
  department: string;
  departmentOptions: readonly KpiTableOption[];
  onDepartmentChange(value: string): void;
  /** "Showing 12 of 32 KPIs", announced politely as filters narrow the rows; omitted while loading. */
  summary: string | undefined;
}

/**
 * Text search plus status and department selects, each with a visible label.
 *
 * @example
 * <KpiTableToolbar {...toolbarProps} />
 */
export function KpiTableToolbar(props: KpiTableToolbarProps) {
  const { t } = props.text;
  const id = useId();
  return (
    <div className="ns-kpi-table-toolbar">
      <div className="ns-kpi-table-field" data-kind="search">
        <label className="ns-kpi-table-label" htmlFor={`${id}-search`}>
          {t('kpiTable.search.label')}
        </label>
        <input
          id={`${id}-search`}
          className="ns-kpi-table-input"
          type="search"
          autoComplete="off"
          placeholder={t('kpiTable.search.placeholder')}
          value={props.search}
          onChange={(e) => props.onSearchChange(e.currentTarget.value)}
        />
      </div>
      <div className="ns-kpi-table-field">
        <label className="ns-kpi-table-label" htmlFor={`${id}-status`}>
          {t('kpiTable.filter.status')}
        </label>
        <select
          id={`${id}-status`}
          className="ns-kpi-table-select"
          value={props.status}
          onChange={(e) => props.onStatusChange(e.currentTarget.value)}
        >
          <option value="">{t('kpiTable.filter.all')}</option>
          {props.statusOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="ns-kpi-table-field">
        <label className="ns-kpi-table-label" htmlFor={`${id}-department`}>
          {t('kpiTable.filter.department')}
        </label>
        <select
          id={`${id}-department`}
          className="ns-kpi-table-select"
          value={props.department}
          onChange={(e) => props.onDepartmentChange(e.currentTarget.value)}
        >
          <option value="">{t('kpiTable.filter.all')}</option>
          {props.departmentOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <p className="ns-kpi-table-summary" aria-live="polite">
        {props.summary}
      </p>
    </div>
  );
}
