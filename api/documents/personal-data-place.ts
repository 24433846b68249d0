import { containsPersonalIdentityNumber, withoutIdentifiers } from '../domain/personal-identity-numbers.js';
import { documentTexts } from './document-text.js';
import type { Place } from './text/document-text-types.js';

/**
 * Where the first personal identity or coordination number in a document stands; undefined when none does.
 * GUIDs and hashes (a PDF's XMP ids, a SharePoint document's properties, an OLE stream's class ids) are no text.
 */
export async function personalDataPlace(bytes: Uint8Array, fileName: string): Promise<Place | undefined> {
  const pieces = await documentTexts(bytes, fileName);
  return pieces.find((piece) => containsPersonalIdentityNumber(withoutIdentifiers(piece.text)))?.where;
}
