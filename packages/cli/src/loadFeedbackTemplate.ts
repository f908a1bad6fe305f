import type { FeedbackTemplate } from '@northstar/core/feedback';
import { validateFeedbackTemplate } from '@northstar/core/feedback';
import { CliError, isInputError } from './CliError.js';
import type { CommandContext } from './cliIo.types.js';
import { decodeInput } from './decodeInput.js';
import { readBytes } from './readBytes.js';

/**
 * Reads and validates a feedback template JSON file; errors name the file.
 *
 * @example
 * const template = await loadFeedbackTemplate('feedback-template.json', ctx);
 */
export async function loadFeedbackTemplate(path: string, ctx: CommandContext): Promise<FeedbackTemplate> {
  const { text } = decodeInput(await readBytes(path, ctx.cwd, undefined), path, ctx.input?.encoding);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliError('INVALID_INPUT', `invalid JSON: ${(error as Error).message}`, { file: path });
  }
  try {
    validateFeedbackTemplate(data);
  } catch (error) {
    if (isInputError(error))
      throw new CliError(error.code as CliError['code'], error.message, { ...error.details, file: path });
    throw error;
  }
  return data;
}
