import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { NorthstarError } from '../errors/NorthstarError.js';

/**
 * Display name of standard input in messages.
 *
 * @example
 * errorLocation({ file: STDIN_NAME, line: 3 }); // '<stdin>:3'
 */
export const STDIN_NAME = '<stdin>';

/** Reads an async iterable of chunks (stdin) to one UTF-8 string. */
async function readAll(stream: AsyncIterable<string | Uint8Array>): Promise<string> {
  const parts: string[] = [];
  const decoder = new TextDecoder();
  for await (const chunk of stream) {
    parts.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Reads a UTF-8 text file (or stdin for `-`) and strips a byte-order mark; a missing or unreadable file is an
 * `INVALID_INPUT` error naming it.
 *
 * @example
 * const text = await readText('goals.csv', '/data', undefined);
 */
export async function readText(
  path: string,
  cwd: string,
  stdin: AsyncIterable<string | Uint8Array> | undefined,
): Promise<string> {
  let text: string;
  if (path === '-') {
    if (stdin === undefined) {
      throw new NorthstarError('INVALID_INPUT', 'standard input is not available', { file: STDIN_NAME });
    }
    // Waiting on a terminal would look like a hang.
    if ((stdin as { isTTY?: boolean }).isTTY === true) {
      throw new NorthstarError(
        'INVALID_INPUT',
        'nothing is piped in: use a file name, or pipe CSV in (cat goals.csv | northstar rollup -)',
        {
          file: STDIN_NAME,
        },
      );
    }
    text = await readAll(stdin);
  } else {
    try {
      text = await readFile(resolve(cwd, path), 'utf8');
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const reason =
        code === 'ENOENT'
          ? 'file not found'
          : code === 'EISDIR'
            ? 'is a directory, expected a file'
            : code === 'EACCES'
              ? 'permission denied'
              : `cannot be read (${(error as Error).message})`;
      throw new NorthstarError('INVALID_INPUT', reason, { file: path });
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
