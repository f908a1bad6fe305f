import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from './CliError.js';

/**
 * Display name of standard input in messages.
 *
 * @example
 * errorLocation({ file: STDIN_NAME, line: 3 }); // '<stdin>:3'
 */
export const STDIN_NAME = '<stdin>';

/** Reads an async iterable of chunks (stdin) to one buffer of bytes (strings are taken as UTF-8). */
async function readAll(stream: AsyncIterable<string | Uint8Array>): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  for await (const chunk of stream)
    parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(parts);
}

/**
 * Reads a file's bytes (or stdin's for `-`), to be decoded by `decodeInput`; a missing or unreadable file is an
 * `INVALID_INPUT` error naming it.
 *
 * @example
 * const bytes = await readBytes('goals.csv', '/data', undefined);
 */
export async function readBytes(
  path: string,
  cwd: string,
  stdin: AsyncIterable<string | Uint8Array> | undefined,
): Promise<Uint8Array> {
  let text: Uint8Array;
  if (path === '-') {
    if (stdin === undefined) {
      throw new CliError('INVALID_INPUT', 'standard input is not available', { file: STDIN_NAME });
    }
    // Waiting on a terminal would look like a hang.
    if ((stdin as { isTTY?: boolean }).isTTY === true) {
      throw new CliError(
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
      text = await readFile(resolve(cwd, path));
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
      throw new CliError('INVALID_INPUT', reason, { file: path });
    }
  }
  return text;
}
