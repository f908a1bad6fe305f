const warned = new Set<string>();

/**
 * Logs one console warning per distinct message for an invalid prop, naming the prop, the value, the rule and the
 * fallback, as the house convention asks.
 *
 * @example
 * warnInvalidProp('KpiGauge', 'max', 0, 'must be greater than min (10)', 'rendering the no-data state');
 */
export function warnInvalidProp(
  component: string,
  prop: string,
  value: unknown,
  rule: string,
  fallback: string,
): void {
  const message = `[northstar] <${component}> prop "${prop}" = ${JSON.stringify(value)} ${rule}; ${fallback}.`;
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

const warnedKeys = new Set<string>();

/**
 * Logs `message` as a console warning the first time `key` is seen (per page load), so a re-rendering widget never
 * floods the console.
 *
 * @example
 * warnOnce('KpiTable.sorting.switch', '[northstar] <KpiTable> switched from controlled to uncontrolled sorting.');
 */
export function warnOnce(key: string, message: string): void {
  if (warnedKeys.has(key)) return;
  warnedKeys.add(key);
  console.warn(message);
}
