import type { Clock } from '../domain/clock.js';
import { todayIn, type IsoDate } from '../domain/cycle/index.js';
import type { CouncilSetup, MaterialUpdate, Preparation, WrittenMaterial } from '../domain/council/council.js';
import type { Minutes } from '../domain/council/minutes.js';
import { documentLibraries } from '../documents/libraries.js';
import type { Stored } from '../repositories/collection.js';
import type { CouncilRecord, CouncilRepository, MaterialRecord } from '../repositories/council-repository.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { BatchOperation, FileInfo, StoragePort } from '../store/port.js';
import type { CycleService } from './cycle-service.js';
import { safeFileName } from '../domain/file-names.js';
import { checkNotInFuture, TooEarly } from '../domain/year-order.js';
import { DomainError, FieldRefused, NotFound } from '../domain/errors/domain-error.js';
import { OverrideOutOfRange } from '../domain/cycle/build-cycle.js';
import { shownInput } from '../domain/text-policy.js';

export interface MaterialView extends Stored<MaterialRecord> {
  actorName: string;
}

export interface CouncilView {
  year: number;
  /** False until the säkerhetschef has planned the council; the dates still come from the årshjul. */
  planned: boolean;
  /** The council's own item once planned, for its history. */
  id: string | null;
  etag: string | null;
  date: IsoDate | null;
  requestDue: IsoDate | null;
  preparationDue: IsoDate | null;
  place: string;
  invitedActorIds: string[];
  materials: MaterialView[];
  preparation: { notes: string; done: boolean };
  minutes: Minutes | null;
}

export class CouncilNotPlanned extends NotFound {
  constructor(year: number) {
    super({ sv: `Strategiska rådet ${year}`, en: `The strategic council of ${year}` });
  }
}
export class CouncilExists extends DomainError {
  constructor(year: number) {
    super('council_exists', {
      sv: `Rådet ${year} är redan planerat; läs det och ändra med dess ETag.`,
      en: `The council of ${year} is already planned; read it and change it with its ETag.`,
    });
  }
}
export class UnknownActor extends FieldRefused {
  constructor(field: string, actorId: string) {
    super(
      field,
      `aktören ${shownInput(actorId)} finns inte bland rådets aktörer`,
      `the actor ${shownInput(actorId)} is not among the council’s actors`,
    );
  }
}
export class UnknownCommitmentDepartment extends FieldRefused {
  constructor(field: string, departmentId: string) {
    super(
      field,
      `förvaltningen ${shownInput(departmentId)} finns inte`,
      `the department ${shownInput(departmentId)} does not exist`,
    );
  }
}
/** The council's date moved unreasonably far from its usual day. */
class CouncilDateOutOfRange extends FieldRefused {
  constructor() {
    super(
      'date',
      'datumet ligger orimligt långt från rådets ordinarie datum',
      'the date is unreasonably far from the council’s usual date',
    );
  }
}

export const councilLibrary = documentLibraries.council.name;
export const councilFolder = (year: number) => `Strategiskt råd ${year}`;
const milestone = (year: number, kind: string) => `${year}-${kind}`;

/**
 * The strategic council of a year: its date and invited actors, each actor's written lägesbild, the joint
 * preparation with the police, and the minutes. The årshjul's council milestones follow what is done here.
 */
export class CouncilService {
  constructor(
    private readonly clock: Clock,
    private readonly store: StoragePort,
    private readonly councils: CouncilRepository,
    private readonly organisation: OrganisationRepository,
    private readonly cycles: CycleService,
  ) {}

  async view(year: number): Promise<CouncilView> {
    const [council, materials, actors, cycle] = await Promise.all([
      this.councils.council(year),
      this.councils.materialsOf(year),
      this.organisation.listActors(),
      this.cycles.view(year),
    ]);
    const due = (kind: string) =>
      cycle.milestones.find((m) => m.milestone.id === milestone(year, kind))?.milestone.due ?? null;
    const preparationDone = cycle.milestones.some(
      (m) => m.milestone.id === milestone(year, 'council-preparation') && m.completion !== undefined,
    );
    const invited = council?.invitedActorIds ?? [];
    return {
      year,
      planned: council !== undefined,
      id: council?.id ?? null,
      etag: council?.etag ?? null,
      date: due('strategic-council'),
      requestDue: due('actor-situation-request'),
      preparationDue: due('council-preparation'),
      place: council?.place ?? '',
      invitedActorIds: invited,
      materials: invited.flatMap((actorId) => {
        const record = materials.find((m) => m.actorId === actorId);
        return record ? [{ ...record, actorName: actors.find((a) => a.id === actorId)?.name ?? actorId }] : [];
      }),
      preparation: { notes: council?.preparationNotes ?? '', done: preparationDone },
      minutes: council?.minutes ?? null,
    };
  }

