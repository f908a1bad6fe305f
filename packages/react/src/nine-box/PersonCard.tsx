import { memo } from 'react';
import type { NineBoxPersonView } from './nineBox.types.js';

/**
 * Props of one person card.
 *
 * @example
 * <PersonCard person={p} tabbable moveText="Move to…" canMove onStartMove={start} />
 */
export interface PersonCardProps {
  person: NineBoxPersonView;
  /** Cards of the active box are in the tab order; the others are reached through their box. */
  tabbable: boolean;
  canMove: boolean;
  moving: boolean;
  pending: boolean;
  moveText: string;
  onStartMove: (person: NineBoxPersonView) => void;
}

/**
 * A focusable card with the person's photo or initials, name and title/department, and a "Move to…" button; draggable
 * with a mouse (native HTML drag and drop) when moves are allowed.
 *
 * @example
 * <PersonCard person={person} tabbable canMove moving={false} pending={false} moveText="Move to…" onStartMove={start} />
 */
export const PersonCard = memo(function PersonCard({
  person,
  tabbable,
  canMove,
  moving,
  pending,
  moveText,
  onStartMove,
}: PersonCardProps) {
  const detail = [person.title, person.department].filter(Boolean).join(' · ');
  return (
    <li
      className="ns-nine-box-card"
      data-person-id={person.id}
      data-state={moving ? 'moving' : pending ? 'pending' : undefined}
      tabIndex={tabbable ? 0 : -1}
      draggable={canMove}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', person.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      aria-busy={pending || undefined}
    >
      {person.avatarUrl ? (
        <img className="ns-nine-box-avatar" src={person.avatarUrl} alt="" />
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
        <button
          type="button"
          className="ns-nine-box-move"
          tabIndex={tabbable ? 0 : -1}
          onClick={() => onStartMove(person)}
        >
          {moveText}
          <span className="ns-nine-box-visually-hidden"> {person.name}</span>
        </button>
      ) : null}
    </li>
  );
});
