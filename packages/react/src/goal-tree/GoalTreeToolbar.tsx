import type { Band, GoalLevel, Person } from '@northstar/core';
import { useId } from 'react';
import type { GoalTreeFilter } from './goalTree.types.js';
import type { GoalTreeMessageKey } from './goalTreeMessages.js';

const LEVELS: readonly GoalLevel[] = ['company', 'department', 'team', 'person', 'key-result'];

/**
 * Props of {@link GoalTreeToolbar}.
 *
 * @example
 * <GoalTreeToolbar filter={filter} onFilterChange={setFilter} owners={owners} bands={OKR_BANDS} matchText={undefined} label="Goals" t={t} />
 */
export interface GoalTreeToolbarProps {
  filter: GoalTreeFilter;
  onFilterChange: (filter: GoalTreeFilter) => void;
  /** The goals' owners, for the owner filter. */
  owners: ReadonlyArray<Pick<Person, 'id' | 'name'>>;
  bands: readonly Band[];
  matchText: string | undefined;
  /** The tree's label, which names the search landmark (several trees on a page stay distinct). */
  label: string;
  t: (key: GoalTreeMessageKey, params?: Readonly<Record<string, string | number>>) => string;
}

function single<T extends string>(value: string): T[] | undefined {
  return value === '' ? undefined : [value as T];
}

/**
 * The search box (matches keep their ancestors) and the owner, status band and level filters, with the count of
 * matching goals announced politely.
 *
 * @example
 * <GoalTreeToolbar {...toolbarProps} />
 */
export function GoalTreeToolbar({
  filter,
  onFilterChange,
  owners,
  label,
  bands,
  matchText,
  t,
}: GoalTreeToolbarProps) {
  const id = useId();
  const bandLabel = (band: Band) => {
    const key = `goalTree.band.${band.id}` as GoalTreeMessageKey;
    const text = t(key);
    return text === key ? band.label : text;
  };
  return (
    <div className="ns-goal-tree-toolbar" role="search" aria-label={label}>
      <label className="ns-goal-tree-filter">
        <span className="ns-goal-tree-filter-label">{t('goalTree.search')}</span>
        <input
          type="search"
          className="ns-goal-tree-input"
          value={filter.text ?? ''}
          onChange={(event) => onFilterChange({ ...filter, text: event.target.value })}
        />
      </label>
      <label className="ns-goal-tree-filter">
        <span className="ns-goal-tree-filter-label">{t('goalTree.filterOwner')}</span>
        <select
          className="ns-goal-tree-input"
          value={filter.ownerIds?.[0] ?? ''}
          onChange={(event) => onFilterChange({ ...filter, ownerIds: single(event.target.value) })}
        >
          <option value="">{t('goalTree.filterAll')}</option>
          {owners.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.name}
            </option>
          ))}
        </select>
      </label>
      <label className="ns-goal-tree-filter">
        <span className="ns-goal-tree-filter-label">{t('goalTree.filterBand')}</span>
        <select
          className="ns-goal-tree-input"
          value={filter.bandIds?.[0] ?? ''}
          onChange={(event) => onFilterChange({ ...filter, bandIds: single(event.target.value) })}
        >
          <option value="">{t('goalTree.filterAll')}</option>
          {bands.map((band) => (
            <option key={band.id} value={band.id}>
              {bandLabel(band)}
            </option>
          ))}
          <option value="none">{t('goalTree.band.none')}</option>
        </select>
      </label>
      <label className="ns-goal-tree-filter">
        <span className="ns-goal-tree-filter-label">{t('goalTree.filterLevel')}</span>
        <select
          className="ns-goal-tree-input"
          value={filter.levels?.[0] ?? ''}
          onChange={(event) => onFilterChange({ ...filter, levels: single<GoalLevel>(event.target.value) })}
        >
          <option value="">{t('goalTree.filterAll')}</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`goalTree.level.${level}` as GoalTreeMessageKey)}
            </option>
          ))}
        </select>
      </label>
      <output className="ns-goal-tree-matches" aria-live="polite" id={`${id}-matches`}>
        {matchText ?? ''}
      </output>
    </div>
  );
}
