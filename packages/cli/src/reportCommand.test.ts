import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringWidth } from './stringWidth.js';
import { testCli } from './testCli.js';

const GOALS =
  'id,title,level,parentId,kind,start,target,current\nco,Company,company,,,,,\nkr,Churn,key-result,co,linear,8,4,6\n';
const TALENT = 'id,name,performance,potential\na,Ana,0.9,0.9\nb,Bo,0.5,0.5\n';
const RATINGS = 'id,raterId,score,scale\nr1,m,3,1-5\nr2,m,4,1-5\n';
const TEMPLATE = JSON.stringify({ id: 't', title: 'T360', questions: [{ id: 'q', kind: 'rating' }] });
const RESPONSES = JSON.stringify([
  { id: 'x', subjectId: 's1', raterId: 'u', relationship: 'peer', answers: { q: 4 } },
  { id: 'y', subjectId: 's1', raterId: 'm', relationship: 'manager', answers: { q: 3 } },
]);
const ALL = {
  'org/goals.csv': GOALS,
  'org/talent.csv': TALENT,
  'org/ratings.csv': RATINGS,
  'org/feedback-responses.json': RESPONSES,
  'org/feedback-template.json': TEMPLATE,
};

describe('northstar report', () => {
  it('report <dir> → four numbered sections built from the files found', async () => {
    const r = await testCli(ALL, ['report', 'org']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Northstar report · org\nas of \d{4}-\d{2}-\d{2}\n═+\n/);
    for (const heading of [
      '1. Goals  goals.csv',
      '2. Talent grid  talent.csv',
      '3. Calibration  ratings.csv',
    ]) {
      expect(r.stdout).toContain(heading);
    }
    expect(r.stdout).toContain('4. 360 feedback  feedback-responses.json + feedback-template.json');
    // Churn 8 → 4 at 6 is half way: 50%.
    expect(r.stdout).toMatch(/kr {2}Churn\s+key-result\s+█████░░░░░ {2}50%/);
    expect(r.stdout).toContain('2 placed');
    expect(r.stdout).toContain('2 ratings from 1 rater');
    expect(r.stdout).toContain('Left as they are (fewer than 5 ratings): m (2).');
    expect(r.stdout).toContain('T360: 2 responses about 1 subject (manager 1, peers 1).');
    expect(r.stdout).toContain('No self review: s1.');
    expect(r.stdout).toMatch(/Peers\s+0\s+1\s+s1/);
  });

  it('report ./org/ → file names in the section headings are whole (a normalised path does not shift them)', async () => {
    const r = await testCli(ALL, ['report', './org/']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('goals.csv');
    expect(r.stdout).toContain('feedback-responses.json + feedback-template.json');
    expect(r.stdout).not.toMatch(/\s(oals|als)\.csv/);
  });

  it('report with missing files → skips those sections with a note, exit 0', async () => {
    const r = await testCli({ 'org/talent.csv': TALENT }, ['report', 'org']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Skipped: no goals.csv in org.');
    expect(r.stdout).toContain('Skipped: no ratings.csv in org.');
    expect(r.stdout).toContain(
      'Skipped: no feedback-responses.json (or .csv) with feedback-template.json in org.',
    );
    expect(r.stdout).toContain('2 placed');
  });

  it('report with one bad file → its section shows the located error, the others still print, exit 1', async () => {
    const r = await testCli({ ...ALL, 'org/ratings.csv': 'id,raterId,score\nr1,m,x\n' }, ['report', 'org']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error: org/ratings.csv:2:3 (column "score"): score must be a finite number');
    expect(r.stderr).toContain('org/ratings.csv:2:3');
    expect(r.stdout).toContain('4. 360 feedback');
  });

  it('report on a missing directory → exit 1; on a file → exit 2', async () => {
    const missing = await testCli({}, ['report', 'nowhere']);
    expect([missing.code, missing.stderr]).toEqual([1, 'error: nowhere: directory not found\n']);
    const file = await testCli({ 'x.csv': 'id\n' }, ['report', 'x.csv']);
    expect(file.code).toBe(2);
  });

  it('report without a TTY → no colour codes; on a TTY → colour unless NO_COLOR is set', async () => {
    const plain = await testCli(ALL, ['report', 'org']);
    expect(plain.stdout).not.toContain('\u001b[');
    const tty = await testCli(ALL, ['report', 'org'], { stdoutTTY: true });
    expect(tty.stdout).toContain('\u001b[1m');
    const noColor = await testCli(ALL, ['report', 'org'], { stdoutTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
  });

  const sample = fileURLToPath(new URL('../../../examples/sample-org', import.meta.url));
  // The sample organisation is generated separately; without it this check has nothing to read.
  it.skipIf(!existsSync(sample))(
    'report examples/sample-org → fits 100 columns, names people from people.csv, cycle and as-of date',
    async () => {
      const r = await testCli({}, ['report', sample, '--as-of', '2026-12-01', '--members']);
      expect(r.code).toBe(0);
      for (const line of r.stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(100);
      expect(r.stdout.split('\n')[1]).toBe(
        'Cycle 2026 H2 · as of 2026-12-01 · 300 people named from people.csv',
      );
      expect(r.stdout).toMatch(/^p-018 Nadia Kim\s+lenient\s+8\s+4\.50/m);
      expect(r.stdout).toMatch(/^p-053 Camila Kowalski\s+severe\s+7\s+2\.21/m);
      expect(r.stdout).toContain(
        'Left as they are (fewer than 5 ratings): p-006 Kavya Patel (4), p-025 Caleb Hughes (4),',
      );
      expect(r.stdout).toContain('No self review: p-029 Yara Müller, p-070 Farah Alvarez,');
      // 26 of 441 key results have no data: the top goals' coverage is no longer a flat 100%.
      expect(r.stdout).toMatch(/^g-0001 {2}Reach \$48M ARR .* {7}95% {2}At risk$/m);
      expect(r.stdout).toContain('9 Star: p-035 Alejandro Alvarez, p-045 Sebastian Mensah,');
      expect(r.stdout).toContain('267 responses about 40 subjects');
      expect(r.stdout).toContain('120 placed');
    },
  );
});
