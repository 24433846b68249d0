import { DocumentTooLargeToRead, documentTexts } from '../documents/document-text.js';
import { DomainError } from '../domain/errors/domain-error.js';
import { containsPersonalIdentityNumber } from '../domain/personal-data.js';

/**
 * The text policy for an uploaded document, as the router applies it to every typed text: a document whose
 * readable text holds a Swedish personal identity or coordination number is not kept, and the refusal says
 * where (never the number). PDFs and pictures have no text the service can read and are kept as they come.
 */
export async function refuseDocumentWithPersonalData(bytes: Uint8Array, fileName: string): Promise<void> {
  let pieces: Awaited<ReturnType<typeof documentTexts>>;
  try {
    pieces = await documentTexts(bytes, fileName);
  } catch (error) {
    if (!(error instanceof DocumentTooLargeToRead)) throw error;
    throw new DomainError('too_large', {
      sv: 'Dokumentet packas upp till mer än 100 MB text och kan inte granskas. Dela upp det eller spara det som PDF.',
      en: 'The document unpacks to more than 100 MB of text and cannot be checked. Split it or save it as PDF.',
    });
  }
  const found = pieces.find((piece) => containsPersonalIdentityNumber(piece.text));
  if (!found) return;
  throw new DomainError(
    'file_personal_data',
    {
      sv: `Dokumentet sparades inte: det innehåller ett personnummer eller samordningsnummer ${found.where.sv}. Ta bort numret ur dokumentet och ladda upp det igen – sådana nummer förs inte in i appen.`,
      en: `The document was not kept: it contains a Swedish personal identity or coordination number ${found.where.en}. Remove the number from the document and upload it again – such numbers are not kept in the app.`,
    },
    {
      issues: [
        {
          field: 'file',
          message: `dokumentet innehåller ett personnummer eller samordningsnummer ${found.where.sv}`,
          messageEn: `the document contains a personal identity or coordination number ${found.where.en}`,
        },
      ],
    },
  );
}
