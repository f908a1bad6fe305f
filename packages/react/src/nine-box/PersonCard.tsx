import {
  type ComponentType,
  type HTMLAttributes,
  type KeyboardEventHandler,
  memo,
  type PointerEventHandler,
} from 'react';
import type { NineBoxPersonView } from './nineBox.types.js';

/**
 * Props of one person card.
 *
 * @example
 * <PersonCard person={p} tabbable moveText="Move to…" dragText="Drag Ada Lovelace" canMove onStartMove={start} />
 */
export interface PersonCardProps {
  person: NineBoxPersonView;
  /** Cards of the active box are in the tab order; the others are reached through their box. */
  tabbable: boolean;
  canMove: boolean;
  moving: boolean;
  pending: boolean;
  moveText: string;
  /** The drag handle's accessible name ("Drag Ada Lovelace"). */
  dragText: string;
  onStartMove: (person: NineBoxPersonView) => void;
}

/**
 * What dnd-kit's `useDraggable` gives a card (from the lazily loaded drag chunk); absent until it is in.
 *
 * @example
 * <PersonCardView {...props} drag={useDraggable({ id: props.person.id })} />
 */
export interface PersonCardDrag {
  setNodeRef: (element: HTMLElement | null) => void;
  setActivatorNodeRef: (element: HTMLElement | null) => void;
  listeners: Record<string, unknown> | undefined;
  attributes: HTMLAttributes<HTMLElement>;
  isDragging: boolean;
}

/** The card component a box renders: the plain one, or the draggable one once dnd-kit is loaded. */
export type PersonCardComponent = ComponentType<PersonCardProps>;

/**
 * A focusable card with the person's photo or initials, name and title/department, a "Move to…" button and, when
 * moves are allowed, a dnd-kit draggable: a pointer drags the whole card (after 4 px, so its buttons still click) and
 * the keyboard drags from its handle (Space or Enter, arrows, Space or Enter).
 *
 * @example
 * <PersonCard person={person} tabbable canMove moving={false} pending={false} moveText="Move to…" dragText="Drag Ada" onStartMove={start} />
 */
export const PersonCard = memo(function PersonCard(props: PersonCardProps) {
  return <PersonCardView {...props} />;
});

/**
 * The card's markup, with dnd-kit's draggable props when the drag chunk is in (`drag`); without them the handle is
 * a plain button whose focus or pointer makes the grid load that chunk.
 *
 * @example
 * <PersonCardView person={person} tabbable canMove moving={false} pending={false} moveText="Move to…" dragText="Drag Ada" onStartMove={start} drag={drag} />
 */
export function PersonCardView({
  person,
  tabbable,
  canMove,
  moving,
  pending,
  moveText,
  dragText,
  onStartMove,
  drag,
}: PersonCardProps & { drag?: PersonCardDrag }) {
  const listeners = drag?.listeners;
  const isDragging = drag?.isDragging ?? false;
  // dnd-kit types its listeners as plain functions; each is a React event handler for its event name.
  const onPointerDown = listeners?.onPointerDown as PointerEventHandler<HTMLLIElement> | undefined;
  const onHandleKeyDown = listeners?.onKeyDown as KeyboardEventHandler<HTMLButtonElement> | undefined;
  const detail = [person.title, person.department].filter(Boolean).join(' · ');
  return (
    <li
      ref={drag?.setNodeRef}
      className="ns-nine-box-card"
      data-person-id={person.id}
      data-state={isDragging || moving ? 'moving' : pending ? 'pending' : undefined}
      tabIndex={tabbable ? 0 : -1}
      data-draggable={canMove ? '' : undefined}
      onPointerDown={canMove ? onPointerDown : undefined}
      aria-busy={pending || undefined}
    >
      {person.avatarUrl ? (
        <img className="ns-nine-box-avatar" src={person.avatarUrl} alt="" draggable={false} />
      ) : (
        <span className="ns-nine-box-avatar" aria-hidden="true">
          {person.initials}
        </span>
      )}
      <span className="ns-nine-box-card-text">
        {/* bdi: a name in another script keeps its own direction (and its start visible when truncated). */}
        <bdi className="ns-nine-box-card-name">{person.name}</bdi>
        {detail ? <bdi className="ns-nine-box-card-detail">{detail}</bdi> : null}
      </span>
      {canMove ? (
        <>
          <button
            type="button"
            className="ns-nine-box-move"
            tabIndex={tabbable ? 0 : -1}
            onClick={() => onStartMove(person)}
          >
            {moveText}
            <span className="ns-nine-box-visually-hidden"> {person.name}</span>
          </button>
          <button
            type="button"
            ref={drag?.setActivatorNodeRef}
            className="ns-nine-box-handle"
            {...drag?.attributes}
            tabIndex={tabbable ? 0 : -1}
            onKeyDown={onHandleKeyDown}
          >
            <span aria-hidden="true">⠿</span>
            <span className="ns-nine-box-visually-hidden">{dragText}</span>
          </button>
        </>
      ) : null}
    </li>
  );
}
