import { DomainError } from '../domain/errors/domain-error.js';

/** A file the import cannot read, with what to do about it in Swedish and English. */
export class UnreadableFile extends DomainError {
  constructor(
    readonly sv: string,
    readonly en: string,
  ) {
    super('unreadable_file', { sv, en });
  }
}
