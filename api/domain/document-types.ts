/**
 * What the product's libraries keep: documents as departments, the police and actors send them (PDF, Office,
 * OpenDocument, text, e-mail, pictures), never programs, scripts or web pages that could run for the next
 * person who opens them. The tab offers the same in its file dialog.
 */
export const documentTypes = [
  'pdf',
  'docx',
  'doc',
  'odt',
  'rtf',
  'txt',
  'xlsx',
  'xls',
  'ods',
  'csv',
  'pptx',
  'ppt',
  'odp',
  'msg',
  'eml',
  'jpg',
  'jpeg',
  'png',
] as const;

/** For a file input's `accept`: the types' extensions. */
export const documentAccept = documentTypes.map((type) => `.${type}`).join(',');

/** Whether a file name ends in one of the document types, in any case. */
export function isDocumentName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return (
    dot > 0 &&
    (documentTypes as readonly string[]).includes(
      name
        .slice(dot + 1)
        .trim()
        .toLowerCase(),
    )
  );
}
