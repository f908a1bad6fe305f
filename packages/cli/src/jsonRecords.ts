import { CliError } from './CliError.js';

/**
 * A parsed JSON array of records with the 1-based line each element starts on.
 *
 * @example
 * const t: JsonRecords = parseJsonRecords('[\n{"id": "g-1"}\n]', 'goals.json', 'goals');
 * t.lineAt(0); // 2
 */
export interface JsonRecords {
  kind: 'json';
  file: string;
  records: unknown[];
  /** Line on which element `index` starts; computed on first use, since only error messages need it. */
  lineAt(index: number): number;
}

/**
 * Lines on which each element of a top-level JSON array starts, by one pass over the text that only tracks strings
 * and nesting (`JSON.parse` does the actual parsing and reports syntax errors).
 *
 * @example
 * topLevelElementLines('[\n {"id": "a"},\n {"id": "b"}\n]'); // [2, 3]
 */
export function topLevelElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    // Whitespace never starts an element.
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    if (depth === 1 && expectElement && c !== 93) {
      lines.push(line);
      expectElement = false;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth === 1 && c === 91) expectElement = true;
    } else if (c === 93 || c === 125) depth--;
    else if (c === 44 && depth === 1) expectElement = true;
  }
  return lines;
}

/** Line and column of a character offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Parses JSON text that must be an array of objects (`what` names them in messages); a syntax error names the line
 * and column when the JavaScript engine reports a position.
 *
 * @example
 * parseJsonRecords('[{"id":"g-1"}]', 'goals.json', 'goal objects').records; // [{ id: 'g-1' }]
 */
export function parseJsonRecords(text: string, file: string, what: string): JsonRecords {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    const where = at === null ? {} : positionOf(text, Number(at[1]));
    throw new CliError('INVALID_INPUT', `invalid JSON: ${message}`, { file, ...where });
  }
  if (!Array.isArray(data)) {
    throw new CliError(
      'INVALID_INPUT',
      `expected a JSON array of ${what}, got ${data === null ? 'null' : typeof data}`,
      {
        file,
      },
    );
  }
  let lines: number[] | undefined;
  const lineAt = (index: number): number => {
    lines ??= topLevelElementLines(text);
    return lines[index] ?? 0;
  };
  for (let i = 0; i < data.length; i++) {
    const record: unknown = data[i];
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new CliError('INVALID_INPUT', `element ${i + 1} must be an object (one of the ${what})`, {
        file,
        line: lineAt(i),
        index: i,
      });
    }
  }
  return { kind: 'json', file, records: data, lineAt };
}
