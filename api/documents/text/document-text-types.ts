/** Where in a document a text is, as a person finds it ("i sidhuvud eller sidfot", "på rad 12"). */
export interface Place {
  sv: string;
  en: string;
}

/** A run of a document's text and where it is. */
export interface DocumentText {
  text: string;
  where: Place;
}

/** Reads the text of a document found inside another (an attachment, an embedded object), one level deeper. */
export type ReadInner = (bytes: Uint8Array, fileName: string) => Promise<DocumentText[]>;

/** A document the service cannot check, and so does not keep: what it is and what to do, in both languages. */
export class DocumentNotCheckable extends Error {
  constructor(
    readonly sv: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** What a zipped file (its XML and the files it carries) may inflate to before it is read; past it, it is refused. */
export const unpackedLimitBytes = 100 * 1024 * 1024;
