import { CliError } from './CliError.js';
import type { CliCommand } from './cliCommand.types.js';
import { createStyle } from './createStyle.js';
import { EXIT_CODES } from './exitCodes.js';
import { loadFeedbackResponses } from './loadFeedbackResponses.js';
import { loadFeedbackTemplate } from './loadFeedbackTemplate.js';
import { parseFormat, parseIntegerFlag } from './parseFlags.js';
import { FEEDBACK_LEGEND, renderSubjectFeedback } from './renderFeedback.js';
import { feedbackRows, summarizeFeedback } from './summarizeFeedback.js';
import { UsageError } from './UsageError.js';
import { writeCsv, writeJson } from './writeOutput.js';

const USAGE = 'northstar feedback <responses.json|responses.csv|-> --template <template.json> [options]';

const ROW_COLUMNS = [
  'subjectId',
  'questionId',
  'kind',
  'group',
  'status',
  'count',
  'mean',
  'meanNormalized',
  'comments',
];

/**
 * `northstar feedback`: aggregates 360 responses per subject, question and relationship group, withholding small
 * groups for anonymity.
 *
 * @example
 * await runCli(['feedback', 'responses.json', '--template', 'template.json', '--subject', 'p-014'], io);
 */
export const feedbackCommand: CliCommand = {
  name: 'feedback',
  summary: 'Summarise 360 feedback per subject, question and rater group',
  usage: USAGE,
  positionals: { min: 1, max: 1 },
  flags: {
    template: { type: 'string', short: 't' },
    threshold: { type: 'string' },
    subject: { type: 'string' },
    format: { type: 'string' },
  },
  help: `Usage: ${USAGE}

Summarise 360 feedback: for each subject and question, the count and mean (in scale units and
normalised to 0..1) per rater group (self, manager, peer, direct-report, other). Peer,
direct-report and other groups with fewer answers than the threshold are withheld (and pooled
into "combined" when that reaches the threshold); no rater is ever named.

Input: a JSON array of responses { id, subjectId, raterId, relationship, anonymous?, answers },
or a long CSV with one row per answer:
  responseId,subjectId,raterId,relationship,anonymous,submittedAt,questionId,answer
(answers to rating questions are numbers; an empty answer means skipped).

Options:
  -t, --template <file>  the feedback template JSON (required)
  --threshold <n>        anonymity threshold (default: the template's, else 3)
  --subject <id>         only this subject
  --format <f>           table (default), csv (one row per subject, question and group) or json
                         (the full aggregate, with comments)
  -h, --help             show this help

Table cells read "mean normalised% (answers)"; text questions show comment counts (comments
themselves are in the json output only).

Examples:
  northstar feedback feedback-responses.json --template feedback-template.json
  northstar feedback feedback-responses.csv -t feedback-template.json --subject p-014`,
  async run(args, ctx) {
    const v = args.values;
    const format = parseFormat(v.format as string | undefined, 'feedback');
    const threshold = parseIntegerFlag(v.threshold as string | undefined, '--threshold', 1, 'feedback');
    const templatePath = v.template as string | undefined;
    if (templatePath === undefined) throw new UsageError('missing --template <template.json>', 'feedback');
    const subject = v.subject as string | undefined;
    const template = await loadFeedbackTemplate(templatePath, ctx);
    const loaded = await loadFeedbackResponses(args.positionals[0]!, template, ctx);
    const aggregate = summarizeFeedback(loaded, template, {
      ...(threshold === undefined ? {} : { threshold }),
      ...(subject === undefined ? {} : { subject }),
    });
    if (subject !== undefined && aggregate.subjects.length === 0) {
      throw new CliError('INVALID_INPUT', `no responses about subject "${subject}"`, {
        file: loaded.file,
      });
    }
    const out = ctx.io.stdout;
    if (format === 'json') {
      writeJson(out, aggregate);
      return EXIT_CODES.ok;
    }
    if (format === 'csv') {
      writeCsv(out, feedbackRows(aggregate), ROW_COLUMNS, { raw: ctx.raw === true });
      return EXIT_CODES.ok;
    }
    const style = createStyle(ctx.color);
    out.write(
      `${style.bold(`Feedback: ${template.title ?? template.id}`)} ${style.dim(`(anonymity threshold ${aggregate.anonymityThreshold})`)}\n${style.dim(FEEDBACK_LEGEND)}\n\n`,
    );
    aggregate.subjects.forEach((s, i) => {
      if (i > 0) out.write('\n');
      out.write(renderSubjectFeedback(s, aggregate.anonymityThreshold, { width: ctx.width, style }));
    });
    const responses = aggregate.subjects.reduce((n, s) => n + s.responseCount, 0);
    out.write(
      style.dim(
        `\n${aggregate.subjects.length} subject${aggregate.subjects.length === 1 ? '' : 's'} · ${responses} response${responses === 1 ? '' : 's'}\n`,
      ),
    );
    return EXIT_CODES.ok;
  },
};
