import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { testCli } from './testCli.js';

const csvParse = (text: string) =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

// Children come before their parents, as in real exports. Hand-computed values:
//   kr-bugs   linear 200 → 0, current 100: (100 − 200) / (0 − 200) = 0.5
//   kr-launch binary done: 1 (weight 3)
//   team      weighted mean (0.5·1 + 1·3) / 4 = 0.875
//   kr-range  range 100..200, tolerance 50, current 225: 1 − 25/50 = 0.5
//   kr-todo   no current yet: no data (weight 2)
//   co        skip missing: (0.875·1 + 0.5·1) / 2 = 0.6875; coverage (1 + 1) / (1 + 1 + 2) = 0.5
const HEADER =
  'id,title,level,parentId,parents,weight,method,kind,start,target,current,min,max,tolerance,done';
const GOALS = [
  HEADER,
  'kr-bugs,Open bugs,key-result,team,,,,linear,200,0,100,,,,',
  'team,"Quality,\nfirst",team,co,,,,,,,,,,,',
  'kr-launch,Launch,key-result,team,,3,,binary,,,,,,,true',
  'co,Company,company,,,,,,,,,,,,',
  'kr-range,Latency,key-result,co,,,,range,,,225,100,200,50,',
  'kr-todo,Todo,key-result,co,,2,,linear,0,10,,,,,',
  '',
].join('\n');

