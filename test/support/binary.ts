import JSZip from 'jszip';
import type { Response } from 'superagent';

/** supertest's parser for a binary body (Word documents, zips), collected as one Buffer. */
export function binaryBody(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/** The text of a Word document's body, tags stripped, for reading a generated document back. */
export async function wordText(docx: Buffer | Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

/** The text of a Word document's page headers, tags stripped. */
export async function wordHeaderText(docx: Buffer | Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const headers = await Promise.all(zip.file(/^word\/header\d*\.xml$/).map((file) => file.async('string')));
  return headers
    .join(' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}
