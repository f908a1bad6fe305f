/** A readable, bounded description of a cycle: the first ids and a count, never a megabyte-long message. */
export function describeCycle(cycle: readonly string[], shown = 8): string {
  const quoted = cycle.slice(0, shown).map((id) => JSON.stringify(id));
  return cycle.length > shown
    ? `${quoted.join(' → ')} → … (${cycle.length - 1} nodes on the cycle)`
    : quoted.join(' → ');
}
