import type { Goal, Rollup } from '@northstar/core';
import { useState } from 'react';
import { usePreferences } from '../prefs/PreferencesContext';
import { CheckInForm } from './CheckInForm';
import { ProgressText } from './ProgressText';

interface GoalOutlineProps {
  roots: readonly Goal[];
  childrenOf: ReadonlyMap<string | null, Goal[]>;
  progressOf: Rollup;
  /** Goals whose check-in form is offered (the viewer's own key results). */
  canCheckIn?: (goal: Goal) => boolean;
  /** Ids expanded at first render. */
  defaultExpanded?: readonly string[];
  label: string;
}

/**
 * The portal's placeholder goal tree (until @northstar/react/goal-tree is merged here): nested lists with
 * disclosure buttons, progress from core's rollup, and check-in forms on the viewer's key results.
 */
export function GoalOutline({
  roots,
  childrenOf,
  progressOf,
  canCheckIn,
  defaultExpanded,
  label,
}: GoalOutlineProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(defaultExpanded));
  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <ul className="acme-outline" aria-label={label}>
      {roots.map((g) => (
        <GoalItem
          key={g.id}
          goal={g}
          depth={0}
          expanded={expanded}
          toggle={toggle}
          childrenOf={childrenOf}
          progressOf={progressOf}
          canCheckIn={canCheckIn}
        />
      ))}
    </ul>
  );
}

interface GoalItemProps extends Pick<GoalOutlineProps, 'childrenOf' | 'progressOf' | 'canCheckIn'> {
  goal: Goal;
  depth: number;
  expanded: ReadonlySet<string>;
  toggle(id: string): void;
}

function GoalItem({ goal, depth, expanded, toggle, childrenOf, progressOf, canCheckIn }: GoalItemProps) {
  const { t } = usePreferences();
  const kids = childrenOf.get(goal.id) ?? [];
  const open = expanded.has(goal.id);
  const offerCheckIn = canCheckIn?.(goal) && goal.metric && goal.metric.kind !== 'binary';
  return (
    <li className="acme-outline-item" data-goal-id={goal.id} data-level={goal.level}>
      <div className="acme-outline-row">
        {kids.length > 0 ? (
          <button
            type="button"
            className="acme-outline-toggle"
            aria-expanded={open}
            aria-label={t(open ? 'goals.collapse' : 'goals.expand', { goal: goal.title })}
            onClick={() => toggle(goal.id)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="acme-outline-spacer" aria-hidden="true" />
        )}
        <span className="acme-outline-title">
          {goal.level && <span className="acme-tag">{t(`level.${goal.level}`)}</span>}
          {goal.title}
        </span>
        <ProgressText value={progressOf.value(goal.id)} />
      </div>
      {offerCheckIn && <CheckInForm goal={goal} />}
      {open && kids.length > 0 && (
        <ul className="acme-outline-children">
          {kids.map((k) => (
            <GoalItem
              key={k.id}
              goal={k}
              depth={depth + 1}
              expanded={expanded}
              toggle={toggle}
              childrenOf={childrenOf}
              progressOf={progressOf}
              canCheckIn={canCheckIn}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
