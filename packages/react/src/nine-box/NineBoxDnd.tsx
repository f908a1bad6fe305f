import {
  type Announcements,
  type CollisionDetection,
  closestCenter,
  DndContext,
  type DragCancelEvent,
  type DragEndEvent,
  type DragOverEvent,
  DragOverlay,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  type UniqueIdentifier,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { memo, type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { type MoveGrid, stepBox } from './moveMachine.js';
import { type NineBoxCellProps, NineBoxCellView } from './NineBoxCell.js';
import type { NineBoxModel } from './nineBox.types.js';
import type { NineBoxTranslate } from './nineBoxText.types.js';
import { type PersonCardProps, PersonCardView } from './PersonCard.js';

const BOX_PREFIX = 'ns-nine-box-';

/**
 * The dnd-kit droppable id of a box.
 *
 * @example
 * useDroppable({ id: droppableIdOf(5) });
 */
export function droppableIdOf(box: number): string {
  return `${BOX_PREFIX}${box}`;
}

function boxOf(id: UniqueIdentifier | undefined | null): number | null {
  if (typeof id !== 'string' || !id.startsWith(BOX_PREFIX)) return null;
  const box = Number(id.slice(BOX_PREFIX.length));
  return Number.isInteger(box) ? box : null;
}

const ARROW_CODES: Readonly<Record<string, 'up' | 'down' | 'left' | 'right'>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

// A pointer drops on the box under it; the keyboard sensor has no pointer, so it takes the box its card is centred on.
const collisionDetection: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args);

// Space/Enter pick up and drop; Escape and Tab cancel (Tab would otherwise drop wherever the card happens to be).
const KEYBOARD_CODES = { start: ['Space', 'Enter'], cancel: ['Escape', 'Tab'], end: ['Space', 'Enter'] };

// A pointer drag starts after 4 px, so a click on the card's buttons stays a click.
const POINTER_OPTIONS = { activationConstraint: { distance: 4 } };

const quiet = () => undefined;
const SILENT: Announcements = {
  onDragStart: quiet,
  onDragMove: quiet,
  onDragOver: quiet,
  onDragEnd: quiet,
  onDragCancel: quiet,
};

/**
 * Props of the grid's drag and drop layer.
 *
 * @example
 * <NineBoxDnd enabled model={model} grid={grid} t={t} titleOf={titleOf} onDrop={drop}>{grid}</NineBoxDnd>
 */
export interface NineBoxDndProps {
  /** Moves allowed: without it, no drag machinery is mounted. */
  enabled: boolean;
  model: NineBoxModel;
  grid: MoveGrid;
  t: NineBoxTranslate;
  titleOf: (box: number | null) => string;
  /** A card dropped on another box (opens the reason dialog). */
  onDrop: (personId: string, fromBox: number | null, box: number) => void;
  /** Says a drag step in the grid's live region. */
  announce: (text: string) => void;
  /** Where dnd-kit puts its (silent) live region and instructions: an aria-hidden element inside the widget. */
  container: HTMLElement | null;
  children: ReactNode;
}

/**
 * Pointer and keyboard drag and drop over the grid's boxes through dnd-kit: a pointer drag starts after 4 px (so a
 * click on the card's buttons stays a click), the keyboard sensor starts on a card's drag handle and steps box by box
 * with the arrow keys, and every step is announced in the grid's live region through the catalogues ("Picked up Ada
 * Lovelace in Core player.", "Ada Lovelace is over Star.", "Dropped Ada Lovelace on Star.", "Move of … cancelled.").
 *
 * @example
 * <NineBoxDnd enabled={canMove} model={model} grid={grid} t={t} titleOf={titleOf} onDrop={drop} container={root}>…</NineBoxDnd>
 */
export function NineBoxDnd(props: NineBoxDndProps) {
  return props.enabled ? <ActiveDnd {...props} /> : props.children;
}

/**
 * A person card that dnd-kit can drag: the whole card by pointer (after 4 px), its handle by keyboard.
 *
 * @example
 * <DraggablePersonCard person={person} tabbable canMove moving={false} pending={false} moveText="Move to…" dragText="Drag Ada" onStartMove={start} />
 */
export const DraggablePersonCard = memo(function DraggablePersonCard(props: PersonCardProps) {
  const drag = useDraggable({ id: props.person.id, disabled: !props.canMove });
  return <PersonCardView {...props} drag={drag} />;
});

/**
 * A box that is a dnd-kit drop target, rendering draggable cards.
 *
 * @example
 * <DroppableNineBoxCell {...cellProps} />
 */
export const DroppableNineBoxCell = memo(function DroppableNineBoxCell(props: NineBoxCellProps) {
  const { setNodeRef, isOver } = useDroppable({ id: droppableIdOf(props.box.box), disabled: !props.canMove });
  return <NineBoxCellView {...props} drop={{ setNodeRef, isOver, Card: DraggablePersonCard }} />;
});

function ActiveDnd({ model, grid, t, titleOf, onDrop, announce, container, children }: NineBoxDndProps) {
  const id = useId();
  // dnd-kit calls the sensors and announcements it captured when the drag started: read the latest through a ref.
  const latest = useRef({ model, grid, t, titleOf, onDrop });
  latest.current = { model, grid, t, titleOf, onDrop };
  const [activeId, setActiveId] = useState<string | null>(null);
  // The box last announced, so a pick-up is not drowned by "over its own box" and a box is said once per visit.
  const lastOver = useRef<number | null>(null);

  const coordinateGetter = useMemo<KeyboardCoordinateGetter>(
    () =>
      (event, { active, context }) => {
        const direction = ARROW_CODES[event.code];
        if (!direction) return undefined;
        event.preventDefault();
        const { collisionRect, droppableRects, over } = context;
        const { columns, rows } = latest.current.grid;
        // From the box the card is over; an unplaced card not yet over one starts from the middle box.
        const from =
          boxOf(over?.id) ??
          latest.current.model.byId.get(String(active))?.box ??
          Math.floor(rows / 2) * columns + Math.floor(columns / 2) + 1;
        const rect = droppableRects.get(droppableIdOf(stepBox(from, direction, latest.current.grid)));
        if (!rect || !collisionRect) return undefined;
        // Centre the dragged card on the next box: closest-centre collision then names exactly that box.
        return {
          x: rect.left + rect.width / 2 - collisionRect.width / 2,
          y: rect.top + rect.height / 2 - collisionRect.height / 2,
        };
      },
    [],
  );
  // Stable options: dnd-kit memoises each sensor on its options object, and a new sensor list gives every draggable
  // and droppable a new context, i.e. re-renders all cards and boxes on every render of the grid.
  const keyboardOptions = useMemo(
    () => ({ coordinateGetter, keyboardCodes: KEYBOARD_CODES }),
    [coordinateGetter],
  );
  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(KeyboardSensor, keyboardOptions),
  );

  const nameOf = (person: UniqueIdentifier) =>
    latest.current.model.byId.get(String(person))?.name ?? String(person);
  const fromOf = (person: UniqueIdentifier) => latest.current.model.byId.get(String(person))?.box ?? null;
  // One live region per widget: drag steps are announced in the grid's own polite region (through the catalogues),
  // so dnd-kit's region stays silent and its instructions sit in a container hidden from the accessibility tree
  // (still read as the handles' description).
  const accessibility = useMemo(
    () => ({
      announcements: SILENT,
      screenReaderInstructions: { draggable: t('nineBox.dragInstructions') },
      // The reason dialog takes focus after a drop; dnd-kit must not pull it back to the handle.
      restoreFocus: false,
      ...(container ? { container } : {}),
    }),
    [t, container],
  );

  const onDragStart = (event: DragStartEvent) => {
    setActiveId(String(event.active.id));
    lastOver.current = fromOf(event.active.id);
    announce(
      t('nineBox.dragStart', { name: nameOf(event.active.id), box: titleOf(fromOf(event.active.id)) }),
    );
  };
  const onDragOver = (event: DragOverEvent) => {
    const box = boxOf(event.over?.id);
    if (box === lastOver.current) return;
    lastOver.current = box;
    const name = nameOf(event.active.id);
    announce(
      box === null ? t('nineBox.dragOverNone', { name }) : t('nineBox.dragOver', { name, box: titleOf(box) }),
    );
  };
  const onDragCancel = (event: DragCancelEvent) => {
    setActiveId(null);
    announce(t('nineBox.moveCancelled', { name: nameOf(event.active.id) }));
  };
  const onDragEnd = (event: DragEndEvent) => {
    setActiveId(null);
    const personId = String(event.active.id);
    const box = boxOf(event.over?.id);
    const person = latest.current.model.byId.get(personId);
    if (box === null || !person || box === person.box) {
      announce(t('nineBox.moveCancelled', { name: nameOf(personId) }));
      return;
    }
    announce(t('nineBox.dragDrop', { name: person.name, box: titleOf(box) }));
    latest.current.onDrop(personId, person.box, box);
  };
  const dragged = activeId === null ? undefined : model.byId.get(activeId);

  return (
    <DndContext
      id={id}
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {dragged ? (
          <div className="ns-nine-box-card" data-state="dragging" aria-hidden="true">
            <span className="ns-nine-box-card-text">
              <bdi className="ns-nine-box-card-name">{dragged.name}</bdi>
            </span>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
