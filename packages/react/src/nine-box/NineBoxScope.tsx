import type { Person } from '@northstar/core';
import { useId, useMemo } from 'react';
import type { NineBoxFilter } from './nineBox.types.js';
import type { NineBoxTranslate } from './nineBoxText.types.js';
import { resolveScope } from './resolveScope.js';

/**
 * Props of the scope picker.
 *
 * @example
 * <NineBoxScope people={people} filter={filter} onFilterChange={setFilter} t={t} locale="en-US" />
 */
export interface NineBoxScopeProps {
  people: readonly Person[];
  filter: NineBoxFilter;
  onFilterChange: (filter: NineBoxFilter) => void;
  t: NineBoxTranslate;
  locale: string;
}

/**
 * The multi-level view: breadcrumbs from the whole company down to the current department or team, and a select to
 * drill one level further (departments, then their top managers, then the managers below).
 *
 * @example
 * <NineBoxScope people={people} filter={{ department: 'Sales' }} onFilterChange={setFilter} t={t} locale="en-US" />
 */
export function NineBoxScope({ people, filter, onFilterChange, t, locale }: NineBoxScopeProps) {
  const scope = useMemo(() => resolveScope(people, filter, t, locale), [people, filter, t, locale]);
  const selectId = useId();
  return (
    <nav className="ns-nine-box-scope" aria-label={t('nineBox.scopeLabel')}>
      <ol className="ns-nine-box-breadcrumbs">
        {scope.breadcrumbs.map((step, i) => {
          const current = i === scope.breadcrumbs.length - 1;
          return (
            <li key={step.label}>
              <button
                type="button"
                className="ns-nine-box-crumb"
                aria-current={current ? 'page' : undefined}
                disabled={current}
                onClick={() => onFilterChange(step.filter)}
              >
                <bdi>{step.label}</bdi>
              </button>
            </li>
          );
        })}
      </ol>
      {scope.children.length > 0 ? (
        <span className="ns-nine-box-field">
          <label htmlFor={selectId}>{t('nineBox.drillDown')}</label>
          <select
            id={selectId}
            className="ns-nine-box-select"
            value=""
            onChange={(event) => {
              const next = scope.children[Number(event.target.value)];
              if (next) onFilterChange(next.filter);
            }}
          >
            <option value="" disabled>
              {t('nineBox.scopeChoose')}
            </option>
            {scope.children.map((child, i) => (
              <option key={child.label} value={i}>
                {t('nineBox.scopeOption', { label: child.label, count: child.count })}
              </option>
            ))}
          </select>
        </span>
      ) : null}
    </nav>
  );
}
