import { stringWidth } from './stringWidth.js';

/**
 * Word-wraps prose to `width` display columns (words longer than a line stay whole); continuation lines get
 * `indent` spaces. Each input line is wrapped on its own.
 *
 * @example
 * wrapText('No self review: p-029, p-070, p-141.', 20); // 'No self review:\np-029, p-070, p-141.'
 */
export function wrapText(text: string, width: number, indent = 0): string {
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((line) => {
      if (stringWidth(line) <= width) return line;
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        const next = current === '' ? word : `${current} ${word}`;
        const limit = out.length === 0 ? width : width - indent;
        if (current !== '' && stringWidth(next) > limit) {
          out.push(current);
          current = word;
        } else current = next;
      }
      out.push(current);
      return out.map((l, i) => (i === 0 ? l : pad + l)).join('\n');
    })
    .join('\n');
}
