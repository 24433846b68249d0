import type { ApiError } from '../../api/client.js';
import type { Language } from '../../i18n/language.js';

/** The API's message for one field, for Fluent's Field validationMessage. */
export function fieldError(error: ApiError | undefined, field: string, language: Language): string | undefined {
  const issue = error?.issueFor(field);
  return issue && (language === 'sv' ? issue.message : issue.messageEn);
}
