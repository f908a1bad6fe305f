import { memo, useCallback } from 'react';
import type { NineBoxBoxView, NineBoxPersonView } from './nineBox.types.js';
import type { NineBoxTranslate } from './nineBoxText.types.js';
import { PersonCard, type PersonCardComponent } from './PersonCard.js';

/**
 * Props of one box of the grid. Everything is per box (the moving id only for the box that holds it), so a move
 * re-renders the boxes it touches and no other.
 *
 * @example
 * <NineBoxCell box={box} active over={false} … />
 */
export interface NineBoxCellProps {
  box: NineBoxBoxView;
  /** The box in the tab order (roving focus). */
  active: boolean;
  /** The box a keyboard move is currently over. */
  over: boolean;
  /** The person of the current move, when they are in this box. */
  movingId: string | undefined;
  pending: ReadonlySet<string>;
  canMove: boolean;
  t: NineBoxTranslate;
  percent: (value: number) => string;
  /** The roving-focus ref of this box (stable per box). */
  cellRef: (element: HTMLElement | null) => void;
  onFocusBox: (id: string) => void;
  onStartMove: (person: NineBoxPersonView) => void;
  onOpenDrill: (box: number) => void;
}

/**
 * What dnd-kit's `useDroppable` gives a box (from the lazily loaded drag chunk), and the card it renders then.
 *
 * @example
 * <NineBoxCellView {...props} drop={{ setNodeRef, isOver, Card: DraggablePersonCard }} />
 */
export interface NineBoxCellDrop {
  setNodeRef: (element: HTMLElement | null) => void;
  isOver: boolean;
  Card: PersonCardComponent;
}

/**
 * One `gridcell`, named by its content: the box title first (what sighted users read), then levels, count and share
 * ("Core player — Medium potential, medium performance: 12 people, 10%"), then the first cards and a "+N more"
 * button opening the drill-down. A dnd-kit drop target when moves are allowed.
 *
 * @example
 * <NineBoxCell box={model.boxes[4]!} active over={false} movingId={undefined} pending={new Set()} canMove t={t} … />
 */
export const NineBoxCell = memo(function NineBoxCell(props: NineBoxCellProps) {
  return <NineBoxCellView {...props} />;
});

/**
 * The box's markup, a dnd-kit drop target with draggable cards when the drag chunk is in (`drop`).
 *
 * @example
 * <NineBoxCellView {...cellProps} drop={drop} />
 */
export function NineBoxCellView({
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
  drop,
}: NineBoxCellProps & { drop?: NineBoxCellDrop }) {
  const setNodeRef = drop?.setNodeRef;
  const isOver = drop?.isOver ?? false;
  const Card = drop?.Card ?? PersonCard;
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      cellRef(element);
      setNodeRef?.(element);
    },
    [cellRef, setNodeRef],
  );
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
      ref={ref}
      className="ns-nine-box-cell"
      aria-selected={over || undefined}
      tabIndex={active ? 0 : -1}
      data-ns-active={active ? '' : undefined}
      data-box={box.box}
      data-over={over || isOver ? '' : undefined}
      data-target={deviation}
      style={box.color ? { borderBlockStartColor: box.color } : undefined}
      onFocus={() => onFocusBox(String(box.box))}
    >
      {/* The name leads the cell's content, so it is what a screen reader says first; it starts with the visible
          title, and the visible head repeats it for sighted users (WCAG 2.5.3: the visible label is in the name). */}
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
            <Card
              key={person.id}
              person={person}
              tabbable={active}
              canMove={canMove}
              moving={person.id === movingId}
              pending={pending.has(person.id)}
              moveText={t('nineBox.moveTo')}
              dragText={t('nineBox.dragHandle', { name: person.name })}
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
}
