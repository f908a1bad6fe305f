import type { CompiledQuestion } from './compileFeedbackTemplate.js';
import type { Relationship } from './feedback.types.js';
import type { GroupSummary, QuestionSummary } from './feedbackSummary.types.js';
import { type GroupAccumulator, mergeGroups } from './groupAccumulator.js';
import { ANONYMOUS_MANAGER_SLOT, ANONYMOUS_SELF_SLOT, RELATIONSHIPS } from './relationships.js';
import { summarizeGroup } from './summarizeGroup.js';

/**
 * Self (0) and manager (1) are identifiable by position anyway, so they are always shown; they hold only named
 * answers (anonymous ones sit in their own slots, see aggregateFeedback).
 */
const ALWAYS_SHOWN = 2;

/**
 * Applies the anonymity rules to one question: small non-self/manager groups and every anonymous manager answer
 * are withheld and pooled into `combined` (shown only if it reaches the threshold), anonymous self answers are
 * withheld; `overall` pools only what is shown, so no difference of shown
 * numbers can isolate a withheld answer.
 *
 * @example
 * summarizeQuestion(question, [self, manager, twoPeers, oneReport, undefined], 3).withheld; // ['peer', 'direct-report']
 */
export function summarizeQuestion(
  question: CompiledQuestion,
  accs: readonly (GroupAccumulator | undefined)[],
  threshold: number,
): QuestionSummary {
  const groups: GroupSummary[] = [];
  const withheld: Relationship[] = [];
  const withheldAccs: GroupAccumulator[] = [];
  const shownNonSelf: GroupAccumulator[] = [];
  for (let g = 0; g < RELATIONSHIPS.length; g++) {
    const acc = accs[g];
    if (acc === undefined || acc.n === 0) continue;
    const relationship = RELATIONSHIPS[g]!;
    if (g < ALWAYS_SHOWN || acc.n >= threshold) {
      groups.push(summarizeGroup(question, acc, relationship));
      if (relationship !== 'self') shownNonSelf.push(acc);
    } else {
      withheld.push(relationship);
      withheldAccs.push(acc);
    }
  }
  const anonymousSelf = accs[ANONYMOUS_SELF_SLOT];
  if (anonymousSelf !== undefined && anonymousSelf.n > 0 && !withheld.includes('self'))
    withheld.unshift('self');
  const anonymousManagers = accs[ANONYMOUS_MANAGER_SLOT];
  if (anonymousManagers !== undefined && anonymousManagers.n > 0) {
    withheldAccs.push(anonymousManagers);
    if (!withheld.includes('manager')) withheld.splice(withheld.includes('self') ? 1 : 0, 0, 'manager');
  }
  if (withheldAccs.length > 0) {
    const combined = mergeGroups(withheldAccs);
    if (combined.n >= threshold) {
      groups.push(summarizeGroup(question, combined, 'combined'));
      shownNonSelf.push(combined);
    }
  }
  const overall =
    shownNonSelf.length === 0 ? null : summarizeGroup(question, mergeGroups(shownNonSelf), 'overall');
  return { questionId: question.id, kind: question.kind, groups, withheld, overall };
}
