import { DomainError } from '../domain/errors/domain-error.js';
import type { Bilingual } from '../i18n/bilingual.js';

/** The caller could not be signed in (401) or has no role here (403). */
export class SignInRefused extends DomainError {
  constructor(code: 'unauthorized' | 'no_role', text: Bilingual) {
    super(code, text);
  }
}

export const unauthorized = (text: Bilingual) => new SignInRefused('unauthorized', text);
