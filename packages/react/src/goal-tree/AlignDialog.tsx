import type { Goal } from '@northstar/core';
import * as Dialog from '@radix-ui/react-dialog';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useFormatters } from '../i18n/useFormatters.js';
import { parentEdgesOf } from './buildGoalGraph.js';
import { GoalTreeDialogFrame } from './GoalTreeDialogFrame.js';
import { descendantsOf } from './goalEdits.js';
import type { GoalGraph } from './goalGraph.types.js';
import type { GoalTreeMessageKey } from './goalTreeMessages.js';
import { parseLocaleNumber } from './parseCheckInValue.js';

/** How many candidates the list shows at once; the search narrows the rest. */
const MAX_CANDIDATES = 50;

/**
 * Props of {@link AlignDialog}.
 *
 * @example
 * <AlignDialog goalId="g-0009" fromParentId="g-0004" graph={graph} onAlign={align} onOpenChange={close} t={t} />
 */
export interface AlignDialogProps {
  /** The goal being re-aligned; the dialog is open while it is set. */
  goalId: string | undefined;
  /** The parent of the row it was opened from: the edge that moves (other edges stay). */
  fromParentId: string | undefined;
  graph: GoalGraph | undefined;
  /** Returns a refusal message (core's cycle check) to show, or null when the move went ahead. */
  onAlign: (
    goalId: string,
    fromParentId: string | undefined,
    toParentId: string,
    weight: number | undefined,
  ) => string | null;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus?: (event: Event) => void;
  t: (key: GoalTreeMessageKey, params?: Readonly<Record<string, string | number>>) => string;
}

/**
 * "Align to…": a searchable list of candidate parents (a radio group, so it works by keyboard alone) with the edge
 * weight; goals aligned under the moving goal are listed as unavailable (they would form a cycle), and core's
 * cycle check runs again before anything is sent.
 *
 * @example
 * <AlignDialog goalId={moving} fromParentId={parent} graph={graph} onAlign={align} onOpenChange={setOpen} t={t} />
 */
export function AlignDialog(props: AlignDialogProps) {
  return (
    <GoalTreeDialogFrame
      open={props.goalId !== undefined}
      onOpenChange={props.onOpenChange}
      onCloseAutoFocus={props.onCloseAutoFocus}
    >
      {props.goalId && props.graph ? (
        <AlignForm {...props} goalId={props.goalId} graph={props.graph} />
      ) : null}
    </GoalTreeDialogFrame>
  );
}

function AlignForm({
  goalId,
  fromParentId,
  graph,
  onAlign,
  onOpenChange,
  t,
}: AlignDialogProps & { goalId: string; graph: GoalGraph }) {
  const formatters = useFormatters();
  const id = useId();
  const [query, setQuery] = useState('');
  const [choice, setChoice] = useState<string | null>(null);
  const [weightText, setWeightText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const goal = graph.goals[graph.index.get(goalId)!]!;
  const below = useMemo(() => descendantsOf(graph, goalId), [graph, goalId]);
  const currentParents = useMemo(() => new Set(parentEdgesOf(goal).map((edge) => edge.id)), [goal]);

  const candidates = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase(formatters.locale);
    const out: Array<{ goal: Goal; blocked: boolean }> = [];
    for (let i = 0; i < graph.goals.length && out.length < MAX_CANDIDATES; i += 1) {
      const candidate = graph.goals[i]!;
      if (candidate.id === goalId || candidate.level === 'key-result') continue;
      if (needle && !candidate.title.toLocaleLowerCase(formatters.locale).includes(needle)) continue;
      out.push({ goal: candidate, blocked: below.has(i) });
    }
    return out;
  }, [graph, goalId, query, below, formatters.locale]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice === null) {
      setError(t('goalTree.alignPick'));
      return;
    }
    let weight: number | undefined;
    if (weightText.trim() !== '') {
      weight = parseLocaleNumber(weightText, formatters.locale);
      if (!Number.isFinite(weight) || weight < 0) {
        setError(t('goalTree.errorNumber', { example: formatters.number(0.5) }));
        return;
      }
    }
    const refused = onAlign(goalId, fromParentId, choice, weight);
    if (refused !== null) setError(refused);
  };

  return (
    <form onSubmit={submit} noValidate className="ns-goal-tree-form">
      <Dialog.Title className="ns-goal-tree-dialog-title">
        {t('goalTree.alignTitle', { title: goal.title })}
      </Dialog.Title>
      <Dialog.Description className="ns-goal-tree-hint">
        {t('goalTree.alignGoal', { title: goal.title })}
      </Dialog.Description>
      <label className="ns-goal-tree-field" htmlFor={`${id}-search`}>
        {t('goalTree.alignSearch')}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        className="ns-goal-tree-input"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <fieldset className="ns-goal-tree-candidates">
        <legend>{t('goalTree.alignCandidates')}</legend>
        {candidates.length === 0 ? <p>{t('goalTree.alignNone')}</p> : null}
        {candidates.map(({ goal: candidate, blocked }) => {
          const note = blocked
            ? t('goalTree.alignBelow', { title: goal.title })
            : currentParents.has(candidate.id)
              ? t('goalTree.alignCurrent')
              : candidate.level
                ? t(`goalTree.level.${candidate.level}` as GoalTreeMessageKey)
                : '';
          return (
            <label
              key={candidate.id}
              className="ns-goal-tree-candidate"
              data-blocked={blocked ? '' : undefined}
            >
              <input
                type="radio"
                name={`${id}-parent`}
                value={candidate.id}
                checked={choice === candidate.id}
                disabled={blocked}
                onChange={() => {
                  setError(null);
                  setChoice(candidate.id);
                }}
              />
              <span>{candidate.title}</span>
              {note ? <span className="ns-goal-tree-candidate-note"> · {note}</span> : null}
            </label>
          );
        })}
      </fieldset>
      <label className="ns-goal-tree-field" htmlFor={`${id}-weight`}>
        {t('goalTree.alignWeight')}
      </label>
      <input
        id={`${id}-weight`}
        className="ns-goal-tree-input"
        inputMode="decimal"
        value={weightText}
        onChange={(event) => setWeightText(event.target.value)}
      />
      {error !== null && (
        <p className="ns-goal-tree-field-error" role="alert">
          {error}
        </p>
      )}
      <div className="ns-goal-tree-dialog-actions">
        <button type="button" className="ns-goal-tree-button" onClick={() => onOpenChange(false)}>
          {t('goalTree.cancel')}
        </button>
        <button type="submit" className="ns-goal-tree-button" data-variant="primary">
          {t('goalTree.alignConfirm')}
        </button>
      </div>
    </form>
  );
}
