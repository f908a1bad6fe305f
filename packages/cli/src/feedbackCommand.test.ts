import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { testCli } from './testCli.js';

const csvParse = (text: string) =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

const TEMPLATE = JSON.stringify({
  id: 't',
  title: 'T360',
  questions: [
    { id: 'q1', kind: 'rating', scale: { min: 1, max: 5, step: 1 } },
    { id: 'focus', kind: 'choice', options: ['Keep', 'Stop'] },
    { id: 'note', kind: 'text' },
  ],
});

// Subject s1, question q1: self 4; manager 2; peers 3, 4, 5 (mean 4, normalised (4 − 1) / 4 = 0.75);
// one direct report (1 < threshold 3: withheld). Overall = manager + peers = (2 + 3 + 4 + 5) / 4 = 3.5 → 0.625.
// Peers' focus: Keep, Keep, Stop. Only one peer left a comment (a two-line one), so peers are withheld on "note".
const HEAD = 'responseId,subjectId,raterId,relationship,anonymous,submittedAt,questionId,answer';
const LONG = [
  HEAD,
  'r1,s1,s1,self,false,,q1,4',
  'r2,s1,m,manager,false,,q1,2',
  'r2,s1,m,manager,false,,note,Solid',
  'r3,s1,p1,peer,true,,q1,3',
  'r3,s1,p1,peer,true,,focus,Keep',
  'r3,s1,p1,peer,true,,note,"Great,\nreally"',
  'r4,s1,p2,peer,true,,q1,4',
  'r4,s1,p2,peer,true,,focus,Keep',
  'r5,s1,p3,peer,true,,q1,5',
  'r5,s1,p3,peer,true,,focus,Stop',
  'r5,s1,p3,peer,true,,note,',
  'r6,s1,d1,direct-report,true,,q1,1',
  'r7,s2,m,manager,false,,q1,5',
  '',
].join('\n');

const JSON_RESPONSES = JSON.stringify([
  { id: 'r1', subjectId: 's1', raterId: 's1', relationship: 'self', anonymous: false, answers: { q1: 4 } },
  {
    id: 'r2',
    subjectId: 's1',
    raterId: 'm',
    relationship: 'manager',
    anonymous: false,
    answers: { q1: 2, note: 'Solid' },
  },
  {
    id: 'r3',
    subjectId: 's1',
    raterId: 'p1',
    relationship: 'peer',
    anonymous: true,
    answers: { q1: 3, focus: 'Keep', note: 'Great,\nreally' },
  },
  {
    id: 'r4',
    subjectId: 's1',
    raterId: 'p2',
    relationship: 'peer',
    anonymous: true,
    answers: { q1: 4, focus: 'Keep' },
  },
  {
    id: 'r5',
    subjectId: 's1',
    raterId: 'p3',
    relationship: 'peer',
    anonymous: true,
    answers: { q1: 5, focus: 'Stop', note: null },
  },
  {
    id: 'r6',
    subjectId: 's1',
    raterId: 'd1',
    relationship: 'direct-report',
    anonymous: true,
    answers: { q1: 1 },
  },
  { id: 'r7', subjectId: 's2', raterId: 'm', relationship: 'manager', anonymous: false, answers: { q1: 5 } },
]);

const files = { 'responses.csv': LONG, 'responses.json': JSON_RESPONSES, 'template.json': TEMPLATE };
const feedback = (input: string, ...argv: string[]) =>
  testCli(files, ['feedback', input, '--template', 'template.json', ...argv]);

