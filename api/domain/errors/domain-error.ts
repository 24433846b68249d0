import type { Bilingual } from '../../i18n/bilingual.js';
import { type ErrorCode, errorStatuses } from './error-codes.js';

export interface FieldIssue {
  field: string;
  message: string;
  messageEn: string;
}

export interface ErrorDetails {
  /** The fields at fault, each with its message in both languages. */
  issues?: FieldIssue[];
  /** On a conflict: the version someone else saved, for the caller to show beside their own. */
  current?: unknown;
}

/**
 * What every refusal in the product is: a stable code from the catalogue (with its HTTP status), the text in
 * Swedish and English, and the fields at fault. Services throw subclasses; the HTTP edge answers them as
 * they are, and the bot says their text.
 */
export class DomainError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly text: Bilingual,
    readonly details: ErrorDetails = {},
  ) {
    super(text.en);
    this.name = new.target.name;
    this.status = errorStatuses[code];
  }
}

/** Something that does not exist, or that the caller may not know exists: "<what> finns inte." */
export class NotFound extends DomainError {
  constructor(what: Bilingual) {
    super('not_found', { sv: `${what.sv} finns inte.`, en: `${what.en} does not exist.` });
  }
}

/** One field's value refused, said the way schema errors are said. */
export class FieldRefused extends DomainError {
  constructor(
    readonly field: string,
    sv: string,
    en: string,
  ) {
    super(
      'validation',
      { sv: `${field}: ${sv}`, en: `${field}: ${en}` },
      { issues: [{ field, message: sv, messageEn: en }] },
    );
  }
}

/** An edit of something that exists, sent without the ETag it was read with: nobody's change is overwritten unseen. */
export class EtagRequired extends DomainError {
  constructor() {
    super('precondition_required', {
      sv: 'Ändringen saknar If-Match med postens ETag; läs posten först så att ingen annans ändring skrivs över.',
      en: 'The change lacks If-Match with the item ETag; read the item first so nobody else’s change is overwritten.',
    });
  }
}
