/**
 * Fills `{name}` placeholders in a message template; unknown placeholders are left as they are.
 *
 * @example
 * formatMessage('{value}, {band}', { value: '72%', band: 'at risk' }); // '72%, at risk'
 */
export function formatMessage(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