describe('northstar feedback', () => {
  it('feedback responses.csv --format csv → count, mean and normalised mean per shown group, withheld groups listed', async () => {
    const r = await feedback('responses.csv', '--format', 'csv');
    expect(r.code).toBe(0);
    const rows = csvParse(r.stdout);
    const q1 = rows
      .filter((x) => x.subjectId === 's1' && x.questionId === 'q1')
      .map((x) => [x.group, x.status, x.count, x.mean, x.meanNormalized]);
    expect(q1).toEqual([
      ['self', 'shown', '1', '4', '0.75'],
      ['manager', 'shown', '1', '2', '0.25'],
      ['peer', 'shown', '3', '4', '0.75'],
      ['overall', 'shown', '4', '3.5', '0.625'],
      ['direct-report', 'withheld', '', '', ''],
    ]);
    const note = rows
      .filter((x) => x.subjectId === 's1' && x.questionId === 'note')
      .map((x) => [x.group, x.status, x.comments]);
    expect(note).toEqual([
      ['manager', 'shown', '1'],
      ['overall', 'shown', '1'],
      ['peer', 'withheld', ''],
    ]);
  });

  it('feedback on the long CSV and on the JSON → the same aggregate', async () => {
    const a = await feedback('responses.csv', '--format', 'json');
    const b = await feedback('responses.json', '--format', 'json');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const out = JSON.parse(a.stdout) as {
      subjects: { subjectId: string; questions: { groups: { comments: string[] }[] }[] }[];
    };
    expect(out.subjects.map((s) => s.subjectId)).toEqual(['s1', 's2']);
    // JSON carries the comments; the multi-line CSV cell arrived whole.
    expect(out.subjects[0]!.questions[2]!.groups[0]!.comments).toEqual(['Solid']);
    expect(a.stdout).not.toContain('"p1"');
  });

  it('feedback (table) → a row per question, a column per group, withheld cells and comment counts', async () => {
    const r = await feedback('responses.json');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Question\s+Self\s+Manager\s+Peers\s+Reports\s+Overall$/m);
    expect(r.stdout).toMatch(
      /^q1\s+4\.00 75% \(1\)\s+2\.00 25% \(1\)\s+4\.00 75% \(3\)\s+withheld\s+3\.50 63% \(4\)$/m,
    );
    expect(r.stdout).toMatch(/^focus\s+2\/3 Keep\s+2\/3 Keep$/m);
    expect(r.stdout).toMatch(/^note\s+1 comment\s+withheld\s+1 comment$/m);
    expect(r.stdout).toContain('withheld (fewer than 3 answers)');
    expect(r.stdout).toContain('s1  6 responses (self 1 · manager 1 · peers 3 · direct reports 1)');
    expect(r.stdout).toContain('2 subjects · 7 responses');
    expect(r.stdout).not.toContain('Great');
  });

  it('feedback --threshold 1 --subject s1 → small groups shown, one subject', async () => {
    const r = await feedback('responses.csv', '--threshold', '1', '--subject', 's1', '--format', 'csv');
    const rows = csvParse(r.stdout);
    expect(new Set(rows.map((x) => x.subjectId))).toEqual(new Set(['s1']));
    expect(rows.find((x) => x.questionId === 'q1' && x.group === 'direct-report')).toMatchObject({
      status: 'shown',
      mean: '1',
    });
  });

  it('feedback --subject with no responses → exit 1 naming the subject', async () => {
    const r = await feedback('responses.csv', '--subject', 'nobody');
    expect([r.code, r.stderr]).toEqual([1, 'error: responses.csv: no responses about subject "nobody"\n']);
  });

  it('feedback CSV with an unknown question, a non-number rating or an off-scale rating → the answer line and column', async () => {
    const unknown = await testCli({ 'r.csv': `${HEAD}\nr1,s1,s1,self,false,,q9,4\n`, 't.json': TEMPLATE }, [
      'feedback',
      'r.csv',
      '-t',
      't.json',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(
      'error: r.csv:2:7 (column "questionId"): question "q9" is not in template "t" (questions: q1, focus, note)\n',
    );
    const word = await testCli(
      {
        'r.csv': `${HEAD}\nr1,s1,s1,self,false,,note,"a\nb"\nr1,s1,s1,self,false,,q1,four\n`,
        't.json': TEMPLATE,
      },
      ['feedback', 'r.csv', '-t', 't.json'],
    );
    expect(word.stderr).toMatch(/^error: r\.csv:4:8 \(column "answer"\): answer must be a finite number/);
    const high = await testCli({ 'r.csv': `${HEAD}\nr1,s1,s1,self,false,,q1,6\n`, 't.json': TEMPLATE }, [
      'feedback',
      'r.csv',
      '-t',
      't.json',
    ]);
    expect(high.stderr).toMatch(/^error: r\.csv:2:8 \(column "answer"\): response "r1" question "q1" .*6/);
  });

  it('feedback CSV whose rows of one response disagree → the line and column of the disagreement', async () => {
    const csv = `${HEAD}\nr1,s1,u,peer,true,,q1,4\nr1,s2,u,peer,true,,focus,Keep\n`;
    const r = await testCli({ 'r.csv': csv, 't.json': TEMPLATE }, ['feedback', 'r.csv', '-t', 't.json']);
    expect(r.stderr).toBe(
      'error: r.csv:3:2 (column "subjectId"): response "r1" has subjectId "s1" on line 2, but "s2" here\n',
    );
  });

  it('feedback JSON with a second response from one rater → DUPLICATE_ID at the second response, rater not named', async () => {
    const json = JSON.stringify([
      { id: 'a', subjectId: 's', raterId: 'u', relationship: 'peer', anonymous: true, answers: {} },
      { id: 'b', subjectId: 's', raterId: 'u', relationship: 'peer', anonymous: true, answers: {} },
    ]).replace('},{', '},\n{');
    const r = await testCli({ 'r.json': json, 't.json': TEMPLATE }, ['feedback', 'r.json', '-t', 't.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: r\.json:2: .*second response.*"b"/);
    expect(r.stderr).not.toContain('"u"');
  });

  it('feedback with a broken template or no --template → exit 1 naming the template, or exit 2', async () => {
    const bad = await testCli(
      { 'r.json': '[]', 't.json': '{"id":"t","questions":[{"id":"q","kind":"slider"}]}' },
      ['feedback', 'r.json', '-t', 't.json'],
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: t\.json: /);
    const none = await testCli({}, ['feedback', 'r.json']);
    expect([none.code, none.stderr]).toEqual([
      2,
      'error: missing --template <template.json>\nRun "northstar feedback --help" for usage.\n',
    ]);
  });

  it('feedback --help → usage and options, exit 0', async () => {
    const r = await testCli({}, ['feedback', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--template', '--threshold', '--subject', '--format'])
      expect(r.stdout).toContain(flag);
  });
});
