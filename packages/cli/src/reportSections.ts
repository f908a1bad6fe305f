import type { Relationship } from '@northstar/core/feedback';
import { FEEDBACK_GROUP_LABELS } from '@northstar/core/feedback';
import type { CommandContext } from './cliIo.types.js';
import type { Style } from './createStyle.js';
import { fixed } from './formatNumber.js';
import { formatTable } from './formatTable.js';
import { loadFeedbackResponses } from './loadFeedbackResponses.js';
import { loadFeedbackTemplate } from './loadFeedbackTemplate.js';
import { loadGoals } from './loadGoals.js';
import { loadRatings } from './loadRatings.js';
import { loadTalent } from './loadTalent.js';
import { naturalCompare } from './naturalCompare.js';
import { placeTalent } from './placeTalent.js';
import { leaningText } from './renderCalibration.js';
import { renderGoalTree } from './renderGoalTree.js';
import { renderNineBoxGrid } from './renderNineBoxGrid.js';
import { rollupGoals } from './rollupGoals.js';
import { runCalibration } from './runCalibration.js';
import { summarizeFeedback } from './summarizeFeedback.js';
import { wrapText } from './wrapText.js';

/**
 * What a report section needs: the context, styles and the width inside the section's indent.
 *
 * @example
 * const s: SectionContext = { ctx, style: createStyle(false), width: 98 };
 */
export interface SectionContext {
  ctx: CommandContext;
  style: Style;
  width: number;
  /** Person id → name from people.csv, to print names beside ids. */
  people?: ReadonlyMap<string, string>;
  /** `--members`: list who is in each 9-box box. */
  members?: boolean;
}

/** "p-014 Ana Souza" when the name is known, else the id. */
export function who(id: string, s: SectionContext): string {
  const name = s.people?.get(id);
  return name === undefined ? id : `${id} ${name}`;
}

/** A prose paragraph wrapped to the section width. */
const para = (text: string, s: SectionContext): string => `${wrapText(text, s.width)}\n`;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const list = (ids: readonly string[], max = 12): string =>
  ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;

/**
 * The goals section: the top two levels of the rolled-up tree and how the key results stand.
 *
 * @example
 * process.stdout.write(await goalSection('examples/sample-org/goals.csv', s));
 */
export async function goalSection(path: string, s: SectionContext): Promise<string> {
  const loaded = await loadGoals(path, s.ctx);
  const { tree, rows } = rollupGoals(loaded, {});
  const first = rows.filter((r) => !r.repeat);
  const leaves = first.filter((r) => tree.children(r.id).length === 0);
  const counts = new Map<string, number>();
  for (const leaf of leaves)
    counts.set(leaf.band?.label ?? 'No data', (counts.get(leaf.band?.label ?? 'No data') ?? 0) + 1);
  const stand = ['On track', 'At risk', 'Off track', 'No data']
    .filter((label) => counts.has(label))
    .map((label) => `${counts.get(label)} ${label.toLowerCase()}`)
    .join(', ');
  return (
    renderGoalTree(rows, { maxDepth: 1, width: s.width, style: s.style }) +
    s.style.dim(
      para(
        `${plural(tree.size, 'goal')} in ${plural(tree.roots().length, 'tree')}; top two levels shown (northstar rollup for all).`,
        s,
      ),
    ) +
    para(`Leaf goals and key results: ${leaves.length} (${stand}).`, s) +
    s.style.dim(
      para(
        "Coverage is the lower of two shares: of a goal's children that report, and of the key results below it that have data.",
        s,
      ),
    )
  );
}

/**
 * The talent section: the 9-box grid.
 *
 * @example
 * process.stdout.write(await talentSection('examples/sample-org/talent.csv', s));
 */
export async function talentSection(path: string, s: SectionContext): Promise<string> {
  const grid = placeTalent(await loadTalent(path, s.ctx), {});
  let text = renderNineBoxGrid(grid.summary, null, { width: s.width, style: s.style });
  if (s.members === true) {
    text += `\n${s.style.bold('Members')}\n`;
    for (let box = grid.summary.cells.length; box >= 1; box--) {
      const inBox = grid.people
        .filter((p) => p.box === box)
        .map((p) => (p.name === null ? who(p.id, s) : `${p.id} ${p.name}`))
        .sort(naturalCompare);
      if (inBox.length === 0) continue;
      const label = grid.people.find((p) => p.box === box)?.label;
      text += para(`${box}${label ? ` ${label}` : ''}: ${inBox.join(', ')}.`, s);
    }
  }
  return text;
}

/**
 * The calibration section: spread before and after, lenient and severe raters with their means before and after,
 * and raters left uncalibrated for having too few ratings.
 *
 * @example
 * process.stdout.write(await calibrationSection('examples/sample-org/ratings.csv', s));
 */
