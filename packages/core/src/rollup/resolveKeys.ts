import { hashId } from './idIndex.js';

/**
 * Bulk string → index resolution as a partitioned hash join. Looking a million shuffled parent ids up in one big
 * table costs several cache misses each (table slot, the id array, the id's characters). Instead both sides are
 * scattered into cache-sized partitions by hash — copying their characters into flat pools on the way, in input
 * order, which is memory order — and each partition is joined in a small table that stays in cache. Exact: every
 * hash match is confirmed by comparing characters.
 */

/** Copies the characters of the strings picked by `select` into a pool laid out in partition order. */
function scatter(
  strings: readonly (string | undefined)[],
  hashes: Int32Array,
  count: number,
  shift: number,
  partitions: number,
): { start: Int32Array; order: Int32Array; hash: Int32Array; charStart: Int32Array; pool: Uint16Array } {
  const start = new Int32Array(partitions + 1);
  let chars = 0;
  // Hashing here, while each string is in cache for its length anyway, saves a separate pass over the strings.
  for (let i = 0; i < count; i++) {
    const s = strings[i];
    if (s === undefined) continue;
    const h = hashId(s);
    hashes[i] = h;
    start[((h >>> shift) + 1) | 0]!++;
    chars += s.length;
  }
  for (let p = 0; p < partitions; p++) start[p + 1]! += start[p]!;
  const total = start[partitions]!;
  let fill = start.slice(0, partitions);
  const order = new Int32Array(total);
  const hash = new Int32Array(total);
  // Character offsets follow partition order so a partition's characters are contiguous; lengths are read here, in
  // input order, because reading them later in partition order would be a cache miss per string.
  const charStart = new Int32Array(total + 1);
  for (let i = 0; i < count; i++) {
    const s = strings[i];
    if (s === undefined) continue;
    const k = fill[hashes[i]! >>> shift]!++;
    order[k] = i;
    hash[k] = hashes[i]!;
    charStart[k + 1] = s.length;
  }
  for (let k = 0; k < total; k++) charStart[k + 1]! += charStart[k]!;
  const pool = new Uint16Array(chars);
  // Same walk again re-derives each string's slot; writes go to `partitions` sequential streams.
  fill = start.slice(0, partitions);
  for (let i = 0; i < count; i++) {
    const s = strings[i];
    if (s === undefined) continue;
    let at = charStart[fill[hashes[i]! >>> shift]!++]!;
    for (let c = 0; c < s.length; c++) pool[at++] = s.charCodeAt(c);
  }
  return { start, order, hash, charStart, pool };
}

function sameChars(
  a: Uint16Array,
  aFrom: number,
  aTo: number,
  b: Uint16Array,
  bFrom: number,
  bTo: number,
): boolean {
  if (aTo - aFrom !== bTo - bFrom) return false;
  for (let i = 0; i < aTo - aFrom; i++) if (a[aFrom + i] !== b[bFrom + i]) return false;
  return true;
}

/** One set of keys to resolve: strings (undefined = skip) and a buffer receiving their hashes. */
export interface KeySet {
  keys: readonly (string | undefined)[];
  hash: Int32Array;
  count: number;
}

/**
 * For each key of each set, the index of the equal string in `ids`, or −1. `ids` must be unique (checked elsewhere).
 * Fills `idHash` and each set's `hash` with `hashId` of each string as a side effect.
 */
export function resolveKeys(
  ids: readonly string[],
  idHash: Int32Array,
  sets: readonly KeySet[],
): Int32Array[] {
  const outs = sets.map((set) => new Int32Array(set.count).fill(-1));
  // ~2k ids per partition keeps a partition's table and characters inside L2.
  let bits = 0;
  while (bits < 16 && ids.length >> (bits + 11) > 0) bits++;
  const partitions = 1 << bits;
  const shift = 32 - bits;
  // `>>> 32` is a no-op in JS, so one partition needs its own path.
  const idSide =
    bits === 0 ? scatterOne(ids, idHash, ids.length) : scatter(ids, idHash, ids.length, shift, partitions);
  const keySides = sets.map((set) =>
    bits === 0
      ? scatterOne(set.keys, set.hash, set.count)
      : scatter(set.keys, set.hash, set.count, shift, partitions),
  );
  let table = new Int32Array(64);
  for (let p = 0; p < partitions; p++) {
    const a = idSide.start[p]!;
    const b = idSide.start[p + 1]!;
    if (a === b) continue;
    let cap = 16;
    while (cap < (b - a) * 2) cap *= 2;
    if (table.length < cap) table = new Int32Array(cap);
    table.fill(-1, 0, cap);
    const mask = cap - 1;
    for (let k = a; k < b; k++) {
      let slot = idSide.hash[k]! & mask;
      while (table[slot] !== -1) slot = (slot + 1) & mask;
      table[slot] = k;
    }
    for (let side = 0; side < keySides.length; side++) {
      const keySide = keySides[side]!;
      const out = outs[side]!;
      for (let j = keySide.start[p]!; j < keySide.start[p + 1]!; j++) {
        const h = keySide.hash[j]!;
        let slot = h & mask;
        for (;;) {
          const k = table[slot]!;
          if (k === -1) break;
          if (
            idSide.hash[k] === h &&
            sameChars(
              idSide.pool,
              idSide.charStart[k]!,
              idSide.charStart[k + 1]!,
              keySide.pool,
              keySide.charStart[j]!,
              keySide.charStart[j + 1]!,
            )
          ) {
            out[keySide.order[j]!] = idSide.order[k]!;
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
    }
  }
  return outs;
}

function scatterOne(strings: readonly (string | undefined)[], hashes: Int32Array, count: number) {
  return scatterWith(strings, hashes, count);
}

/** Single-partition variant (small inputs). */
function scatterWith(strings: readonly (string | undefined)[], hashes: Int32Array, count: number) {
  const order: number[] = [];
  for (let i = 0; i < count; i++) {
    const s = strings[i];
    if (s === undefined) continue;
    hashes[i] = hashId(s);
    order.push(i);
  }
  const total = order.length;
  const start = Int32Array.of(0, total);
  const hash = new Int32Array(total);
  const charStart = new Int32Array(total + 1);
  for (let k = 0; k < total; k++) {
    hash[k] = hashes[order[k]!]!;
    charStart[k + 1] = charStart[k]! + strings[order[k]!]!.length;
  }
  const pool = new Uint16Array(charStart[total]!);
  for (let k = 0; k < total; k++) {
    const s = strings[order[k]!]!;
    for (let c = 0; c < s.length; c++) pool[charStart[k]! + c] = s.charCodeAt(c);
  }
  return { start, order: Int32Array.from(order), hash, charStart, pool };
}
