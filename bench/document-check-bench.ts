import { performance } from 'node:perf_hooks';
import JSZip from 'jszip';
import { personalDataPlace } from '../api/documents/personal-data-place.js';
import { mimeMessage, pdfFile } from '../test/support/sample-documents.js';

type Record = (figure: { id: string; name: string; value: number; unit: string; note?: string }) => void;

const rounds = 3;
const line = (i: number) => `Rad ${i}: möte med polisen 2026-03-14 om ärende 1234, trygghetsvandring i centrum.`;

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

/**
 * What the personal identity number check of an uploaded document costs the worker that reads it: a 100-page
 * PDF, a Word file of 20,000 paragraphs and an e-mail with that PDF attached, none holding a number, so each
 * is read to its end. The worker's own start comes on top (some 80 ms built, more under tsx).
 */
export async function documentCheckFigures(record: Record): Promise<void> {
  const pdf = pdfFile(
    Array.from({ length: 100 }, (_, page) => Array.from({ length: 40 }, (_, i) => line(page * 40 + i))),
  );
  const zip = new JSZip();
  const paragraphs = Array.from({ length: 20_000 }, (_, i) => `<w:p><w:r><w:t>${line(i)}</w:t></w:r></w:p>`);
  zip.file('word/document.xml', `<w:document><w:body>${paragraphs.join('')}</w:body></w:document>`);
  const docx = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const eml = mimeMessage({ subject: 'Lägesbild', body: 'Se bilagan.', attachments: { 'Lägesbild.pdf': pdf } });
  const cases = [
    { id: 'document-check-pdf-100-pages-ms', name: 'document check: PDF, 100 pages', bytes: pdf, file: 'a.pdf' },
    {
      id: 'document-check-docx-20000-paragraphs-ms',
      name: 'document check: Word, 20,000 paragraphs',
      bytes: docx,
      file: 'a.docx',
    },
    {
      id: 'document-check-eml-with-pdf-ms',
      name: 'document check: e-mail with that PDF attached',
      bytes: eml,
      file: 'a.eml',
    },
  ];
  for (const { id, name, bytes, file } of cases) {
    const found = await personalDataPlace(bytes, file);
    if (found) throw new Error(`${name}: a number was found where none is`);
    record({
      id,
      name,
      value: await median(() => personalDataPlace(bytes, file)),
      unit: 'ms',
      note: `${(bytes.length / 1024).toFixed(0)} KB, median of ${rounds}`,
    });
  }
}
