import type { FeedbackGroup, GroupSummary, SubjectFeedback } from '@northstar/core/feedback';
import { FEEDBACK_GROUP_LABELS } from '@northstar/core/feedback';
import type { Style } from './createStyle.js';
import { fixed, percent } from './formatNumber.js';
import { formatTable } from './formatTable.js';

// Short headers keep six or seven groups within 100 columns.
const HEADER: Readonly<Record<FeedbackGroup, string>> = {
  self: 'Self',
  manager: 'Manager',
  peer: 'Peers',
  'direct-report': 'Reports',
  other: 'Others',
  combined: 'Combined',
  overall: 'Overall',
};

const ORDER: readonly FeedbackGroup[] = [
  'self',
  'manager',
  'peer',
  'direct-report',
  'other',
  'combined',
  'overall',
];

function cellText(kind: string, g: GroupSummary): string {
  if (kind === 'rating') return `${fixed(g.mean)} ${percent(g.meanNormalized)} (${g.count})`;
  if (kind === 'text') return `${g.count} comment${g.count === 1 ? '' : 's'}`;
  // Choice: the most chosen option.
  let top = '';
  let best = -1;
  for (const [option, n] of Object.entries(g.distribution)) {
    if (n > best) {
      best = n;
      top = option;
    }
  }
  // Count first: when the column is cut, the option's tail goes, not the numbers.
  return `${best}/${g.count} ${top}`;
}

/**
 * The legend printed above the per-subject tables.
 *
 * @example
 * FEEDBACK_LEGEND; // 'Ratings: mean, normalised 0–100%, (answers) · choice: votes/answers for the top option · …'
 */
export const FEEDBACK_LEGEND =
  'Ratings: mean · normalised 0–100% · (answers). Choice: votes/answers for the most chosen option.';

/**
 * One subject's feedback as a table: a row per question, a column per shown group (mean, normalised mean and count
 * for ratings; the top choice; comment counts for text), `withheld` where a group is too small to show.
 *
 * @example
 * process.stdout.write(renderSubjectFeedback(subject, 3, { width: 100, style }));
 */
export function renderSubjectFeedback(
  subject: SubjectFeedback,
  threshold: number,
  options: { width: number; style: Style },
): string {
  const { style } = options;
  const present = new Set<FeedbackGroup>();
  for (const q of subject.questions) {
    for (const g of q.groups) present.add(g.group);
    for (const w of q.withheld) present.add(w);
    if (q.overall !== null) present.add('overall');
  }
  const groups = ORDER.filter((g) => present.has(g));
  const rows = subject.questions.map((q) => {
    const cells = groups.map((group) => {
      if (group === 'overall') return q.overall === null ? '' : cellText(q.kind, q.overall);
      const shown = q.groups.find((g) => g.group === group);
      if (shown !== undefined) return cellText(q.kind, shown);
      return (q.withheld as FeedbackGroup[]).includes(group) ? style.dim('withheld') : '';
    });
    return [q.questionId, ...cells];
  });
  const counts = (Object.entries(subject.relationships) as [FeedbackGroup, number][])
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${FEEDBACK_GROUP_LABELS[r].toLowerCase()} ${n}`)
    .join(' · ');
  const head = `${style.bold(subject.subjectId)}  ${subject.responseCount} responses (${counts})\n`;
  const table = formatTable(
    [{ header: 'Question' }, ...groups.map((g) => ({ header: HEADER[g], flex: true, minWidth: 13 }))],
    rows,
    { width: options.width, header: style.bold, rule: style.dim },
  );
  const withheld = new Set(subject.questions.flatMap((q) => q.withheld));
  const note =
    withheld.size === 0
      ? ''
      : style.dim(
          `withheld (fewer than ${threshold} answers): ${[...withheld].map((w) => FEEDBACK_GROUP_LABELS[w].toLowerCase()).join(', ')}\n`,
        );
  return head + table + note;
}
