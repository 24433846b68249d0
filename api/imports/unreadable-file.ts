/** A file the import cannot read, with what to do about it in Swedish and English. */
export class UnreadableFile extends Error {
  constructor(
    readonly sv: string,
    readonly en: string,
  ) {
    super(en);
  }
}