  /** Plans the council or changes its plan: the date moves the årshjul, each newly invited actor gets a request. */
  async setup(year: number, etag: string | null, setup: CouncilSetup, actor: string): Promise<CouncilView> {
    await this.checkActors('invitedActorIds', setup.invitedActorIds);
    const existing = await this.councils.council(year);
    if (etag === null && existing) throw new CouncilExists(year);
    if (etag !== null && !existing) throw new CouncilNotPlanned(year);
    const current = await this.view(year);
    const moved = setup.date !== current.date;
    if (moved) {
      await this.cycles.checkMove(year, milestone(year, 'strategic-council'), setup.date).catch((error: unknown) => {
        throw error instanceof OverrideOutOfRange ? new CouncilDateOutOfRange() : error;
      });
    }
    const fields = { year, place: setup.place, invitedActorIds: [...new Set(setup.invitedActorIds)] };
    if (existing) await this.councils.councils.update(existing.id, etag!, fields, actor);
    const materials = await this.councils.materialsOf(year);
    const operations: BatchOperation[] = [
      ...(existing
        ? []
        : [
            {
              op: 'create' as const,
              list: this.councils.councils.definition.name,
              fields: { ...fields, preparationNotes: '', agenda: null, minutes: null },
            },
          ]),
      ...fields.invitedActorIds
        .filter((actorId) => !materials.some((m) => m.actorId === actorId))
        .map(
          (actorId): BatchOperation => ({
            op: 'create',
            list: this.councils.materials.definition.name,
            fields: { year, actorId, receivedOn: null, note: '', documentPath: null },
          }),
        ),
    ];
    if (operations.length > 0) await this.store.batch(operations, actor);
    if (moved)
      await this.cycles.change(
        year,
        milestone(year, 'strategic-council'),
        { due: setup.date, reason: 'Rådets datum' },
        actor,
      );
    return this.view(year);
  }

  async savePreparation(year: number, etag: string, preparation: Preparation, actor: string): Promise<CouncilView> {
    const council = await this.planned(year);
    await this.councils.councils.update(council.id, etag, { preparationNotes: preparation.notes }, actor);
    await this.cycles.markIfPresent(
      year,
      milestone(year, 'council-preparation'),
      preparation.done ? { doneAt: todayIn(this.clock), note: 'Beredningen med polisen är klar' } : null,
      actor,
    );
    return this.view(year);
  }

  /** Records by hand whether an actor's lägesbild came in (actors outside the tenant often send it by e-mail). */
  async updateMaterial(
    year: number,
    actorId: string,
    etag: string,
    update: MaterialUpdate,
    actor: string,
  ): Promise<CouncilView> {
    if (update.receivedOn)
      checkNotInFuture('receivedOn', update.receivedOn, todayIn(this.clock), {
        sv: 'Aktörens lägesbild',
        en: 'The actor’s situation picture',
      });
    const material = await this.material(year, actorId);
    await this.councils.materials.update(material.id, etag, update, actor);
    await this.markRequestIfAllReceived(year, actor);
    return this.view(year);
  }

  /** Keeps the actor's document in the council library, where council members can open it, and marks it received. */
  async uploadMaterial(
    year: number,
    actorId: string,
    fileName: string,
    content: Uint8Array,
    contentType: string,
    actor: string,
  ): Promise<CouncilView> {
    const material = await this.material(year, actorId);
    const actorName = (await this.organisation.listActors()).find((a) => a.id === actorId)?.name ?? actorId;
    const info = await this.store.putFile(
      councilLibrary,
      `${councilFolder(year)}/Aktörernas lägesbilder/${safeFileName(`${actorName} – ${fileName}`)}`,
      content,
      contentType,
      actor,
    );
    await this.councils.materials.update(
      material.id,
      material.etag,
      { receivedOn: material.receivedOn ?? todayIn(this.clock), documentPath: info.path },
      actor,
    );
    await this.markRequestIfAllReceived(year, actor);
    return this.view(year);
  }

