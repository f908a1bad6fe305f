import { type ComponentType, type CSSProperties, memo, type ReactNode } from 'react';
import type { GoalTreeRow } from './describeGoalRow.js';
import type { GoalTreeColumnId } from './goalTree.types.js';
import type { GoalTreeMessageKey } from './goalTreeMessages.js';

/**
 * Props of one row of the tree grid.
 *
 * @example
 * <GoalTreeRowView row={row} top={0} height={52} columns={['progress']} active selected={false} … />
 */
export interface GoalTreeRowViewProps {
  row: GoalTreeRow;
  top: number;
  height: number;
  columns: readonly GoalTreeColumnId[];
  active: boolean;
  activeCell: number;
  selected: boolean;
  canCheckIn: boolean;
  canAlign: boolean;
  /** The drag-and-drop row, once its chunk has loaded and a DndContext is mounted; plain rows without it. */
  dndRow?: ComponentType<GoalTreeRowViewProps> | undefined;
  /** The row being dragged over, and whether a drop there would be refused (a cycle). */
  dropState: 'none' | 'over' | 'refused';
  t: (key: GoalTreeMessageKey, params?: Readonly<Record<string, string | number>>) => string;
  onToggle: (index: number) => void;
  onSelect: (index: number) => void;
  onCheckIn: (index: number) => void;
  onAlign: (index: number) => void;
  onFocusCell: (index: number, cell: number) => void;
  /** Prefix of the ids inside the rows (unique per tree). */
  idBase: string;
}

/** The row's buttons, in cell-navigation order. */
export function rowActions(
  row: GoalTreeRow,
  canCheckIn: boolean,
  canAlign: boolean,
): Array<'checkIn' | 'align'> {
  if (row.kind !== 'goal') return [];
  const actions: Array<'checkIn' | 'align'> = [];
  if (canCheckIn && row.measurable) actions.push('checkIn');
  if (canAlign && row.level > 1) actions.push('align');
  return actions;
}

function Title({ row }: { row: GoalTreeRow }): ReactNode {
  if (!row.match) return row.title;
  const [start, end] = row.match;
  return (
    <>
      {row.title.slice(0, start)}
      <mark className="ns-goal-tree-match">{row.title.slice(start, end)}</mark>
      {row.title.slice(end)}
    </>
  );
}

function Cell({
  column,
  row,
  t,
}: {
  column: GoalTreeColumnId;
  row: GoalTreeRow;
  t: GoalTreeRowViewProps['t'];
}) {
  switch (column) {
    case 'progress': {
      const width = row.progress === null ? 0 : Math.min(Math.max(row.progress, 0), 1) * 100;
      return (
        <>
          <span className="ns-goal-tree-progress-line">
            <span className="ns-goal-tree-bar" aria-hidden="true">
              <span
                className="ns-goal-tree-bar-fill"
                data-tone={row.band?.tone ?? 'neutral'}
                style={{ inlineSize: `${width}%` }}
              />
            </span>
            <span className="ns-goal-tree-percent">{row.progressText}</span>
            {row.bandText ? (
              <span
                className="ns-goal-tree-band"
                data-tone={row.band?.tone ?? 'neutral'}
                title={row.bandText}
              >
                {row.bandText}
              </span>
            ) : null}
          </span>
          {row.coverageText ? (
            <span className="ns-goal-tree-coverage" title={row.coverageText}>
              {row.coverageText}
            </span>
          ) : null}
        </>
      );
    }
    case 'owner':
      return row.owner ? <span className="ns-goal-tree-owner-name">{row.owner.name}</span> : null;
    case 'due':
      return row.dueText ? <span title={row.dueText}>{row.dueRelative}</span> : null;
    case 'weight':
      return row.weightText ? <span>{row.weightText}</span> : null;
    case 'lastCheckIn':
      return row.lastCheckInText ? (
        <span title={row.lastCheckInText}>{row.lastCheckInRelative}</span>
      ) : (
        <span className="ns-goal-tree-muted">{t('goalTree.noCheckIn')}</span>
      );
    default:
      return null;
  }
}

/**
 * A row's markup (shared with the drag-and-drop row of GoalTreeDnd, which adds the handle and the drop target).
 *
 * @example
 * <RowBody {...rowProps} rowRef={drop.setNodeRef} handle={handle} />
 */
