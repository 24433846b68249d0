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

const servedYear = bilingual(
  `ange ett år från ${servedYears.first} till ${servedYears.last}`,
  `give a year from ${servedYears.first} to ${servedYears.last}`,
);

/** A year in an address: four digits, as the tab writes it (not 0x7EA, +2026 or 2026.0), one of the served years. */
export const yearParams = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/, {
      error: bilingual(
        'ange ett årtal med fyra siffror, till exempel 2026',
        'give a year of four digits, for example 2026',
      ),
    })
    .transform(Number)
    .pipe(z.number().min(servedYears.first, { error: servedYear }).max(servedYears.last, { error: servedYear })),
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