export async function calibrationSection(path: string, s: SectionContext): Promise<string> {
  const loaded = await loadRatings(path, s.ctx);
  const minGroupSize = 5;
  const run = runCalibration(loaded, {
    method: 'z-score',
    minGroupSize,
    ...(loaded.commonScale === undefined ? {} : { clamp: loaded.commonScale }),
  });
  const st = run.stats;
  let text = para(
    `${plural(st.count, 'rating')} from ${plural(st.raters, 'rater')}. Mean ${fixed(st.mean)} (sd ${fixed(st.sd)}); ` +
      `after z-score calibration ${fixed(st.calibratedMean)} (sd ${fixed(st.calibratedSd)}).`,
    s,
  );
  const calibratedSum = new Map<string, number>();
  for (const r of run.ratings)
    calibratedSum.set(r.raterId, (calibratedSum.get(r.raterId) ?? 0) + r.calibrated);
  const biased = run.raters.filter((r) => r.leaning === 'lenient' || r.leaning === 'severe');
  if (biased.length === 0) text += 'No rater is lenient or severe beyond chance (|z| < 1.96).\n';
  else {
    text += `\n${s.style.bold('Lenient and severe raters')} ${s.style.dim('(|z| ≥ 1.96)')}\n`;
    text += formatTable(
      [
        { header: 'Rater' },
        { header: 'Leaning' },
        { header: 'Ratings', align: 'right' },
        { header: 'Mean', align: 'right' },
        { header: 'Calibrated', align: 'right' },
        { header: 'z', align: 'right' },
        { header: 'Effect', align: 'right' },
      ],
      biased.map((r) => [
        who(r.raterId, s),
        leaningText(r.leaning, s.style),
        String(r.count),
        fixed(r.mean),
        fixed(calibratedSum.get(r.raterId)! / r.count),
        fixed(r.z),
        fixed(r.effect),
      ]),
      { width: s.width, header: s.style.bold, rule: s.style.dim },
    );
  }
  const small = run.raters.filter((r) => r.leaning === 'insufficient-data');
  if (small.length > 0) {
    const ids = small.map((r) => `${who(r.raterId, s)} (${r.count})`).sort(naturalCompare);
    text += `\n${para(`Left as they are (fewer than ${minGroupSize} ratings): ${list(ids)}.`, s)}`;
  }
  return text;
}

/**
 * The feedback section: subjects and responses per rater group, subjects without a self review, and which groups
 * were withheld for anonymity.
 *
 * @example
 * process.stdout.write(await feedbackSection('feedback-responses.json', 'feedback-template.json', s));
 */
export async function feedbackSection(
  responsesPath: string,
  templatePath: string,
  s: SectionContext,
): Promise<string> {
  const template = await loadFeedbackTemplate(templatePath, s.ctx);
  const loaded = await loadFeedbackResponses(responsesPath, template, s.ctx);
  const aggregate = summarizeFeedback(loaded, template, {});
  const totals: Record<Relationship, number> = { self: 0, manager: 0, peer: 0, 'direct-report': 0, other: 0 };
  // Per group: subjects where it was withheld on every question it answered, and on some questions only.
  const whole = new Map<Relationship, string[]>();
  const some = new Map<Relationship, string[]>();
  const combined: string[] = [];
  const noSelf: string[] = [];
  let responses = 0;
  for (const subject of aggregate.subjects) {
    responses += subject.responseCount;
    for (const r of Object.keys(totals) as Relationship[]) totals[r] += subject.relationships[r];
    if (subject.relationships.self === 0) noSelf.push(who(subject.subjectId, s));
    const answered = new Map<Relationship, number>();
    const held = new Map<Relationship, number>();
    for (const q of subject.questions) {
      for (const g of q.groups)
        if (g.group in totals)
          answered.set(g.group as Relationship, (answered.get(g.group as Relationship) ?? 0) + 1);
      for (const w of q.withheld) {
        answered.set(w, (answered.get(w) ?? 0) + 1);
        held.set(w, (held.get(w) ?? 0) + 1);
      }
    }
    for (const [group, n] of held) {
      const target = n === answered.get(group) ? whole : some;
      if (!target.has(group)) target.set(group, []);
      target.get(group)!.push(who(subject.subjectId, s));
    }
    if (subject.questions.some((q) => q.groups.some((g) => g.group === 'combined')))
      combined.push(who(subject.subjectId, s));
  }
  const by = (Object.entries(totals) as [Relationship, number][])
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${FEEDBACK_GROUP_LABELS[r].toLowerCase()} ${n}`)
    .join(', ');
  let text = para(
    `${template.title ?? template.id}: ${plural(responses, 'response')} about ${plural(aggregate.subjects.length, 'subject')} (${by}).`,
    s,
  );
  text += para(
    `Anonymity threshold ${aggregate.anonymityThreshold}: smaller peer, direct-report and other groups are withheld.`,
    s,
  );
  if (noSelf.length > 0) text += para(`No self review: ${list(noSelf)}.`, s);
  const groups = (['peer', 'direct-report', 'other'] as const).filter((g) => whole.has(g) || some.has(g));
  if (groups.length === 0) return `${text}No group was withheld.\n`;
  text += `\n${s.style.bold('Groups withheld')}\n`;
  text += formatTable(
    [
      { header: 'Group' },
      { header: 'Some questions', align: 'right' },
      { header: 'Whole group', align: 'right' },
      { header: 'Subjects (whole group)', flex: true, minWidth: 20 },
    ],
    groups.map((g) => [
      FEEDBACK_GROUP_LABELS[g],
      String(some.get(g)?.length ?? 0),
      String(whole.get(g)?.length ?? 0),
      list((whole.get(g) ?? []).sort(naturalCompare), 6),
    ]),
    { width: s.width, header: s.style.bold, rule: s.style.dim },
  );
  text += s.style.dim('Some questions: enough raters overall, but too few answered an optional question.\n');
  if (combined.length > 0) {
    text += s.style.dim(
      para(
        `Withheld answers pooled into a shown "combined" group for ${list(combined.sort(naturalCompare))}.`,
        s,
      ),
    );
  }
  return text;
}
