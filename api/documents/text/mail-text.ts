import PostalMime from 'postal-mime';
import type { DocumentText, Place, ReadInner } from './document-text-types.js';
import { withEntitiesRead } from './entities.js';
import { attachmentPlace, places, within } from './places.js';

const peoplePlace: Place = { sv: 'bland avsändare och mottagare', en: 'among the sender and recipients' };
const headersPlace: Place = { sv: 'i meddelandets huvud', en: 'in the message’s headers' };

const blockEnds = /<\/(?:p|div|li|td|th|tr|h[1-6]|blockquote|pre)>|<br\b[^>]*>/gi;
const invisible = /<(style|script|head)\b[\s\S]*?<\/\1>/gi;

/** An HTML body's text a block at a time, entities read as characters. */
function htmlLines(html: string): string[] {
  return withEntitiesRead(
    html
      .replace(invisible, '')
      .replace(blockEnds, '\n')
      .replace(/<[^>]*>/g, ''),
  ).split('\n');
}

/**
 * An e-mail (.eml) as a mail program shows it, its transfer encodings (base64, quoted-printable, encoded words)
 * undone by postal-mime: subject, the names of sender and recipients, the body as text and as HTML, and
 * every attachment, a forwarded message too, read as a document of its own.
 */
export async function mailTexts(bytes: Uint8Array, readInner: ReadInner): Promise<DocumentText[]> {
  const email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer', forceRfc822Attachments: true });
  const pieces: DocumentText[] = [];
  if (email.subject) pieces.push({ text: email.subject, where: places.subject });
  const people = [email.from, email.sender, ...(email.replyTo ?? []), ...(email.to ?? []), ...(email.cc ?? [])];
  for (const person of people) if (person?.name) pieces.push({ text: person.name, where: peoplePlace });
  for (const line of [...(email.text ?? '').split(/\r?\n/), ...htmlLines(email.html ?? '')])
    pieces.push({ text: line, where: places.message });
  // Every header, decoded, and the header block's lines as they stand: a line that is no header, which
  // postal-mime passes over, is text all the same.
  for (const header of email.headers) pieces.push({ text: header.value, where: headersPlace });
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const headerEnd = raw.search(/\r?\n\r?\n/);
  for (const line of raw.slice(0, headerEnd < 0 ? raw.length : headerEnd).split(/\r?\n/))
    pieces.push({ text: line, where: headersPlace });
  for (const attachment of email.attachments) {
    const { place, pieces: namedPieces } = attachmentPlace(attachment.filename);
    pieces.push(...namedPieces);
    const content =
      typeof attachment.content === 'string'
        ? new TextEncoder().encode(attachment.content)
        : new Uint8Array(attachment.content);
    const name = attachment.filename ?? (attachment.mimeType === 'message/rfc822' ? 'bilaga.eml' : 'bilaga');
    for (const piece of await readInner(content, name))
      pieces.push({ text: piece.text, where: within(place, piece.where) });
  }
  return pieces;
}
