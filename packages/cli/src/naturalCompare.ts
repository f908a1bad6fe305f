function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Compares ids so that digit runs sort by number (`g-2` before `g-10`), independent of locale; a total order
 * (0 only for equal strings).
 *
 * @example
 * ['g-10', 'g-2'].sort(naturalCompare); // ['g-2', 'g-10']
 */
export function naturalCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      let ia = i;
      let jb = j;
      while (ia < a.length && a.charCodeAt(ia) === 48) ia++;
      while (jb < b.length && b.charCodeAt(jb) === 48) jb++;
      let ea = ia;
      let eb = jb;
      while (ea < a.length && isDigit(a.charCodeAt(ea))) ea++;
      while (eb < b.length && isDigit(b.charCodeAt(eb))) eb++;
      if (ea - ia !== eb - jb) return ea - ia - (eb - jb);
      for (let k = 0; k < ea - ia; k++) {
        const d = a.charCodeAt(ia + k) - b.charCodeAt(jb + k);
        if (d !== 0) return d;
      }
      i = ea;
      j = eb;
      continue;
    }
    if (ca !== cb) return ca - cb;
    i++;
    j++;
  }
  const rest = a.length - i - (b.length - j);
  if (rest !== 0) return rest;
  // "g-01" and "g-1" tie numerically; code-unit order keeps the sort total and deterministic.
  return a < b ? -1 : a > b ? 1 : 0;
}
