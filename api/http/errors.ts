import { DomainError, EtagRequired, type FieldIssue, FieldRefused, NotFound } from '../domain/errors/domain-error.js';
import type { ErrorCode } from '../domain/errors/error-codes.js';
import type { Bilingual } from '../i18n/bilingual.js';
import { shownInput } from '../domain/text-policy.js';

export type { FieldIssue };

/** Every error the API answers has this body: a code from the catalogue, a Swedish message and its English twin. */
export interface ErrorBody {
  error: ErrorCode;
  message: string;
  messageEn: string;
  issues?: FieldIssue[];
  current?: unknown;
}

export function errorBody(error: DomainError): ErrorBody {
  return { error: error.code, message: error.text.sv, messageEn: error.text.en, ...error.details };
}

export const forbidden = () =>
  new DomainError('forbidden', {
    sv: 'Din roll ger inte behörighet till detta.',
    en: 'Your role does not permit this.',
  });

export const notFound = (what: Bilingual) => new NotFound(what);

/** An edit sent without If-Match: 428, so that nobody's change is overwritten unseen. */
export const preconditionRequired = () => new EtagRequired();

/** A 400 about one field, said the way schema errors are said. */
export const fieldError = (field: string, sv: string, en: string) => new FieldRefused(field, sv, en);

/** What the API answers for an address it does not have; hidden routes answer outsiders exactly the same. */
export function unknownAddress(method: string, url: string): DomainError {
  const path = shownInput(url.split('?')[0] ?? '', 120);
  return notFound({ sv: `Adressen ${method} ${path}`, en: `The address ${method} ${path}` });
}