  /** The lägesbild written in the tab: kept heading by heading, received once anything is written. */
  async writeMaterial(year: number, actorId: string, written: WrittenMaterial, actor: string): Promise<CouncilView> {
    const material = await this.material(year, actorId);
    const anything = Object.values(written).some((text) => text.trim() !== '');
    await this.councils.materials.update(
      material.id,
      material.etag,
      {
        written: anything ? written : null,
        receivedOn: material.receivedOn ?? (anything ? todayIn(this.clock) : null),
      },
      actor,
    );
    await this.markRequestIfAllReceived(year, actor);
    return this.view(year);
  }

  async materialDocument(year: number, actorId: string): Promise<{ info: FileInfo; content: Uint8Array } | undefined> {
    const material = await this.material(year, actorId);
    return material.documentPath ? this.store.getFile(councilLibrary, material.documentPath) : undefined;
  }

  /** The minutes: decisions and commitments; recording them marks the council held. */
  async saveMinutes(year: number, etag: string, minutes: Minutes, actor: string): Promise<CouncilView> {
    const council = await this.planned(year);
    const held = (await this.view(year)).date;
    const today = todayIn(this.clock);
    if (held && held > today) {
      throw new TooEarly('minutes', {
        sv: `Protokollet kan föras först på rådets dag, ${held}; i dag är det ${today}. Flytta rådets datum om mötet hölls tidigare.`,
        en: `The minutes can be recorded on the council's day, ${held}, at the earliest; today is ${today}. Move the council's date if the meeting was held earlier.`,
      });
    }
    // Promised at the council, a commitment is done by a day after it: an earlier one is a slip of the date.
    const before = minutes.commitments.flatMap((c, index) => (held && c.byWhen && c.byWhen < held ? [index] : []));
    if (before.length > 0) {
      const message = {
        sv: `senast kan inte ligga före rådets dag, ${held}`,
        en: `by when cannot be before the council’s day, ${held}`,
      };
      throw new DomainError(
        'validation',
        {
          sv: `Ett åtagande kan inte vara klart senast före rådets dag, ${held}; ändra datumet under Senast.`,
          en: `A commitment cannot be due before the council’s day, ${held}; change the date under By.`,
        },
        {
          issues: before.map((index) => ({
            field: `commitments.${index}.byWhen`,
            message: message.sv,
            messageEn: message.en,
          })),
        },
      );
    }
    await this.checkActors('attendingActorIds', minutes.attendingActorIds);
    await this.checkActors(
      'commitments.actorId',
      minutes.commitments.flatMap((c) => (c.actorId ? [c.actorId] : [])),
    );
    const departments = await this.organisation.listDepartments();
    const unknown = minutes.commitments.find(
      (c) => c.departmentId && !departments.some((d) => d.id === c.departmentId),
    );
    if (unknown) throw new UnknownCommitmentDepartment('commitments.departmentId', unknown.departmentId!);
    await this.councils.councils.update(council.id, etag, { minutes }, actor);
    await this.cycles.markIfPresent(
      year,
      milestone(year, 'strategic-council'),
      { doneAt: held ?? today, note: 'Protokoll fört' },
      actor,
    );
    return this.view(year);
  }

  async planned(year: number): Promise<Stored<CouncilRecord>> {
    const council = await this.councils.council(year);
    if (!council) throw new CouncilNotPlanned(year);
    return council;
  }

  private async material(year: number, actorId: string): Promise<Stored<MaterialRecord>> {
    const council = await this.planned(year);
    const material = (await this.councils.materialsOf(year)).find((m) => m.actorId === actorId);
    if (!material || !council.invitedActorIds.includes(actorId)) throw new UnknownActor('actorId', actorId);
    return material;
  }

  private async markRequestIfAllReceived(year: number, actor: string): Promise<void> {
    const view = await this.view(year);
    const allIn = view.materials.length > 0 && view.materials.every((m) => m.receivedOn !== null);
    await this.cycles.markIfPresent(
      year,
      milestone(year, 'actor-situation-request'),
      allIn ? { doneAt: todayIn(this.clock), note: 'Alla inbjudna aktörers lägesbilder har kommit in' } : null,
      actor,
    );
  }

  private async checkActors(field: string, ids: readonly string[]): Promise<void> {
    const actors = await this.organisation.listActors();
    const unknown = ids.find((id) => !actors.some((a) => a.id === id));
    if (unknown) throw new UnknownActor(field, unknown);
  }
}
