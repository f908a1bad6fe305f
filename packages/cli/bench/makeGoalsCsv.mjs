// Writes a goals CSV as an HR export of a large organisation looks: a tree of objectives (branching 8) whose leaves
// are linear key results with start/target/current; ~94 bytes a row, so 2,000,000 goals ≈ 188 MB.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/**
 * Writes `n` goals to `path` and resolves when the file is closed.
 *
 * @example
 * await makeGoalsCsv('/tmp/goals.csv', 2_000_000);
 */
export async function makeGoalsCsv(path, n) {
  const out = createWriteStream(path);
  out.write('id,title,level,parentId,weight,kind,start,target,current\n');
  const leafStart = Math.ceil(n / 8);
  let chunk = '';
  for (let i = 0; i < n; i++) {
    const parent = i === 0 ? '' : `g-${String(Math.floor((i - 1) / 8)).padStart(7, '0')}`;
    const id = `g-${String(i).padStart(7, '0')}`;
    if (i < leafStart) chunk += `${id},Objective ${i} for the quarter,team,${parent},1,,,,\n`;
    else {
      const current = (i * 7919) % 1000 === 0 ? '' : String((i * 7919) % 120);
      chunk += `${id},Key result ${i} measured weekly,key-result,${parent},${1 + (i % 3)},linear,0,100,${current}\n`;
    }
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'close');
}
