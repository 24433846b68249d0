import { z } from 'zod';
import { isoDateSchema } from '../domain/iso-date.js';
import { bilingual } from '../i18n/bilingual.js';
import { servedYears } from '../domain/served-years.js';

export const idParams = z.object({
  id: z
    .string()
    .regex(/^\d+$/, { error: bilingual('ogiltigt id: ett nummer väntas', 'invalid id: a number is expected') }),
});

export const isoDate = isoDateSchema;

export const yearParams = z.object({
  year: z.coerce
    .number({ error: bilingual('ange ett årtal, till exempel 2026', 'give a year, for example 2026') })
    .int()
    .min(servedYears.first)
    .max(servedYears.last),
});

/** A saved Word document as the routes describe it: which version, when, where in its library. */
import { documentInfoSchema, type DocumentInfoBody } from '../contract/documents.js';
import { registrationOf } from '../documents/records-fields.js';
import type { FileInfo } from '../store/port.js';

export { documentInfoSchema, type DocumentInfoBody };

type SavedFile = Pick<FileInfo, 'version' | 'modifiedAt' | 'path' | 'library' | 'fields'>;

export function documentInfoBody(info: SavedFile): DocumentInfoBody;
export function documentInfoBody(info: SavedFile | undefined): DocumentInfoBody | null;
export function documentInfoBody(
  info: Pick<FileInfo, 'version' | 'modifiedAt' | 'path' | 'library' | 'fields'> | undefined,
): DocumentInfoBody | null {
  return info
    ? {
        version: info.version,
        modifiedAt: info.modifiedAt,
        path: info.path,
        library: info.library,
        registration: registrationOf(info.fields) ?? null,
      }
    : null;
}