describe('northstar rollup', () => {
  it('rollup goals.csv --format csv → depth-first rows with hand-computed values, coverage and bands', async () => {
    const r = await testCli({ 'goals.csv': GOALS }, ['rollup', 'goals.csv', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'id,title,level,parentId,depth,value,percent,coverage,leafCoverage,band,status',
        // Leaf coverage of co: kr-range 1, kr-todo 0 (weight 2), team 1 (both its key results report) → 2/4.
        'co,Company,company,,0,0.6875,68.8,0.5,0.5,yellow,At risk',
        'kr-range,Latency,key-result,co,1,0.5,50,1,1,yellow,At risk',
        'kr-todo,Todo,key-result,co,1,,,0,0,,',
        'team,"Quality,\nfirst",team,co,1,0.875,87.5,1,1,green,On track',
        'kr-bugs,Open bugs,key-result,team,2,0.5,50,1,1,yellow,At risk',
        'kr-launch,Launch,key-result,team,2,1,100,1,1,green,On track',
        '',
      ].join('\n'),
    );
  });

  it('rollup goals.csv (table) → an indented tree with bars, percentages and statuses', async () => {
    const r = await testCli({ 'goals.csv': GOALS }, ['rollup', 'goals.csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Goal\s+Level\s+Progress\s+Coverage\s+Status$/);
    // The reduction key result 200 → 0 at 100 is half way: 50%, five of ten cells.
    expect(r.stdout).toMatch(/ {4}kr-bugs {2}Open bugs\s+key-result\s+█████░░░░░ {2}50%\s+100% {2}At risk/);
    expect(r.stdout).toMatch(/^co {2}Company\s+company\s+███████░░░ {2}69%\s+50% {2}At risk$/m);
    expect(r.stdout).toMatch(/^ {2}kr-todo {2}Todo\s+key-result\s+—\s+0% {2}No data$/m);
    // Depth-first: each parent directly above its children, whatever the input order.
    const order = lines
      .map((l) => /^\s*([\w-]+) {2}/.exec(l)?.[1])
      .filter((id) => id !== undefined && id !== 'Goal');
    expect(order).toEqual(['co', 'kr-range', 'kr-todo', 'team', 'kr-bugs', 'kr-launch']);
    expect(r.stdout).toContain('6 goals · 1 root · 1 without data');
  });

  it('rollup --format json → pretty JSON with stable keys and null for no data', async () => {
    const r = await testCli({ 'goals.csv': GOALS }, ['rollup', 'goals.csv', '--format', 'json']);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(Object.keys(rows[0]!)).toEqual([
      'id',
      'title',
      'level',
      'parentId',
      'depth',
      'value',
      'percent',
      'coverage',
      'leafCoverage',
      'band',
      'status',
    ]);
    expect(rows.find((g) => g.id === 'kr-todo')).toMatchObject({ value: null, percent: null, band: null });
    expect(rows.find((g) => g.id === 'team')).toMatchObject({ value: 0.875, title: 'Quality,\nfirst' });
    expect(r.stdout.startsWith('[\n  {\n    "id": "co",')).toBe(true);
  });

  it('rollup --missing zero → a child without data counts as 0', async () => {
    // (0.875·1 + 0.5·1 + 0·2) / 4 = 0.34375
    const r = await testCli({ 'goals.csv': GOALS }, [
      'rollup',
      'goals.csv',
      '--format',
      'json',
      '--missing',
      'zero',
    ]);
    expect((JSON.parse(r.stdout) as { id: string; value: number }[])[0]).toMatchObject({
      id: 'co',
      value: 0.34375,
    });
  });

  it('rollup --method min → parents take their weakest child unless a row names its own method', async () => {
    // team: min(0.5, 1) = 0.5; co: min(0.5, 0.5) = 0.5 (kr-todo has no data and is skipped).
    const r = await testCli({ 'goals.csv': GOALS }, [
      'rollup',
      'goals.csv',
      '--format',
      'json',
      '--method',
      'min',
    ]);
    const rows = JSON.parse(r.stdout) as { id: string; value: number }[];
    expect(rows.find((g) => g.id === 'team')?.value).toBe(0.5);
    const own = GOALS.replace('team,"Quality,\nfirst",team,co,,,,', 'team,"Quality,\nfirst",team,co,,,max,');
    const r2 = await testCli({ 'goals.csv': own }, [
      'rollup',
      'goals.csv',
      '--format',
      'json',
      '--method',
      'min',
    ]);
    expect(
      (JSON.parse(r2.stdout) as { id: string; value: number }[]).find((g) => g.id === 'team')?.value,
    ).toBe(1);
  });

  it('rollup --max-depth 1 → only roots and their children; csv/json show every depth by default', async () => {
    const r = await testCli({ 'goals.csv': GOALS }, [
      'rollup',
      'goals.csv',
      '--format',
      'csv',
      '--max-depth',
      '1',
    ]);
    expect(csvParse(r.stdout).map((row) => row.id)).toEqual(['co', 'kr-range', 'kr-todo', 'team']);
    const t = await testCli({ 'goals.csv': GOALS }, ['rollup', 'goals.csv', '--max-depth', '0']);
    expect(t.stdout).not.toContain('kr-range');
    expect(t.stdout).toContain('5 deeper goals hidden');
  });

  it('rollup with a default table depth of 3 → hides goals four levels down', async () => {
    const chain = ['id,parentId,value', 'a,,', 'b,a,', 'c,b,', 'd,c,', 'e,d,0.5', ''].join('\n');
    const r = await testCli({ 'g.csv': chain }, ['rollup', 'g.csv']);
    expect(r.stdout).toMatch(/^ {6}d\b/m);
    expect(r.stdout).not.toMatch(/^ {8}e\b/m);
    const all = await testCli({ 'g.csv': chain }, ['rollup', 'g.csv', '--format', 'csv']);
    expect(all.stdout).toContain('\ne,,,d,4,0.5,50,1,1,yellow,At risk\n');
  });

  it('rollup with an explicit value column → the value wins over the metric', async () => {
    const csv = [
      'id,parentId,value,kind,start,target,current',
      'p,,,,,,',
      'k,p,0.25,linear,0,10,10',
      '',
    ].join('\n');
    const r = await testCli({ 'g.csv': csv }, ['rollup', 'g.csv', '--format', 'json']);
    expect((JSON.parse(r.stdout) as { value: number }[])[1]?.value).toBe(0.25);
  });

  it('rollup with multi-parent "parents" column → per-edge weights, printed under both parents in the table', async () => {
    // shared counts 0.75 in a (with x = 0 at weight 0.25) and alone in b:
    //   a = (1·0.75 + 0·0.25) / 1 = 0.75, b = 1
    const csv = ['id,parents,value', 'a,,', 'b,,', 'x,a:0.25,0', 'shared,a:0.75|b:2,1', ''].join('\n');
    const r = await testCli({ 'g.csv': csv }, ['rollup', 'g.csv', '--format', 'json']);
    const rows = JSON.parse(r.stdout) as { id: string; value: number }[];
    expect(rows.map((g) => [g.id, g.value])).toEqual([
      ['a', 0.75],
      ['shared', 1],
      ['x', 0],
      ['b', 1],
    ]);
    const t = await testCli({ 'g.csv': csv }, ['rollup', 'g.csv']);
    expect(t.stdout.match(/shared/g)).toHaveLength(2);
    expect(t.stdout).toContain('↑ aligned to several parents');
  });

  it('rollup goals.json → metrics, parents arrays and values as in the CSV', async () => {
    const json = JSON.stringify([
      { id: 'c', title: 'Company' },
      { id: 'k1', parentId: 'c', metric: { start: 200, target: 0, current: 100 } },
      { id: 'k2', parents: [{ id: 'c', weight: 3 }], value: 1 },
    ]);
    // c = (0.5·1 + 1·3) / 4 = 0.875
    const r = await testCli({ 'goals.json': json }, ['rollup', 'goals.json', '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { value: number }[]).map((g) => g.value)).toEqual([0.875, 0.5, 1]);
  });

  it('rollup - → reads CSV from stdin', async () => {
    const r = await testCli({}, ['rollup', '-', '--format', 'csv'], { stdin: 'id,value\nonly,0.5\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('only,,,,0,0.5,50,1,1,yellow,At risk');
  });

  it('rollup with weight -2 after a multi-line cell → goals.csv:line:col naming the column', async () => {
    // Line 3 holds a quoted title spanning two lines, so the bad row is on line 5, column 6.
    const header = 'id,title,level,parentId,parents,weight,method';
    const csv = [
      header,
      'co,Company,company,,,,',
      'team,"Two\nlines",team,co,,,',
      'kr,KR,key-result,team,,-2,',
      '',
    ].join('\n');
    const r = await testCli({ 'goals.csv': csv }, ['rollup', 'goals.csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error: goals.csv:5:6 (column "weight"): weight must be a finite number ≥ 0, got "-2"\n',
    );
  });

  it('rollup with "abc", "1,5", "NaN" or "Infinity" in a number column → an error naming line and column', async () => {
    for (const bad of ['abc', '"1,5"', 'NaN', 'Infinity', '1e999']) {
      const csv = `id,parentId,weight\nco,,\nk,co,${bad}\n`;
      const r = await testCli({ 'g.csv': csv }, ['rollup', 'g.csv']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error: g\.csv:3:3 \(column "weight"\): weight must be a finite number/);
    }
  });

  it('rollup with a metric missing its start → INVALID_METRIC at the start column', async () => {
    const r = await testCli({ 'g.csv': 'id,kind,start,target,current\nk,linear,,10,5\n' }, [
      'rollup',
      'g.csv',
    ]);
    expect(r.stderr).toMatch(/^error: g\.csv:2:3 \(column "start"\): .*"start"/);
  });

  it('rollup with an unknown parent → UNKNOWN_PARENT at the child line and the parentId or parents column', async () => {
    const r = await testCli({ 'g.csv': 'id,parentId,parents\na,,\nb,zz,\n' }, ['rollup', 'g.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: g\.csv:3:2 \(column "parentId"\): .*"b".*"zz"/);
    const p = await testCli({ 'g.csv': 'id,parentId,parents\na,,\nb,,a:1|zz:1\n' }, ['rollup', 'g.csv']);
    expect(p.stderr).toMatch(/^error: g\.csv:3:3 \(column "parents"\): .*"b".*"zz"/);
  });

  it('rollup with a cycle → CYCLE listing each id with its line', async () => {
    const r = await testCli({ 'g.csv': 'id,parentId\nroot,\na,c\nb,a\nc,b\n' }, ['rollup', 'g.csv']);
    expect(r.code).toBe(1);
    // a → c means "a aligns to c"; the cycle is a → c → b → a in some rotation.
    expect(r.stderr).toMatch(/^error: g\.csv:\d: alignment cycle: /);
    for (const [id, line] of [
      ['a', 3],
      ['b', 4],
      ['c', 5],
    ]) {
      expect(r.stderr).toContain(`"${id}" (line ${line})`);
    }
  });

  it('rollup with a goal that is its own parent → CYCLE at its line', async () => {
    const r = await testCli({ 'g.csv': 'id,parentId\na,a\n' }, ['rollup', 'g.csv']);
    expect(r.stderr).toBe('error: g.csv:2: alignment cycle: "a" (line 2) → "a" (line 2)\n');
  });

  it('rollup with a repeated id → DUPLICATE_ID naming both lines', async () => {
    const r = await testCli({ 'g.csv': 'id,parentId\na,\nb,a\na,\n' }, ['rollup', 'g.csv']);
    expect(r.stderr).toBe('error: g.csv:4:1 (column "id"): goal id "a" appears twice (first on line 2)\n');
  });

  it('rollup goals.json with a negative weight → the element line', async () => {
    const json = '[\n  {"id": "a"},\n  {"id": "b", "parentId": "a", "weight": -1}\n]\n';
    const r = await testCli({ 'g.json': json }, ['rollup', 'g.json']);
    expect(r.code).toBe(1);
    // The library words the rule; the CLI adds where it happened.
    expect(r.stderr).toMatch(/^error: g\.json:3: node "b" field "weight" must be .*, got -1\n$/);
  });

  it('rollup with a missing file, an unknown extension or a bad flag → exit 1 or 2 with one line', async () => {
    const missing = await testCli({}, ['rollup', 'nope.csv']);
    expect([missing.code, missing.stderr]).toEqual([1, 'error: nope.csv: file not found\n']);
    const ext = await testCli({ 'g.xlsx': 'id\n' }, ['rollup', 'g.xlsx']);
    expect(ext.code).toBe(1);
    expect(ext.stderr).toContain('must end in .csv, .tsv or .json');
    const flag = await testCli({}, ['rollup', 'g.csv', '--max-depth', 'two']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe(
      'error: --max-depth must be a whole number ≥ 0, got "two"\nRun "northstar rollup --help" for usage.\n',
    );
    const method = await testCli({}, ['rollup', 'g.csv', '--method', 'median']);
    expect(method.code).toBe(2);
  });

  it('rollup --help → the usage, input columns and options, exit 0', async () => {
    const r = await testCli({}, ['rollup', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: northstar rollup');
    for (const flag of ['--method', '--missing', '--max-depth', '--format']) expect(r.stdout).toContain(flag);
  });
  it('rollup and ninebox on a header-only file → the same "no data rows" error as every command, exit 1', async () => {
    const goals = await testCli({ 'goals.csv': 'id,parentId,value\n' }, ['rollup', 'goals.csv']);
    expect(goals.code).toBe(1);
    expect(goals.stderr).toBe('error: goals.csv: the file has no data rows (only a header row)\n');
    const talent = await testCli({ 't.json': '[]' }, ['ninebox', 't.json']);
    expect(talent.code).toBe(1);
    expect(talent.stderr).toBe('error: t.json: the file has no data rows (an empty array)\n');
  });
});