export function RowBody({
  row,
  top,
  height,
  columns,
  active,
  activeCell,
  selected,
  canCheckIn,
  canAlign,
  dropState,
  t,
  onToggle,
  onSelect,
  onCheckIn,
  onAlign,
  onFocusCell,
  rowRef,
  handle,
  dragging,
  idBase,
}: GoalTreeRowViewProps & {
  rowRef?: (node: HTMLElement | null) => void;
  handle?: ReactNode;
  dragging?: boolean;
}) {
  const style: CSSProperties = { transform: `translateY(${top}px)`, blockSize: height };
  const indent = {
    paddingInlineStart: `calc(${row.level - 1} * var(--ns-goal-tree-indent, 1.25rem) + 0.5rem)`,
  };
  const actions = rowActions(row, canCheckIn, canAlign);
  if (row.kind === 'loading') {
    return (
      <div
        role="row"
        className="ns-goal-tree-row"
        data-kind="loading"
        aria-level={row.level}
        aria-setsize={row.setsize}
        aria-posinset={row.posinset}
        aria-rowindex={row.index + 2}
        aria-busy="true"
        tabIndex={active ? 0 : -1}
        data-ns-row-index={row.index}
        style={style}
        onFocus={(event) => {
          if (event.target === event.currentTarget) onFocusCell(row.index, -1);
        }}
      >
        <div role="gridcell" className="ns-goal-tree-cell ns-goal-tree-title-cell" style={indent}>
          <span className="ns-goal-tree-spinner" aria-hidden="true" />
          {row.title}
        </div>
      </div>
    );
  }
  return (
    <div
      ref={rowRef}
      role="row"
      className="ns-goal-tree-row"
      aria-level={row.level}
      aria-setsize={row.setsize}
      aria-posinset={row.posinset}
      aria-expanded={row.expandable ? row.expanded : undefined}
      aria-selected={selected}
      aria-rowindex={row.index + 2}
      tabIndex={active && activeCell === -1 ? 0 : -1}
      data-ns-row-index={row.index}
      data-dimmed={row.dimmed ? '' : undefined}
      data-drop={dropState === 'none' ? undefined : dropState}
      data-dragging={dragging ? '' : undefined}
      data-band={row.band?.id}
      style={style}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocusCell(row.index, -1);
      }}
      onClick={() => onSelect(row.index)}
    >
      <div role="gridcell" className="ns-goal-tree-cell ns-goal-tree-title-cell" style={indent}>
        <span
          className="ns-goal-tree-toggle"
          aria-hidden="true"
          data-state={row.expandable ? (row.expanded ? 'open' : 'closed') : 'leaf'}
          onClick={(event) => {
            event.stopPropagation();
            onToggle(row.index);
          }}
        />
        {handle ??
          (row.level > 1 && canAlign ? (
            // Until dnd-kit's chunk is in: hovering or pressing the handle loads it (GoalTreeView).
            <span
              className="ns-goal-tree-handle"
              aria-hidden="true"
              title={t('goalTree.dragHandle', { title: row.title })}
            >
              ⠿
            </span>
          ) : null)}
        {row.owner ? (
          <span className="ns-goal-tree-avatar" aria-hidden="true">
            {row.owner.initials}
          </span>
        ) : null}
        <span className="ns-goal-tree-text">
          <span className="ns-goal-tree-name" id={`${idBase}-${row.index}-title`}>
            <Title row={row} />
          </span>
          <span className="ns-goal-tree-meta">
            {row.levelText ? <span className="ns-goal-tree-level">{row.levelText}</span> : null}
            {row.alsoAlignedText ? <span className="ns-goal-tree-also">{row.alsoAlignedText}</span> : null}
            <span className="ns-goal-tree-narrow-progress">{row.progressText}</span>
          </span>
        </span>
      </div>
      {columns.map((column) => (
        <div key={column} role="gridcell" className="ns-goal-tree-cell" data-column={column}>
          <Cell column={column} row={row} t={t} />
        </div>
      ))}
      <div role="gridcell" className="ns-goal-tree-cell" data-column="actions">
        {actions.map((action, cell) => (
          <button
            key={action}
            type="button"
            className="ns-goal-tree-button"
            data-size="small"
            tabIndex={active && activeCell === cell ? 0 : -1}
            data-ns-cell={cell}
            onFocus={() => onFocusCell(row.index, cell)}
            onClick={(event) => {
              event.stopPropagation();
              if (action === 'checkIn') onCheckIn(row.index);
              else onAlign(row.index);
            }}
            // The name is the visible text (WCAG 2.5.3); the goal's title describes which row it acts on.
            aria-describedby={`${idBase}-${row.index}-title`}
          >
            {action === 'checkIn' ? t('goalTree.checkIn') : t('goalTree.align')}
          </button>
        ))}
      </div>
    </div>
  );
}

/**
 * One row of the goal tree grid (or the loading row of a lazy branch), positioned by the virtualiser.
 *
 * @example
 * <GoalTreeRowView {...rowProps} />
 */
export const GoalTreeRowView = memo(function GoalTreeRowView(props: GoalTreeRowViewProps) {
  const DndRow = props.dndRow;
  return DndRow && props.row.kind === 'goal' ? <DndRow {...props} /> : <RowBody {...props} />;
});
