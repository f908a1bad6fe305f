import { describe, expect, it } from 'vitest';
import { testCli } from './testCli.js';

// Global mean 3, population sd √((2² + 1² + 1² + 2²) / 4) = √2.5 ≈ 1.5811.
// ann: mean 4.5, sd 0.5, so 5 → z 1 and 4 → z −1; bob: mean 1.5, 2 → z 1 and 1 → z −1.
// z-score: z 1 → 3 + 1.5811 = 4.5811, z −1 → 1.4189. mean-shift: ann −1.5 (5 → 3.5), bob +1.5 (2 → 3.5).
const RATINGS = [
  'id,raterId,subjectId,score,scale',
  'a1,ann,s1,5,1-5',
  'a2,ann,s2,4,1-5',
  'b1,bob,s3,2,1-5',
  'b2,bob,s4,1,1-5',
  '',
].join('\n');
const run = (argv: string[], files: Record<string, string> = { 'ratings.csv': RATINGS }) =>
  testCli(files, ['calibrate', 'ratings.csv', ...argv]);

describe('northstar calibrate', () => {
  it('calibrate --method mean-shift --format csv → each rater moved onto the global mean', async () => {
    const r = await run(['--min-group-size', '2', '--method', 'mean-shift', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'id,raterId,subjectId,score,calibrated,z,flagged,reason,level,calibratedLevel',
        'a1,ann,s1,5,3.5,1,false,,,',
        'a2,ann,s2,4,2.5,-1,false,,,',
        'b1,bob,s3,2,3.5,1,false,,,',
        'b2,bob,s4,1,2.5,-1,false,,,',
        '',
      ].join('\n'),
    );
  });

  it('calibrate --format json (z-score) → calibrated on the global spread, raters with z and effect', async () => {
    const r = await run(['--min-group-size', '2', '--format', 'json']);
    const out = JSON.parse(r.stdout) as {
      options: { clamp: unknown };
      ratings: { id: string; calibrated: number }[];
      raters: { raterId: string; mean: number; z: number; effect: number; leaning: string }[];
      summary: { mean: number; sd: number };
    };
    expect(out.ratings.map((x) => x.calibrated)).toEqual([
      expect.closeTo(3 + Math.sqrt(2.5), 9),
      expect.closeTo(3 - Math.sqrt(2.5), 9),
      expect.closeTo(3 + Math.sqrt(2.5), 9),
      expect.closeTo(3 - Math.sqrt(2.5), 9),
    ]);
    // effect (4.5 − 3) / √2.5 ≈ 0.9487; z = effect · √2 ≈ 1.3416 < 1.96 → neutral.
    expect(out.raters[0]).toMatchObject({ raterId: 'ann', mean: 4.5, leaning: 'neutral' });
    expect(out.raters[0]!.effect).toBeCloseTo(0.948683, 5);
    expect(out.raters[0]!.z).toBeCloseTo(1.341641, 5);
    expect(out.summary).toMatchObject({ mean: 3 });
    expect(out.summary.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    // Every row says 1-5, so that is the clamp.
    expect(out.options.clamp).toEqual({ min: 1, max: 5 });
  });

  it('calibrate (table) → calibrated ratings, the rater table with leanings, and a summary', async () => {
    const r = await run(['--min-group-size', '2', '--leniency-threshold', '1.3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^a1\s+ann\s+s1\s+5\.00\s+4\.58\s+-0\.42\s+1\.00$/m);
    expect(r.stdout).toMatch(/^b2\s+bob\s+s4\s+1\.00\s+1\.42\s+\+0\.42\s+-1\.00$/m);
    // z ≈ ±1.34 ≥ 1.3: ann lenient, bob severe.
    expect(r.stdout).toMatch(/^ann\s+2\s+4\.50\s+0\.50\s+1\.34\s+0\.95\s+lenient$/m);
    expect(r.stdout).toMatch(/^bob\s+2\s+1\.50\s+0\.50\s+-1\.34\s+-0\.95\s+severe$/m);
    expect(r.stdout).toContain(
      '4 ratings from 2 raters · mean 3.00, sd 1.58 → calibrated mean 3.00, sd 1.58',
    );
    expect(r.stdout).toContain('1 lenient, 1 severe');
  });

  it('calibrate with the default min group size 5 → every rating unchanged and flagged small-group', async () => {
    const r = await run(['--format', 'csv']);
    expect(r.stdout).toContain('a1,ann,s1,5,5,,true,small-group,,');
    const t = await run([]);
    expect(t.stdout).toContain('rater has < 5 ratings: unchanged');
    expect(t.stdout).toMatch(/^ann\s+2\s+4\.50\s+0\.50\s+—\s+—\s+too few ratings$/m);
  });

  it('calibrate --scale 2-4 → calibrated scores clamped into the scale', async () => {
    const r = await run(['--min-group-size', '2', '--scale', '2-4', '--format', 'csv']);
    expect(r.stdout.split('\n').slice(1, 3)).toEqual([
      'a1,ann,s1,5,4,1,false,,,',
      'a2,ann,s2,4,2,-1,false,,,',
    ]);
  });

  it('calibrate --target low:25,high:75 --levels 3 → levels and a chi-square before and after', async () => {
    // Before: low {2, 1}, high {5, 4}; after: 1.42 low, 4.58 high — 2 and 2 both times.
    // Expected 1 and 3: χ² = (2−1)²/1 + (2−3)²/3 = 1.333, df 1, p = erfc(√(1.333/2)) ≈ 0.248.
    const r = await run(['--min-group-size', '2', '--target', 'low:25,high:75', '--levels', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^low\s+< 3\s+25\.0%\s+2\s+50\.0%\s+\+25\.0 pp\s+2\s+50\.0%\s+\+25\.0 pp$/m);
    expect(r.stdout).toMatch(/^high\s+≥ 3\s+75\.0%\s+2\s+50\.0%\s+-25\.0 pp/m);
    expect(r.stdout).toContain(
      'Before calibration: χ² = 1.33, df = 1, p = 0.248: consistent with the target',
    );
    expect(r.stdout).toContain('After calibration:  χ² = 1.33, df = 1, p = 0.248');
    const csv = await run([
      '--min-group-size',
      '2',
      '--target',
      'low:25,high:75',
      '--levels',
      '1,3',
      '--format',
      'csv',
    ]);
    expect(csv.stdout).toContain('a1,ann,s1,5,4.58113883008419,1,false,,high,high');
    const json = await run(['--min-group-size', '2', '--target', 'low:25,high:75', '--format', 'json']);
    const d = (JSON.parse(json.stdout) as { distribution: { before: { chiSquare: number; pValue: number } } })
      .distribution.before;
    // No --levels: the file's 1-5 scale split evenly (low from 1, high from 3), the same buckets here.
    expect(d.chiSquare).toBeCloseTo(4 / 3, 12);
    expect(d.pValue).toBeCloseTo(0.248213, 5);
  });

  it('calibrate with a score outside its row scale → OUT_OF_SCALE at the score cell', async () => {
    const r = await run([], { 'ratings.csv': 'id,raterId,score,scale\nr1,m,3,1-5\nr2,m,7,1-5\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: ratings.csv:3:3 (column "score"): score 7 is outside the 1-5 scale\n');
  });

  it('calibrate with an empty raterId, a duplicate id or no rows → errors naming line and column', async () => {
    const empty = await run([], { 'ratings.csv': 'id,raterId,score\nr1,,3\n' });
    expect(empty.stderr).toBe('error: ratings.csv:2:2 (column "raterId"): raterId is required\n');
    const dup = await run([], { 'ratings.csv': 'id,raterId,score\nr1,m,3\nr1,m,4\n' });
    expect(dup.stderr).toBe(
      'error: ratings.csv:3:1 (column "id"): rating id "r1" appears twice (first on line 2)\n',
    );
    const none = await run([], { 'ratings.csv': 'id,raterId,score\n' });
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('error: ratings.csv: the file has no data rows (only a header row)\n');
  });

  it('calibrate ratings.json → the same result as the CSV', async () => {
    const json = JSON.stringify([
      { id: 'a1', raterId: 'ann', score: 5, scale: '1-5' },
      { id: 'a2', raterId: 'ann', score: 4, scale: { min: 1, max: 5 } },
      { id: 'b1', raterId: 'bob', score: 2 },
      { id: 'b2', raterId: 'bob', score: 1 },
    ]);
    const ok = await testCli({ 'r.json': json }, [
      'calibrate',
      'r.json',
      '--min-group-size',
      '2',
      '--method',
      'mean-shift',
      '--format',
      'csv',
    ]);
    expect(ok.stdout).toContain('a1,ann,,5,3.5,1,false,,,');
    const bad = await testCli({ 'r.json': '[\n{"id": "x", "raterId": "m", "score": "4"}\n]' }, [
      'calibrate',
      'r.json',
    ]);
    expect(bad.stderr).toMatch(/^error: r\.json:2: .*"x".*"score"/);
  });

  it('calibrate with bad flags → usage errors, exit 2', async () => {
    for (const argv of [
      ['--min-group-size', '1'],
      ['--method', 'median'],
      ['--scale', '5-1'],
      ['--levels', '3'],
      ['--target', 'low:1,high:1', '--levels', '1,2,3,4'],
      ['--target', 'low:1,high:1', '--levels', '3,2'],
      ['--target', 'low'],
    ]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain('Run "northstar calibrate --help" for usage.');
    }
  });

  it('calibrate --levels with a negative first value → a usage hint to write --levels=-1,…', async () => {
    const r = await run(['--target', 'low:1,high:1', '--levels', '-1,3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('write --levels=<value>');
    const ok = await run([
      '--min-group-size',
      '2',
      '--target',
      'low:1,high:1',
      '--levels=-1,3',
      '--format',
      'csv',
    ]);
    expect(ok.code).toBe(0);
  });

  it('calibrate --help → usage and options, exit 0', async () => {
    const r = await testCli({}, ['calibrate', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--min-group-size', '--method', '--scale', '--target', '--levels'])
      expect(r.stdout).toContain(flag);
  });
});
