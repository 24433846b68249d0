import type { Bilingual } from '../i18n/bilingual.js';

export interface FieldIssue {
  field: string;
  message: string;
  messageEn: string;
}

/** Every error the API answers has this body: a code, a Swedish message and its English twin. */
export interface ErrorBody {
  error: string;
  message: string;
  messageEn: string;
  issues?: FieldIssue[];
  current?: unknown;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Bilingual,
    readonly extra: Pick<ErrorBody, 'issues' | 'current'> = {},
  ) {
    super(text.en);
  }

  toBody(): ErrorBody {
    return { error: this.code, message: this.text.sv, messageEn: this.text.en, ...this.extra };
  }
}

export const forbidden = () =>
  new HttpError(403, 'forbidden', {
    sv: 'Din roll ger inte behörighet till detta.',
    en: 'Your role does not permit this.',
  });

export const notFound = (what: Bilingual) =>
  new HttpError(404, 'not_found', { sv: `${what.sv} finns inte.`, en: `${what.en} does not exist.` });

/** An edit sent without If-Match: 428, so that nobody's change is overwritten unseen. */
export const preconditionRequired = () =>
  new HttpError(428, 'precondition_required', {
    sv: 'Ändringen saknar If-Match med postens ETag; läs posten först så att ingen annans ändring skrivs över.',
    en: 'The change lacks If-Match with the item ETag; read the item first so nobody else’s change is overwritten.',
  });

/** A 400 about one field, said the way schema errors are said. */
export function fieldError(field: string, sv: string, en: string): HttpError {
  return new HttpError(400, 'validation', { sv: `${field}: ${sv}`, en: `${field}: ${en}` }, { issues: [{ field, message: sv, messageEn: en }] });
}

/** What the API answers for an address it does not have; hidden routes answer outsiders exactly the same. */
export function unknownAddress(method: string, url: string): HttpError {
  const path = url.split('?')[0];
  return notFound({ sv: `Adressen ${method} ${path}`, en: `The address ${method} ${path}` });
}
