import type { Request } from 'express';
import { z } from 'zod';
import { bilingual } from '../i18n/bilingual.js';
import { DomainError } from '../domain/errors/domain-error.js';
import { documentTypes, isDocumentName } from '../domain/document-types.js';
import { refuseDocumentWithPersonalData } from '../documents/document-check.js';

/** Uploads come as the raw body (application/octet-stream) with the file's name in the query. */
export const fileNameQuery = z.object({
  fileName: z
    .string({ error: bilingual('ange filens namn', 'give the file’s name') })
    .trim()
    .min(1, { error: bilingual('ange filens namn', 'give the file’s name') })
    // Any name is taken; the library gets a safe form of it (safeFileName), so an odd name is never a 500.
    .max(1000, {
      error: bilingual('filnamnet får vara högst 1 000 tecken', 'the file name may be at most 1,000 characters'),
    }),
});

export function uploadedBytes(req: Request): Uint8Array {
  if (!Buffer.isBuffer(req.body)) {
    throw new DomainError('unsupported_media_type', {
      sv: 'Skicka filen som application/octet-stream.',
      en: 'Send the file as application/octet-stream.',
    });
  }
  if (req.body.length === 0) throw new DomainError('empty_file', { sv: 'Filen är tom.', en: 'The file is empty.' });
  return new Uint8Array(req.body);
}

const contentTypes: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  txt: 'text/plain; charset=utf-8',
};

/** What SharePoint and the download should call the file, from its name. */
export function contentTypeOf(fileName: string): string {
  return contentTypes[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

/** A stored file sent back for download under its own name. */
export function download(file: {
  info: { path: string; version: string; contentType?: string; webUrl?: string };
  content: Uint8Array;
}) {
  const name = file.info.path.split('/').pop()!;
  return {
    raw: file.content,
    webUrl: file.info.webUrl,
    contentType: contentTypeOf(name),
    headers: {
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      'X-Document-Version': file.info.version,
    },
  };
}

/**
 * The bytes of a document for a library: refused, naming the types taken, when its name is not of a
 * document type (a program, a script, a web page), and refused when its text holds a personal identity
 * number, before anything is stored.
 */
export async function uploadedDocument(req: Request, fileName: string): Promise<Uint8Array> {
  if (!isDocumentName(fileName)) {
    const types = documentTypes.join(', ');
    throw new DomainError('not_a_document', {
      sv: `Filtypen tas inte emot. Ladda upp ett dokument: ${types}.`,
      en: `The file type is not taken. Upload a document: ${types}.`,
    });
  }
  const bytes = uploadedBytes(req);
  await refuseDocumentWithPersonalData(bytes, fileName);
  return bytes;
}
