import type { Rating } from '@northstar/core/calibration';
import { CsvColumns } from './CsvColumns.js';
import type { CommandContext } from './cliIo.types.js';
import { cellError } from './parseCell.js';
import { parseScaleRange } from './parseScaleRange.js';
import { RecordLocator } from './RecordLocator.js';
import { readTable } from './readTable.js';
import { show } from './show.js';

/**
 * One rating as read from a file: the calibration input plus the optional subject and scale.
 *
 * @example
 * const r: RatingRecord = { id: 'r-1', raterId: 'p-1', subjectId: 'p-2', score: 4, scale: { min: 1, max: 5 } };
 */
export interface RatingRecord extends Rating {
  subjectId: string | undefined;
  scale: { min: number; max: number } | undefined;
}

/**
 * Ratings loaded from a file, with the scale every row shares (when they do) and the error locator.
 *
 * @example
 * const { ratings, commonScale } = await loadRatings('ratings.csv', ctx);
 */
export interface LoadedRatings {
  file: string;
  ratings: RatingRecord[];
  /** The `scale` all rows name, when every row names the same one. */
  commonScale: { min: number; max: number } | undefined;
  locator: RecordLocator;
}

/** The one scale shared by all rows, if any. */
function common(ratings: readonly RatingRecord[]): { min: number; max: number } | undefined {
  const first = ratings[0]?.scale;
  if (first === undefined) return undefined;
  for (const r of ratings) if (r.scale?.min !== first.min || r.scale.max !== first.max) return undefined;
  return first;
}

/**
 * Reads a ratings file (CSV columns id,raterId,subjectId?,score,scale? where scale is like `1-5`; or a JSON array of
 * such objects, scale as `"1-5"` or `{ min, max }`); a score outside its row's scale is an `OUT_OF_SCALE` error.
 *
 * @example
 * const { ratings } = await loadRatings('ratings.csv', ctx);
 * calibrate(ratings);
 */
export async function loadRatings(path: string, ctx: CommandContext): Promise<LoadedRatings> {
  const table = await readTable(path, ctx, 'ratings ({ id, raterId, score })');
  if (table.kind === 'json') {
    const locator = new RecordLocator({ file: table.file, lineAt: table.lineAt, noun: 'rating' });
    const ratings = table.records.map((record, i): RatingRecord => {
      const r = record as Record<string, unknown>;
      if (typeof r.id === 'string' && r.id.length > 0) locator.register(r.id, i);
      let scale: RatingRecord['scale'];
      if (typeof r.scale === 'string') scale = parseScaleRange(r.scale);
      else if (typeof r.scale === 'object' && r.scale !== null) scale = r.scale as RatingRecord['scale'];
      return {
        id: r.id as string,
        raterId: r.raterId as string,
        subjectId: typeof r.subjectId === 'string' ? r.subjectId : undefined,
        score: r.score as number,
        scale,
      };
    });
    return { file: table.file, ratings, commonScale: common(ratings), locator };
  }
  const cols = new CsvColumns(table, ['id', 'raterId', 'score']);
  const locator = new RecordLocator({
    file: table.file,
    lineAt: table.lineAt,
    header: table.header,
    noun: 'rating',
  });
  const ratings: RatingRecord[] = new Array(table.rows.length);
  for (let i = 0; i < table.rows.length; i++) {
    // A bad row is recorded and the next one read, so one run reports every bad line.
    table.errors.attempt(() => {
      const id = cols.text(i, 'id');
      if (id === undefined) cellError('INVALID_ID', cols.ref(i, 'id'), 'id is required', '');
      locator.register(id, i);
      const raterId = cols.text(i, 'raterId');
      if (raterId === undefined) cellError('INVALID_ID', cols.ref(i, 'raterId'), 'raterId is required', '');
      const score = cols.number(i, 'score');
      if (score === undefined) cellError('INVALID_VALUE', cols.ref(i, 'score'), 'score is required', '');
      const scaleText = cols.text(i, 'scale');
      let scale: RatingRecord['scale'];
      if (scaleText !== undefined) {
        scale = parseScaleRange(scaleText);
        if (scale === undefined) {
          cellError(
            'INVALID_SCALE',
            cols.ref(i, 'scale'),
            `scale must be written min-max (like 1-5), got ${show(scaleText)}`,
            scaleText,
          );
        }
        if (score < scale.min || score > scale.max) {
          cellError(
            'OUT_OF_SCALE',
            cols.ref(i, 'score'),
            `score ${score} is outside the ${scaleText} scale`,
            score,
          );
        }
      }
      ratings[i] = { id, raterId, subjectId: cols.text(i, 'subjectId'), score, scale };
    });
  }
  table.errors.throwIfAny();
  return { file: table.file, ratings, commonScale: common(ratings), locator };
}
