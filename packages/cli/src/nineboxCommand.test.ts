import { describe, expect, it } from 'vitest';
import { testCli } from './testCli.js';

// Default cuts 1/3, 2/3; box = 3·potentialLevel + performanceLevel + 1:
//   a (0.9, 0.9) → 9   b (0.1, 0.1) → 1   c (0.5, 0.5) → 5   g (0.35, 0.35) → 5
//   f (0.7, 0.4) → 3·1 + 2 + 1 = 6   e has no performance → not placed
// Placed 5: box 1 20%, box 5 40%, box 6 20%, box 9 20%.
const TALENT = [
  'id,name,department,performance,potential',
  'a,Ana,Sales,0.9,0.9',
  'b,Bo,Sales,0.1,0.1',
  'c,Cy,Eng,0.5,0.5',
  'g,Gus,Eng,0.35,0.35',
  'e,Eve,Eng,,0.5',
  'f,Fay,Eng,0.7,0.4',
  '',
].join('\n');

describe('northstar ninebox', () => {
  it('ninebox talent.csv --format csv → one row per person with levels, box and label', async () => {
    const r = await testCli({ 'talent.csv': TALENT }, ['ninebox', 'talent.csv', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'id,name,department,performance,potential,performanceLevel,potentialLevel,box,label',
        'a,Ana,Sales,0.9,0.9,2,2,9,Star',
        'b,Bo,Sales,0.1,0.1,0,0,1,Talent risk',
        'c,Cy,Eng,0.5,0.5,1,1,5,Core player',
        'g,Gus,Eng,0.35,0.35,1,1,5,Core player',
        'e,Eve,Eng,,0.5,,,,',
        'f,Fay,Eng,0.7,0.4,2,1,6,High performer',
        '',
      ].join('\n'),
    );
  });

  it('ninebox talent.csv (table) → the grid high potential first, with counts and shares, then the people', async () => {
    const r = await testCli({ 'talent.csv': TALENT }, ['ninebox', 'talent.csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^\s+Low performance\s+Moderate performance\s+High performance$/);
    expect(lines[2]).toMatch(/^High\s+7 Rough diamond\s+8 Emerging star\s+9 Star$/);
    expect(lines[3]).toMatch(/^potential\s+0 · 0\.0%\s+0 · 0\.0%\s+1 · 20\.0%$/);
    expect(r.stdout).toMatch(/^Moderate\s+4 Inconsistent player\s+5 Core player\s+6 High performer$/m);
    expect(r.stdout).toMatch(/^potential\s+0 · 0\.0%\s+2 · 40\.0%\s+1 · 20\.0%$/m);
    expect(r.stdout).toMatch(/^Low\s+1 Talent risk/m);
    expect(r.stdout).toContain('5 placed · 1 not placed');
    expect(r.stdout).toMatch(/^a\s+Ana\s+Sales\s+0\.900\s+0\.900\s+9\s+Star$/m);
    expect(r.stdout).toMatch(/^e\s+Eve\s+Eng\s+—\s+0\.500\s+—\s+not placed$/m);
  });

  it('ninebox --performance-cuts 0.4,0.7 --potential-cuts 0.4,0.7 → g drops to box 1', async () => {
    const r = await testCli({ 'talent.csv': TALENT }, [
      'ninebox',
      'talent.csv',
      '--format',
      'json',
      '--performance-cuts',
      '0.4,0.7',
      '--potential-cuts',
      '0.4,0.7',
    ]);
    const out = JSON.parse(r.stdout) as { people: { id: string; box: number | null }[] };
    // f sits exactly on the cuts (0.7, 0.4): the higher level → 3·1 + 2 + 1 = 6.
    expect(out.people.map((p) => [p.id, p.box])).toEqual([
      ['a', 9],
      ['b', 1],
      ['c', 5],
      ['g', 1],
      ['e', null],
      ['f', 6],
    ]);
  });

  it('ninebox --target → target share, deviation in points and a chi-square verdict', async () => {
    const r = await testCli({ 'talent.csv': TALENT }, ['ninebox', 'talent.csv', '--target', '5:50,9:50']);
    // box 5: 40% − 50% = −10.0 pp; box 9: 20% − 50% = −30.0 pp; box 1: 20% against 0%.
    expect(r.stdout).toMatch(/2 · 40\.0%\s+1 · 20\.0%/);
    expect(r.stdout).toContain('target 50.0% (-10.0 pp)');
    expect(r.stdout).toContain('target 50.0% (-30.0 pp)');
    expect(r.stdout).toContain('target 0.0% (+20.0 pp)');
    // People in a box the target gives 0 → χ² = ∞, p = 0.
    expect(r.stdout).toMatch(/Target distribution: χ² = ∞, df = \d+, p < 0\.001: differs from the target/);
    const exact = await testCli({ 'talent.csv': TALENT }, [
      'ninebox',
      'talent.csv',
      '--target',
      '1:20,5:40,6:20,9:20',
    ]);
    expect(exact.stdout).toMatch(/χ² = 0\.00, df = \d+, p = 1\.000: consistent with the target/);
  });

  it('ninebox --format json → people, the grid summary and the target check', async () => {
    const r = await testCli({ 'talent.csv': TALENT }, [
      'ninebox',
      'talent.csv',
      '--format',
      'json',
      '--target',
      '5:1',
    ]);
    const out = JSON.parse(r.stdout) as {
      grid: {
        total: number;
        unplaced: number;
        cells: { box: number; count: number; share: number; deviation: number }[];
      };
      targetCheck: { chiSquare: unknown; pValue: number };
    };
    expect(out.grid.total).toBe(5);
    expect(out.grid.unplaced).toBe(1);
    expect(out.grid.cells[4]).toMatchObject({ box: 5, count: 2, share: 0.4 });
    expect(out.grid.cells[4]!.deviation).toBeCloseTo(-0.6, 12);
    // JSON has no Infinity: it is written as a string rather than a misleading null.
    expect(out.targetCheck.chiSquare).toBe('Infinity');
    expect(out.targetCheck.pValue).toBe(0);
  });

  it('ninebox talent.json → the same placement as the CSV', async () => {
    const json = JSON.stringify([
      { id: 'a', performance: 0.9, potential: 0.9 },
      { id: 'e', performance: null, potential: 0.5 },
    ]);
    const r = await testCli({ 't.json': json }, ['ninebox', 't.json', '--format', 'csv']);
    expect(r.stdout).toBe(
      'id,name,department,performance,potential,performanceLevel,potentialLevel,box,label\na,,,0.9,0.9,2,2,9,Star\ne,,,,0.5,,,,\n',
    );
  });

  it('ninebox with a potential of 1.2 → OUT_OF_SCALE at its line and column', async () => {
    const r = await testCli({ 't.csv': 'id,performance,potential\na,0.5,0.5\nb,0.5,1.2\n' }, [
      'ninebox',
      't.csv',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: t\.csv:3:3 \(column "potential"\): .*"b".*1\.2\n$/);
  });

  it('ninebox with a missing potential column → names the missing column on line 1', async () => {
    const r = await testCli({ 't.csv': 'id,performance\na,0.5\n' }, ['ninebox', 't.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: t.csv:1: missing column "potential" (the header has: id, performance)\n');
  });

  it('ninebox with unsorted cuts or a target naming box 10 → usage error, exit 2', async () => {
    const cuts = await testCli({ 't.csv': TALENT }, ['ninebox', 't.csv', '--performance-cuts', '0.7,0.4']);
    expect(cuts.code).toBe(2);
    expect(cuts.stderr).toMatch(/^error: --performance-cuts: nine-box cuts must strictly increase/);
    const target = await testCli({ 't.csv': TALENT }, ['ninebox', 't.csv', '--target', '10:1']);
    expect(target.code).toBe(2);
    expect(target.stderr).toContain('--target: nine-box target names box "10", but the grid has boxes 1..9');
    const word = await testCli({ 't.csv': TALENT }, ['ninebox', 't.csv', '--target', 'star:1']);
    expect(word.code).toBe(2);
  });

  it('ninebox --help → usage and options, exit 0', async () => {
    const r = await testCli({}, ['ninebox', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--performance-cuts', '--potential-cuts', '--target', '--format'])
      expect(r.stdout).toContain(flag);
  });
});
