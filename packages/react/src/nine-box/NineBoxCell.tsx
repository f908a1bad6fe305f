import { memo, useState } from 'react';
import type { NineBoxBoxView, NineBoxPersonView } from './nineBox.types.js';
import type { NineBoxTranslate } from './nineBoxText.types.js';
import { PersonCard } from './PersonCard.js';

/**
 * Props of one box of the grid.
 *
 * @example
 * <NineBoxCell box={box} active over={false} … />
 */
export interface NineBoxCellProps {
  box: NineBoxBoxView;
  /** The box in the tab order (roving focus). */
  active: boolean;
  /** The box a move is currently over. */
  over: boolean;
  movingId: string | undefined;
  pending: ReadonlySet<string>;
  canMove: boolean;
  t: NineBoxTranslate;
  percent: (value: number) => string;
  cellRef: (box: number, element: HTMLDivElement | null) => void;
  onFocusBox: (box: number) => void;
  onStartMove: (person: NineBoxPersonView) => void;
  onOpenDrill: (box: number) => void;
  onDropPerson: (personId: string, box: number) => void;
}

/**
 * One `gridcell`, its content led by its levels, count and share ("High potential, medium performance: 12 people, 10%"), with
 * the box title, the target overlay, the first cards and a "+N more" button opening the drill-down.
 *
 * @example
 * <NineBoxCell box={model.boxes[4]!} active over={false} movingId={undefined} pending={new Set()} canMove t={t} … />
 */
export const NineBoxCell = memo(function NineBoxCell({
  box,
  active,
  over,
  movingId,
  pending,
  canMove,
  t,
  percent,
  cellRef,
  onFocusBox,
  onStartMove,
  onOpenDrill,
  onDropPerson,
}: NineBoxCellProps) {
  const [dragOver, setDragOver] = useState(false);
  const deviation =
    box.deviation === null
      ? undefined
      : box.deviation > 0.05
        ? 'over'
        : box.deviation < -0.05
          ? 'under'
          : 'on';
  return (
    // biome-ignore lint/a11y/useSemanticElements: a box of cards laid out by CSS grid, in the WAI-ARIA layout-grid pattern, not a data table cell
    <div
      role="gridcell"
      ref={(element) => cellRef(box.box, element)}
      className="ns-nine-box-cell"
      aria-selected={over || undefined}
      tabIndex={active ? 0 : -1}
      data-box={box.box}
      data-over={over || dragOver ? '' : undefined}
      data-target={deviation}
      style={box.color ? { borderBlockStartColor: box.color } : undefined}
      onFocus={(event) => {
        if (event.target === event.currentTarget || event.currentTarget.contains(event.target))
          onFocusBox(box.box);
      }}
      onDragOver={
        canMove
          ? (event) => {
              event.preventDefault();
              event.dataTransfer.dropEffect = 'move';
              if (!dragOver) setDragOver(true);
            }
          : undefined
      }
      onDragLeave={canMove ? () => setDragOver(false) : undefined}
      onDrop={
        canMove
          ? (event) => {
              event.preventDefault();
              setDragOver(false);
              const id = event.dataTransfer.getData('text/plain');
              if (id) onDropPerson(id, box.box);
            }
          : undefined
      }
    >
      {/* The name comes first in the cell's content, so it leads what a screen reader says; the visible head repeats
          it for sighted users (a hidden aria-label would not match the visible text, WCAG 2.5.3). */}
      <span className="ns-nine-box-visually-hidden">{box.name}</span>
      <div className="ns-nine-box-cell-head" aria-hidden="true">
        <span className="ns-nine-box-cell-title">{box.title}</span>
        <span className="ns-nine-box-cell-count">
          {t('nineBox.count', { count: box.count })}
          {box.share !== null ? ` · ${percent(box.share)}` : ''}
        </span>
        {box.targetShare !== null ? (
          <span className="ns-nine-box-cell-target">
            {t('calibration.target', { share: percent(box.targetShare) })}
          </span>
        ) : null}
      </div>
      {box.visible.length > 0 ? (
        <ul className="ns-nine-box-cards">
          {box.visible.map((person) => (
            <PersonCard
              key={person.id}
              person={person}
              tabbable={active}
              canMove={canMove}
              moving={person.id === movingId}
              pending={pending.has(person.id)}
              moveText={t('nineBox.moveTo')}
              onStartMove={onStartMove}
            />
          ))}
        </ul>
      ) : null}
      {box.overflowText !== null ? (
        <button
          type="button"
          className="ns-nine-box-more"
          tabIndex={active ? 0 : -1}
          onClick={() => onOpenDrill(box.box)}
        >
          {box.overflowText}
        </button>
      ) : null}
    </div>
  );
});
