import { agreementState, type AgreementInput, type AgreementRecord, type AgreementState } from '../domain/agreement.js';
import type { Clock } from '../domain/clock.js';
import { todayIn } from '../domain/cycle/index.js';
import type { AgreementRepository } from '../repositories/agreement-repository.js';
import type { Stored } from '../repositories/collection.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { FileInfo, StoragePort } from '../store/port.js';
import { councilLibrary, UnknownActor } from './council-service.js';
import { safeFileName } from '../domain/file-names.js';
import { NotFound } from '../domain/errors/domain-error.js';
import { checkNotInFuture } from '../domain/year-order.js';

export interface AgreementView extends Stored<AgreementRecord> {
  actorName: string;
  state: AgreementState;
}

export class AgreementNotFound extends NotFound {
  constructor() {
    super({ sv: 'Överenskommelsen', en: 'The agreement' });
  }
}

/** Written cooperation agreements: with whom, signed when, valid until when, and the signed document. */
export class AgreementService {
  constructor(
    private readonly clock: Clock,
    private readonly store: StoragePort,
    private readonly agreements: AgreementRepository,
    private readonly organisation: OrganisationRepository,
  ) {}

  async list(): Promise<AgreementView[]> {
    const [agreements, actors] = await Promise.all([this.agreements.all(), this.organisation.listActors()]);
    const today = todayIn(this.clock);
    // The one running out first comes first; those valid until further notice last.
    const byEnd = [...agreements].sort((a, b) => (a.validUntil ?? '9999').localeCompare(b.validUntil ?? '9999'));
    return byEnd.map((agreement) => ({
      ...agreement,
      actorName: actors.find((a) => a.id === agreement.actorId)?.name ?? agreement.actorId,
      state: agreementState(agreement, today),
    }));
  }

  async create(input: AgreementInput, actor: string): Promise<AgreementView> {
    this.checkSigned(input);
    await this.checkActor(input.actorId);
    const created = await this.agreements.agreements.create({ ...input, documentPath: null }, actor);
    return this.one(created.id);
  }

  async update(id: string, etag: string, input: AgreementInput, actor: string): Promise<AgreementView> {
    await this.existing(id);
    this.checkSigned(input);
    await this.checkActor(input.actorId);
    await this.agreements.agreements.update(id, etag, input, actor);
    return this.one(id);
  }

  /** An agreement is registered once it is signed: a signing day still to come is a slip. */
  private checkSigned(input: AgreementInput): void {
    checkNotInFuture('signedOn', input.signedOn, todayIn(this.clock), { sv: 'Överenskommelsen', en: 'The agreement' });
  }

  async remove(id: string, etag: string, actor: string): Promise<void> {
    await this.existing(id);
    await this.agreements.agreements.delete(id, etag, actor);
  }

  /** The signed agreement goes to the council library; the item remembers where. */
  async uploadDocument(
    id: string,
    fileName: string,
    content: Uint8Array,
    contentType: string,
    actor: string,
  ): Promise<AgreementView> {
    const agreement = await this.one(id);
    const info = await this.store.putFile(
      councilLibrary,
      `Samverkansöverenskommelser/${safeFileName(`${agreement.actorName} – ${fileName}`)}`,
      content,
      contentType,
      actor,
    );
    await this.agreements.agreements.update(id, agreement.etag, { documentPath: info.path }, actor);
    return this.one(id);
  }

  async document(id: string): Promise<{ info: FileInfo; content: Uint8Array } | undefined> {
    const agreement = await this.existing(id);
    return agreement.documentPath ? this.store.getFile(councilLibrary, agreement.documentPath) : undefined;
  }

  async one(id: string): Promise<AgreementView> {
    const found = (await this.list()).find((agreement) => agreement.id === id);
    if (!found) throw new AgreementNotFound();
    return found;
  }

  private async existing(id: string): Promise<Stored<AgreementRecord>> {
    const agreement = await this.agreements.agreements.get(id);
    if (!agreement) throw new AgreementNotFound();
    return agreement;
  }

  private async checkActor(actorId: string): Promise<void> {
    if (!(await this.organisation.listActors()).some((a) => a.id === actorId))
      throw new UnknownActor('actorId', actorId);
  }
}
