import { registrationFromClass, type RecordsPlan } from '../domain/records/records.js';
import { documentKindOf, registrationFields } from '../documents/records-fields.js';
import { ForwardingStore } from '../store/forwarding-store.js';
import type { FileInfo, StoragePort } from '../store/port.js';

/**
 * The store every service saves documents through: a file saved for the first time gets its kind's line of
 * the dokumenthanteringsplan (handlingstyp, sekretess, bevaras or gallras) in its library columns, whoever
 * saves it. What was set on the file since, a diarienummer above all, is kept on every later version.
 */
export class RecordsStampingStore extends ForwardingStore {
  constructor(
    inner: StoragePort,
    private readonly plan: () => Promise<RecordsPlan>,
  ) {
    super(inner);
  }

  override async putFile(
    library: string,
    path: string,
    content: Uint8Array,
    contentType: string,
    actor: string,
  ): Promise<FileInfo> {
    const info = await this.inner.putFile(library, path, content, contentType, actor);
    const kind = documentKindOf(library, info.path);
    if (!kind || info.fields?.handlingstyp) return info;
    return this.inner.setFileFields(
      library,
      info.path,
      registrationFields(registrationFromClass((await this.plan())[kind])),
      actor,
    );
  }
}
