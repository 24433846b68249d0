import type { Place } from './text/document-text-types.js';
import { DomainError } from '../domain/errors/domain-error.js';
import { runInWorker } from '../workers/run-in-worker.js';

/** Time and memory the check of one document may take. */
export const documentCheckBudget = { timeoutMs: 30_000, maxOldGenerationSizeMb: 512 };

const workerModule = new URL(
  import.meta.url.endsWith('.ts') ? './personal-data-worker.ts' : './personal-data-worker.js',
  import.meta.url,
);

/**
 * The text policy for an uploaded document, as the router applies it to every typed text: a document whose
 * readable text holds a Swedish personal identity or coordination number is not kept, and the refusal says
 * where (never the number). The document is read in a worker thread with a budget; one that cannot be
 * checked (too large unpacked, too deeply nested, too heavy) is not kept either.
 */
export async function refuseDocumentWithPersonalData(
  bytes: Uint8Array,
  fileName: string,
  budget = documentCheckBudget,
  signal?: AbortSignal,
): Promise<void> {
  const notCheckable = (message: { sv: string; en: string }) => new DomainError('file_not_checkable', message);
  const found = await runInWorker<Place | null>({
    module: workerModule,
    data: { bytes, fileName },
    budget,
    signal,
    refused: notCheckable,
    tooHeavy: () =>
      notCheckable({
        sv: 'Dokumentet tar för lång tid eller för mycket minne att granska och sparades inte. Dela upp det i mindre dokument.',
        en: 'The document takes too long or too much memory to check and was not kept. Split it into smaller documents.',
      }),
  });
  if (!found) return;
  throw new DomainError(
    'file_personal_data',
    {
      sv: `Dokumentet sparades inte: det innehåller ett personnummer eller samordningsnummer ${found.sv}. Ta bort numret ur dokumentet och ladda upp det igen – sådana nummer förs inte in i appen.`,
      en: `The document was not kept: it contains a Swedish personal identity or coordination number ${found.en}. Remove the number from the document and upload it again – such numbers are not kept in the app.`,
    },
    {
      issues: [
        {
          field: 'file',
          message: `dokumentet innehåller ett personnummer eller samordningsnummer ${found.sv}`,
          messageEn: `the document contains a personal identity or coordination number ${found.en}`,
        },
      ],
    },
  );
}
