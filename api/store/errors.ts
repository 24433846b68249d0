import type { ErrorCode } from '../domain/errors/error-codes.js';
import type { StoredItem } from './port.js';

/** The adapters' errors: each has its catalogue code; the HTTP edge gives them their bilingual text. */
export class StoreError extends Error {
  readonly code: ErrorCode = 'internal';

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The item changed since the caller read it (Graph: 412 Precondition Failed). */
export class ConflictError extends StoreError {
  override readonly code = 'conflict';

  constructor(
    readonly list: string,
    readonly id: string,
    readonly current: StoredItem,
  ) {
    super(`Item ${id} in ${list} was changed by someone else`);
  }
}

export class NotFoundError extends StoreError {
  override readonly code = 'not_found';

  constructor(
    readonly what: string,
    readonly id: string,
  ) {
    super(`${what} ${id} not found`);
  }
}

/** The caller asked for something the list or library definition does not allow. */
export class StoreUsageError extends StoreError {}

/** The store cannot start on what it found (an empty, foreign or damaged database); says which file and what to do. */
export class StoreStartError extends StoreError {
  override readonly code = 'config_invalid';

  constructor(
    readonly sv: string,
    readonly en: string,
  ) {
    super(`${sv}\n${en}`);
  }
}

/** The disk under the store is full: nothing was written. */
export class StoreFullError extends StoreError {
  override readonly code = 'storage_full';

  constructor(readonly where: string) {
    super(`No space left on the device holding ${where}`);
  }
}
