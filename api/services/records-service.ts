import { NotFound } from '../domain/errors/domain-error.js';
import { type Registration, registrationFromClass, type RecordsPlan } from '../domain/records/records.js';
import { documentKindOf, registrationFields, registrationOf } from '../documents/records-fields.js';
import type { SettingsRepository } from '../repositories/settings-repository.js';
import { findFile, type FileInfo, type StoragePort } from '../store/port.js';
import type { Clock } from '../domain/clock.js';
import { todayIn } from '../domain/cycle/index.js';
import { checkNotInFuture } from '../domain/year-order.js';

export interface RecordsServiceDependencies {
  store: StoragePort;
  settings: SettingsRepository;
  clock: Clock;
}

/** Unknown, or not the caller's to read: both answer the same, so nobody learns what exists. */
export class DocumentNotFound extends NotFound {
  constructor() {
    super({ sv: 'Dokumentet', en: 'The document' });
  }
}

/** Registration and retention (arkivlagen): the dokumenthanteringsplan, and each stored document's records metadata. */
export class RecordsService {
  constructor(private readonly deps: RecordsServiceDependencies) {}

  plan(): Promise<{ plan: RecordsPlan; etag: string }> {
    return this.deps.settings.recordsPlan();
  }

  savePlan(plan: RecordsPlan, etag: string, actor: string): Promise<{ plan: RecordsPlan; etag: string }> {
    return this.deps.settings.saveRecordsPlan(plan, etag, actor);
  }

  /** The document with its registration; a file saved before registration existed gets its kind's class. */
  async document(library: string, path: string): Promise<{ info: FileInfo; registration: Registration | null }> {
    const info = await findFile(this.deps.store, library, path);
    if (!info) throw new DocumentNotFound();
    const kind = documentKindOf(library, info.path);
    const registration =
      registrationOf(info.fields) ?? (kind ? registrationFromClass((await this.plan()).plan[kind]) : null);
    return { info, registration };
  }

  /** Writes the whole registration in the document's library columns; later versions keep it. */
  async register(library: string, path: string, registration: Registration, actor: string): Promise<FileInfo> {
    await this.document(library, path);
    // Fastställd records that the document was adopted: a day still to come has not happened.
    if (registration.faststalld)
      checkNotInFuture('faststalld', registration.faststalld, todayIn(this.deps.clock), {
        sv: 'Fastställandet',
        en: 'The adoption',
      });
    return this.deps.store.setFileFields(library, path, registrationFields(registration), actor);
  }
}
