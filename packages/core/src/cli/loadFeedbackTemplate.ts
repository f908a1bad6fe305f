import { isNorthstarError, NorthstarError } from '../errors/NorthstarError.js';
import type { FeedbackTemplate } from '../feedback/feedback.types.js';
import { validateFeedbackTemplate } from '../feedback/validateFeedbackTemplate.js';
import type { CommandContext } from './cliIo.types.js';
import { readText } from './readText.js';

/**
 * Reads and validates a feedback template JSON file; errors name the file.
 *
 * @example
 * const template = await loadFeedbackTemplate('feedback-template.json', ctx);
 */
export async function loadFeedbackTemplate(path: string, ctx: CommandContext): Promise<FeedbackTemplate> {
  const text = await readText(path, ctx.cwd, undefined);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new NorthstarError('INVALID_INPUT', `invalid JSON: ${(error as Error).message}`, { file: path });
  }
  try {
    validateFeedbackTemplate(data);
  } catch (error) {
    if (isNorthstarError(error))
      throw new NorthstarError(error.code, error.message, { ...error.details, file: path });
    throw error;
  }
  return data;
}
