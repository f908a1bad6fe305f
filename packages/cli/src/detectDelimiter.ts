/**
 * Delimiters `--delimiter` accepts, by the names people type.
 *
 * @example
 * CSV_DELIMITERS.tab; // '\t'
 */
export const CSV_DELIMITERS: Readonly<Record<string, string>> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  '\t': '\t',
  '\\t': '\t',
  tab: '\t',
  '|': '|',
  pipe: '|',
};

/**
 * Guesses a CSV file's delimiter from its header line: whichever of comma, semicolon and tab occurs most outside
 * quotes (Excel writes semicolons in locales whose decimal separator is a comma: de, fr, nl, …); comma on a tie.
 *
 * @example
 * detectDelimiter('id;titel;gewicht\ng1;Umsatz;0,5\n'); // ';'
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}
