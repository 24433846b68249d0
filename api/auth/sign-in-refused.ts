import type { Bilingual } from '../i18n/bilingual.js';

/** The caller could not be signed in (401) or has no role here (403); the HTTP edge answers it as such. */
export class SignInRefused extends Error {
  constructor(
    readonly status: 401 | 403,
    readonly code: 'unauthorized' | 'no_role',
    readonly text: Bilingual,
  ) {
    super(text.en);
  }
}

export const unauthorized = (text: Bilingual) => new SignInRefused(401, 'unauthorized', text);
