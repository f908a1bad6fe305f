import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandContext } from './cliIo.types.js';
import { rollupGoalColumns } from './rollupGoalColumns.js';
import { testCli } from './testCli.js';
import { writeJson, writeJsonArray } from './writeOutput.js';

/** A seeded generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Goal {
  id: string;
  parentId?: string;
  weight?: number;
  value?: number;
  level: string;
}

/** A random forest in shuffled order: parent of node i uniform among 0..i−1 (or a root), values on some nodes. */
function randomGoals(seed: number, n: number): Goal[] {
  const rnd = random(seed);
  const goals: Goal[] = [];
  for (let i = 0; i < n; i++) {
    const g: Goal = { id: `g-${Math.floor(rnd() * 1e6)}-${i}`, level: i % 3 === 0 ? 'team' : 'key-result' };
    if (i > 0 && rnd() < 0.9) g.parentId = goals[Math.floor(rnd() * i)]!.id;
    if (rnd() < 0.5) g.weight = Math.floor(rnd() * 4);
    if (rnd() < 0.7) g.value = Math.round(rnd() * 1000) / 1000;
    goals.push(g);
  }
  for (let i = goals.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [goals[i], goals[j]] = [goals[j]!, goals[i]!];
  }
  return goals;
}

const toCsv = (goals: Goal[]) =>
  [
    'id,title,level,parentId,weight,value',
    ...goals.map(
      (g) => `${g.id},Goal ${g.id},${g.level},${g.parentId ?? ''},${g.weight ?? ''},${g.value ?? ''}`,
    ),
    '',
  ].join('\n');
const toJson = (goals: Goal[]) => JSON.stringify(goals.map((g) => ({ ...g, title: `Goal ${g.id}` })));

describe('northstar rollup: the columnar path (CSV files) prints what the object path (JSON) prints', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    for (const argv of [
      ['--format', 'json'],
      ['--format', 'csv', '--missing', 'zero'],
      ['--format', 'csv', '--method', 'min', '--max-depth', '2'],
      ['--max-depth', '2', '--method', 'mean'],
    ]) {
      it(`random forest ${seed}, ${argv.join(' ')}: same output byte for byte`, async () => {
        const goals = randomGoals(seed, 300);
        const files = { 'goals.csv': toCsv(goals), 'goals.json': toJson(goals) };
        const csv = await testCli(files, ['rollup', 'goals.csv', ...argv]);
        const json = await testCli(files, ['rollup', 'goals.json', ...argv]);
        expect(csv.stderr).toBe('');
        expect(csv.code).toBe(0);
        expect(csv.stdout).toBe(json.stdout);
      });
    }
  }

  it('a file the columnar path cannot take (duplicate id, unknown parent, cycle) still reports its line', async () => {
    const header = 'id,parentId,value';
    const dup = await testCli({ 'goals.csv': `${header}\na,,\nb,a,1\na,,\n` }, ['rollup', 'goals.csv']);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('goals.csv:4');
    const unknown = await testCli({ 'goals.csv': `${header}\na,,\nb,zz,1\n` }, ['rollup', 'goals.csv']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/goals\.csv:3:2 \(column "parentId"\).*"zz"/);
    const cycle = await testCli({ 'goals.csv': `${header}\na,b,\nb,a,1\nc,,1\n` }, ['rollup', 'goals.csv']);
    expect(cycle.code).toBe(1);
    expect(cycle.stderr).toContain('cycle');
  });
});

describe('rollupGoalColumns: which files take the columnar path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'northstar-columns-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ctx: CommandContext = {
    io: { stdout: { write: () => true }, stderr: { write: () => true } },
    cwd: dir,
    color: false,
    width: 100,
    env: {},
  };
  const columns = (name: string, text: string, options = {}) => {
    writeFileSync(join(dir, name), text);
    return rollupGoalColumns(name, { ...ctx, ...options }, {});
  };

  it('a single-parent semicolon file with decimal commas, children first → indices in first-seen order', async () => {
    const cols = await columns('ok.csv', 'id;parentId;weight;value\nkr;co;1,5;0,25\nco;;;\n');
    expect(cols?.ids).toEqual(['kr', 'co']);
    expect([...cols!.parent]).toEqual([1, -1]);
    expect(cols!.result.value[1]).toBe(0.25);
  });

  it('multi-parent, per-row method, bad cell, duplicate, unknown parent, cycle, JSON → the object path (undefined)', async () => {
    const h = 'id,parentId,parents,method,value';
    expect(await columns('multi.csv', `${h}\na,,,,\nb,,,,\nc,,a:1|b:1,,1\n`)).toBeUndefined();
    expect(await columns('method.csv', `${h}\na,,,min,\nb,a,,,1\n`)).toBeUndefined();
    expect(await columns('bad.csv', `${h}\na,,,,\nb,a,,,abc\n`)).toBeUndefined();
    expect(await columns('dup.csv', `${h}\na,,,,\na,,,,1\n`)).toBeUndefined();
    expect(await columns('unknown.csv', `${h}\na,zz,,,1\n`)).toBeUndefined();
    expect(await columns('cycle.csv', `${h}\na,b,,,\nb,a,,,1\n`)).toBeUndefined();
    expect(await columns('goals.json', '[{"id":"a"}]')).toBeUndefined();
  });
});

describe('writeJsonArray', () => {
  it('writes an iterable exactly as writeJson writes the array (empty, short, longer than a chunk)', () => {
    for (const n of [0, 1, 3, 8192, 8193, 20000]) {
      const items = Array.from({ length: n }, (_, i) => ({
        id: `g-${i}`,
        value: i % 7 === 0 ? null : i / 7,
      }));
      let a = '';
      let b = '';
      writeJson({ write: (s: string) => (a += s) }, items);
      writeJsonArray(
        { write: (s: string) => (b += s) },
        (function* () {
          yield* items;
        })(),
      );
      expect(b).toBe(a);
    }
  });
});
