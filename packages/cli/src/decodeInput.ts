import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { CliError } from './CliError.js';

/**
 * Encodings `--encoding` accepts, by the names people type (Excel's "ANSI" is Windows-1252 in Western locales).
 *
 * @example
 * INPUT_ENCODINGS['cp1252']; // 'windows-1252'
 */
export const INPUT_ENCODINGS: Readonly<Record<string, string>> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  utf16: 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  utf16be: 'utf-16be',
  'utf-16be': 'utf-16be',
  cp1252: 'windows-1252',
  'windows-1252': 'windows-1252',
  ansi: 'windows-1252',
  latin1: 'iso-8859-1',
  'iso-8859-1': 'iso-8859-1',
  'iso-8859-15': 'iso-8859-15',
};

/**
 * Decoded input text and the encoding it was read as.
 *
 * @example
 * const d: DecodedInput = { text: 'id\n', encoding: 'utf-8' };
 */
export interface DecodedInput {
  text: string;
  encoding: string;
}

/**
 * Decodes file bytes the way HR exports come: a byte-order mark wins (UTF-8, UTF-16 LE/BE); otherwise valid UTF-8
 * is UTF-8 and anything else is read as Windows-1252 (what Excel writes as "CSV" in Western locales), so "Søren"
 * never turns into "S�ren". `encoding` (an {@link INPUT_ENCODINGS} name) overrides the guess; bytes that are not
 * valid in a UTF encoding given explicitly are an error naming the file, never silent replacement characters.
 *
 * @example
 * decodeInput(Buffer.from([0x53, 0xf8, 0x72, 0x65, 0x6e]), 'people.csv').text; // 'Søren' (cp1252)
 */
export function decodeInput(bytes: Uint8Array, file: string, encoding?: string): DecodedInput {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let name = encoding === undefined ? undefined : INPUT_ENCODINGS[encoding.toLowerCase()];
  if (encoding !== undefined && name === undefined) {
    throw new CliError(
      'INVALID_INPUT',
      `unknown encoding "${encoding}" (use one of utf-8, utf-16le, utf-16be, cp1252, latin1)`,
      { file, field: 'encoding' },
    );
  }
  let start = 0;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    name ??= 'utf-8';
    if (name === 'utf-8') start = 3;
  } else if (buf[0] === 0xff && buf[1] === 0xfe) {
    name ??= 'utf-16le';
    if (name === 'utf-16le') start = 2;
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    name ??= 'utf-16be';
    if (name === 'utf-16be') start = 2;
  }
  const body = buf.subarray(start);
  if (name === undefined) name = isUtf8(body) ? 'utf-8' : 'windows-1252';
  if (name === 'utf-8') {
    if (!isUtf8(body)) {
      throw new CliError(
        'INVALID_INPUT',
        'the file is not valid UTF-8: export it as "CSV UTF-8", or give its encoding with --encoding cp1252',
        { file },
      );
    }
    return { text: body.toString('utf8'), encoding: name };
  }
  if (name.startsWith('utf-16') && body.length % 2 === 1) {
    throw new CliError(
      'INVALID_INPUT',
      `the file is not valid ${name.toUpperCase()}: it has an odd number of bytes`,
      {
        file,
      },
    );
  }
  return { text: iconv.decode(body, name, { stripBOM: false }), encoding: name };
}
