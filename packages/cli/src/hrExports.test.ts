// The CLI on files as HR systems and spreadsheets write them (issue 7): Excel's semicolon CSV with decimal commas,
// a BOM and CRLF; "ANSI" (cp1252) exports; UTF-16 "Unicode text"; rows of only delimiters; many bad rows at once;
// and output that a spreadsheet or a terminal must not execute.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { testCli } from './testCli.js';

const BOM = '\uFEFF';
const json = (stdout: string) => JSON.parse(stdout) as { id: string; value: number | null }[];
const byId = (rows: { id: string; value: number | null }[]) =>
  Object.fromEntries(rows.map((r) => [r.id, r.value]));

describe('northstar on Excel exports', () => {
  it('rollup(semicolon CSV, decimal commas, UTF-8 BOM, CRLF, a row of only semicolons) → the same values as the comma file', async () => {
    const excel = `${BOM}id;title;parentId;weight;value\r\nco;Firma;;;\r\n;;;;\r\na;Umsatz;co;1,5;0,8\r\nb;Kosten;co;0,5;0,4\r\n`;
    const plain = 'id,title,parentId,weight,value\nco,Firma,,,\na,Umsatz,co,1.5,0.8\nb,Kosten,co,0.5,0.4\n';
    const r1 = await testCli({ 'goals.csv': excel }, ['rollup', 'goals.csv', '--format', 'json']);
    const r2 = await testCli({ 'goals.csv': plain }, ['rollup', 'goals.csv', '--format', 'json']);
    expect(r1.stderr).toBe('');
    expect(r1.code).toBe(0);
    // (1.5 · 0.8 + 0.5 · 0.4) / 2 = 0.7
    expect(byId(json(r1.stdout)).co).toBeCloseTo(0.7, 12);
    expect(r1.stdout).toBe(r2.stdout);
  });

  it('ninebox(cp1252 bytes, no BOM) → names decoded as Windows-1252 ("Søren", "José"), never U+FFFD', async () => {
    const text = 'id;name;performance;potential\r\np1;Søren Ødegård;0,9;0,8\r\np2;José Núñez;0,2;0,3\r\n';
    const bytes = iconv.encode(text, 'win1252');
    const r = await testCli({ 'talent.csv': bytes }, ['ninebox', 'talent.csv', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Søren Ødegård');
    expect(r.stdout).toContain('José Núñez');
    expect(r.stdout).not.toContain('\uFFFD');
  });

  it('ninebox(UTF-16 LE with BOM, tab-separated, as Excel saves "Unicode text") → read correctly', async () => {
    const text = '\uFEFFid\tname\tperformance\tpotential\r\np1\t日本 太郎\t0.9\t0.8\r\n';
    const r = await testCli({ 'talent.csv': iconv.encode(text, 'utf16le') }, [
      'ninebox',
      'talent.csv',
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('日本 太郎');
  });

  it('--encoding utf-8 on cp1252 bytes → exit 1 naming the file and the fix, not mojibake', async () => {
    const bytes = iconv.encode('id,name,performance,potential\np1,Søren,0.5,0.5\n', 'win1252');
    const r = await testCli({ 'talent.csv': bytes }, ['ninebox', 'talent.csv', '--encoding', 'utf-8']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('talent.csv: the file is not valid UTF-8');
    expect(r.stderr).toContain('--encoding cp1252');
  });

  it('--delimiter and --decimal override detection; a bad value is a usage error', async () => {
    const text = 'id|parentId|value\nco||\na|co|0,25\n';
    const r = await testCli({ 'g.csv': text }, [
      'rollup',
      'g.csv',
      '--delimiter',
      '|',
      '--decimal',
      ',',
      '--format',
      'json',
    ]);
    expect(byId(json(r.stdout)).a).toBe(0.25);
    const bad = await testCli({ 'g.csv': text }, ['rollup', 'g.csv', '--delimiter', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--delimiter must be');
  });

  it('decimal-comma file with "1.5" → error naming the cell and the decimal comma rule', async () => {
    const r = await testCli({ 'g.csv': 'id;parentId;value\nco;;\na;co;1.5\n' }, ['rollup', 'g.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('g.csv:3:3 (column "value")');
    expect(r.stderr).toContain('decimal comma');
  });
});

describe('northstar reports every bad row', () => {
  it('rollup(25 bad rows) → the first 20 in line order as file:line:column, then a count', async () => {
    const rows = ['id,parentId,weight,value', 'co,,,'];
    // Lines 3..27: odd lines a bad weight, even lines a bad value; one row with a missing field.
    for (let i = 0; i < 25; i++) rows.push(i % 2 === 0 ? `g${i},co,heavy,0.5` : `g${i},co,1,lots`);
    rows.push('short,co');
    const r = await testCli({ 'goals.csv': `${rows.join('\n')}\n` }, ['rollup', 'goals.csv']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe(
      'error: goals.csv:3:3 (column "weight"): weight must be a finite number written with digits and "." (like 1.5), got "heavy"',
    );
    expect(lines[1]).toMatch(/^error: goals\.csv:4:4 \(column "value"\)/);
    const numbers = lines.slice(0, 20).map((l) => Number(/goals\.csv:(\d+)/.exec(l)![1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(lines[20]).toBe('… and 6 more errors (26 in all)');
  });

  it('rollup(2 bad rows) → both printed, then "2 errors"', async () => {
    const r = await testCli({ 'g.csv': 'id,parentId,value\nco,,\na,co,x\nb,co,y\n' }, ['rollup', 'g.csv']);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringContaining('g.csv:3:3'),
      expect.stringContaining('g.csv:4:3'),
      '2 errors',
    ]);
  });
});

describe('northstar output that spreadsheets and terminals do not execute', () => {
  const goals = [
    'id,title,parentId,value',
    'co,"=HYPERLINK(""http://evil.example"",""click"")",,',
    'a,+cmd|/C calc,co,0.5',
    'b,@SUM(1),co,0.5',
    'c,-5,co,0.5',
    'd,-rm,co,0.5',
    '',
  ].join('\n');

  it('rollup --format csv → formula cells get a quote prefix (OWASP), plain numbers stay', async () => {
    const r = await testCli({ 'g.csv': goals }, ['rollup', 'g.csv', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(r.stdout).toContain(",'+cmd|/C calc,");
    expect(r.stdout).toContain(",'@SUM(1),");
    expect(r.stdout).toContain(',-5,');
    expect(r.stdout).toContain(",'-rm,");
  });

  it('rollup --format csv --raw → cells exactly as given', async () => {
    const r = await testCli({ 'g.csv': goals }, ['rollup', 'g.csv', '--format', 'csv', '--raw']);
    expect(r.stdout).toContain('"=HYPERLINK(""http://evil.example"",""click"")"');
    expect(r.stdout).toContain(',+cmd|/C calc,');
  });

  it('rollup table with escape codes in a title → control characters stripped', async () => {
    const esc = String.fromCharCode(27);
    const bel = String.fromCharCode(7);
    const text = `id,title,parentId,value\nco,${esc}]0;pwned${bel}Plan ${esc}[2Jnow,,0.5\n`;
    const r = await testCli({ 'g.csv': text }, ['rollup', 'g.csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(esc);
    expect(r.stdout).not.toContain(bel);
    expect(r.stdout).toContain('Plan [2Jnow');
  });

  it('rollup table of a 300-deep chain → indentation capped, the depth printed instead', async () => {
    const rows = ['id,parentId,value', 'n0,,'];
    for (let i = 1; i < 300; i++) rows.push(`n${i},n${i - 1},${i === 299 ? '1' : ''}`);
    const r = await testCli({ 'g.csv': `${rows.join('\n')}\n` }, ['rollup', 'g.csv', '--max-depth', '400']);
    expect(r.code).toBe(0);
    const longest = Math.max(...r.stdout.split('\n').map((l) => l.length));
    expect(longest).toBeLessThanOrEqual(120);
    expect(r.stdout).toContain('[299] n299');
  });
});

describe('northstar keeps anonymous raters anonymous', () => {
  it('feedback(anonymous response whose rows disagree on raterId) → error without either rater id', async () => {
    const template = JSON.stringify({
      id: 't',
      questions: [
        { id: 'q1', kind: 'rating', scale: { min: 1, max: 5, step: 1 } },
        { id: 'q2', kind: 'rating', scale: { min: 1, max: 5, step: 1 } },
      ],
    });
    const csv = [
      'responseId,subjectId,raterId,relationship,anonymous,questionId,answer',
      'r1,s1,secret-alice,peer,true,q1,4',
      'r1,s1,secret-bob,peer,true,q2,3',
      '',
    ].join('\n');
    const r = await testCli({ 'responses.csv': csv, 'template.json': template }, [
      'feedback',
      'responses.csv',
      '--template',
      'template.json',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('responses.csv:3:3');
    expect(r.stderr).not.toContain('secret-');
  });
});

describe('northstar messages an analyst can act on', () => {
  it('calibrate --levels 3,2 → names the levels as typed, no internal -1.79e308', async () => {
    const ratings = `id,raterId,score\n${Array.from({ length: 6 }, (_, i) => `r${i},m,${(i % 5) + 1}`).join('\n')}\n`;
    const r = await testCli({ 'ratings.csv': ratings }, [
      'calibrate',
      'ratings.csv',
      '--target',
      'low:20,mid:70,high:10',
      '--levels',
      '3,2',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--levels must increase strictly, got 3, 2');
    expect(r.stderr).not.toContain('e+308');
  });

  it('report . → names the directory, never "in .."', async () => {
    const r = await testCli({ 'goals.csv': 'id,parentId,value\nco,,0.5\n' }, ['report', '.']);
    expect(r.stdout).not.toContain('in ..');
    expect(r.stdout).toMatch(/Skipped: no talent\.csv in northstar-cli-\w+\./);
  });
});

describe('northstar coverage that tells the truth', () => {
  it('rollup(every child reports, one key result without data) → leafCoverage 0.75 beside coverage 1; table shows 75%', async () => {
    const goals = 'id,parentId,value\nco,,\na,co,\nb,co,\nk1,a,0.5\nk2,b,1\nk3,b,\n';
    const r = await testCli({ 'g.csv': goals }, ['rollup', 'g.csv', '--format', 'json']);
    const co = (JSON.parse(r.stdout) as Record<string, unknown>[]).find((g) => g.id === 'co');
    // a: 1 of 1 key results, b: 1 of 2 → (1 + 0.5) / 2.
    expect(co).toMatchObject({ coverage: 1, leafCoverage: 0.75 });
    const table = await testCli({ 'g.csv': goals }, ['rollup', 'g.csv']);
    expect(table.stdout).toMatch(/^co\s+.*\s75%\s/m);
  });
});
