import { createHash } from 'node:crypto';
import type { Caller } from '../auth/caller.js';
import type { Clock } from '../domain/clock.js';
import { todayIn } from '../domain/cycle/index.js';
import type { DepartmentReportContent } from '../domain/department-report.js';
import {
  matchesSearch,
  observationCategory,
  type EntryInput,
  type EntryQuery,
} from '../domain/situation/entry-query.js';
import {
  categoriesInUse,
  type EntryCategory,
  notACategoryInUse,
  type SituationEntry,
} from '../domain/situation/entry.js';
import type { Stored } from '../repositories/collection.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { SettingsRepository } from '../repositories/settings-repository.js';
import type { SituationEntryRepository } from '../repositories/situation-entry-repository.js';
import type { BatchOperation, Filter, StoragePort } from '../store/port.js';
import { DomainError, FieldRefused, NotFound } from '../domain/errors/domain-error.js';
import { shownInput } from '../domain/text-policy.js';
import { nameKey } from '../domain/names.js';

export class EntryNotFound extends NotFound {
  constructor(id: string) {
    super({ sv: `Posten ${id}`, en: `The entry ${id}` });
  }
}
/** A field the caller may not set this way, with the reason in both languages. */
export class EntryRefused extends FieldRefused {}
export class EntryForbidden extends DomainError {
  constructor() {
    super('forbidden', {
      sv: 'Du kan bara ändra poster från din egen förvaltning eller aktör.',
      en: 'You can only change entries from your own department or actor.',
    });
  }
}
export class CategoryInUse extends DomainError {
  constructor(readonly categoryId: string) {
    super('category_in_use', {
      sv: `Kategorin ”${shownInput(categoryId)}” används av poster i lägesbilden och kan inte tas bort. Byt namn på den i stället.`,
      en: `The category “${shownInput(categoryId)}” is used by entries of the situation picture and cannot be removed. Rename it instead.`,
    });
  }
}

/** Two categories in use called the same could not be told apart in a list, a chart or an import's mapping. */
function refuseSameNames(categories: readonly EntryCategory[]): void {
  const named = new Map<string, EntryCategory>();
  categories.forEach((category, index) => {
    if (category.retired) return;
    const earlier = named.get(nameKey(category.sv));
    if (earlier)
      throw new FieldRefused(
        `categories.${index}.sv`,
        `det finns redan en kategori som heter ”${shownInput(earlier.sv)}”`,
        `there is already a category called “${shownInput(earlier.sv)}”`,
      );
    named.set(nameKey(category.sv), category);
  });
}

export interface EntryPage {
  entries: Stored<SituationEntry>[];
  total: number;
  offset: number;
  limit: number;
}

type SubmittedReport = { year: number; departmentId: string; content: DepartmentReportContent; submittedAt: string };
const reportImportId = (report: { year: number; departmentId: string }) =>
  `report:${report.year}:${report.departmentId}`;

const seesBob = (caller: Caller) => caller.roles.includes('BobMember');

/** The continuous lägesbild: entries written in the tab, taken from the departments' reports, or imported. */
export class SituationService {
  constructor(
    private readonly clock: Clock,
    private readonly store: StoragePort,
    private readonly entries: SituationEntryRepository,
    private readonly settings: SettingsRepository,
    private readonly organisation: OrganisationRepository,
  ) {}

  /** Newest first. BOB entries exist only for BOB members: not listed, not counted. */
  async list(query: EntryQuery, caller: Caller): Promise<EntryPage> {
    const filters: Filter[] = [];
    if (query.category) filters.push({ field: 'category', op: 'eq', value: query.category });
    if (query.source) filters.push({ field: 'source', op: 'eq', value: query.source });
    if (query.newPhenomenon !== undefined)
      filters.push({ field: 'newPhenomenon', op: 'eq', value: query.newPhenomenon });
    const found = await this.entries.between(query.from ?? '0000-01-01', query.to ?? '9999-12-31', {
      includeBob: seesBob(caller),
      filters,
    });
    // A place as a person types it: torget finds Torget on either store (SQLite compares case, SharePoint not).
    const place = query.area === undefined ? undefined : nameKey(query.area);
    const matching = found
      .filter((entry) => (place === undefined || nameKey(entry.area) === place) && matchesSearch(entry, query.q))
      .reverse();
    return {
      entries: matching.slice(query.offset, query.offset + query.limit),
      total: matching.length,
      offset: query.offset,
      limit: query.limit,
    };
  }

  async get(id: string, caller: Caller): Promise<Stored<SituationEntry>> {
    const entry = await this.entries.get(id);
    if (!entry || (entry.bob && !seesBob(caller))) throw new EntryNotFound(id);
    return entry;
  }

  async create(input: EntryInput, caller: Caller): Promise<Stored<SituationEntry>> {
    const entry = await this.checked(input, caller);
    return this.entries.create({ ...entry, preliminary: false, importId: null, importKey: null }, caller.id);
  }

  async update(id: string, etag: string, input: EntryInput, caller: Caller): Promise<Stored<SituationEntry>> {
    const existing = await this.get(id, caller);
    this.checkMayChange(existing, caller);
    const { id: _id, etag: _etag, ...current } = existing;
    return this.entries.update(id, etag, { ...current, ...(await this.checked(input, caller)) }, caller.id);
  }

  async delete(id: string, etag: string, caller: Caller): Promise<void> {
    const existing = await this.get(id, caller);
    this.checkMayChange(existing, caller);
    await this.entries.delete(id, etag, caller.id);
  }

  /** The categories as the caller may see them: one kept only for BOB entries exists only for the BOB group. */
  async categories(caller: Caller): Promise<{ categories: EntryCategory[]; etag: string }> {
    const current = await this.settings.entryCategories();
    return seesBob(caller) ? current : { ...current, categories: current.categories.filter((c) => !c.retired) };
  }

  /**
   * A category still used by an entry the caller can see cannot go; it can be renamed. One used only by
   * entries the caller cannot see (BOB) goes from the caller's list but is kept, retired, for those entries:
   * the answer is the same as for a category nobody uses, so the refusal tells an outsider nothing.
   */
  async saveCategories(
    categories: EntryCategory[],
    etag: string,
    caller: Caller,
  ): Promise<{ categories: EntryCategory[]; etag: string }> {
    const { categories: current } = await this.settings.entryCategories();
    // Retired is the service's to say: a BOB member's list holds the retired ones, and saving it back must
    // not bring them into everyone's list.
    const retired = new Set(current.filter((c) => c.retired).map((c) => c.id));
    const kept: EntryCategory[] = categories.map(({ retired: _ignored, ...category }) =>
      retired.has(category.id) ? { ...category, retired: true } : category,
    );
    refuseSameNames(kept);
    for (const removed of current.filter((c) => !kept.some((k) => k.id === c.id))) {
      const uses = await this.entries.all({ filters: [{ field: 'category', op: 'eq', value: removed.id }] });
      if (uses.some((entry) => !entry.bob || seesBob(caller))) throw new CategoryInUse(removed.id);
      if (uses.length > 0) kept.push({ ...removed, retired: true });
    }
    const saved = await this.settings.saveEntryCategories(kept, etag, caller.id);
    return seesBob(caller) ? saved : { ...saved, categories: saved.categories.filter((c) => !c.retired) };
  }

  /**
   * A submitted department report's observations as entries of the lägesbild: the operations that replace
   * the department's earlier ones, so a changed report never leaves duplicates behind. Each entry's key names
   * the submission (its time), so reportRecorded can tell whether a submission's entries are all in.
   */
  async reportEntryOperations(report: SubmittedReport): Promise<BatchOperation[]> {
    const { shared, due } = await this.reportEntries(report);
    const list = this.entries.entries.definition.name;
    return [
      ...shared.map((entry): BatchOperation => ({ op: 'delete', list, id: entry.id, etag: entry.etag })),
      ...due.map((fields): BatchOperation => ({ op: 'create', list, fields })),
    ];
  }

  async recordReport(report: SubmittedReport, actor: string): Promise<void> {
    const operations = await this.reportEntryOperations(report);
    if (operations.length > 0) await this.store.batch(operations, actor);
  }

  /** Whether the shared list holds exactly the entries this submission is due to write, and nothing older. */
  async reportRecorded(report: SubmittedReport): Promise<boolean> {
    const { shared, due } = await this.reportEntries(report);
    const written = new Set(shared.map((entry) => entry.importKey));
    return shared.length === due.length && due.every((entry) => written.has(entry.importKey));
  }

  /**
   * The report's entries in the shared list now, and those its observations are due to be. An observation a
   * BOB member moved into BOB stays there: neither the same submission again (its key) nor a later one with
   * the observation as the head wrote it writes it back into the shared list. The key ends with what the head
   * wrote (hashed), so that holds after the BOB member has edited the entry; entries written before keys
   * carried it are matched on their place, category and text.
   */
  private async reportEntries(
    report: SubmittedReport,
  ): Promise<{ shared: Stored<SituationEntry>[]; due: SituationEntry[] }> {
    const importId = reportImportId(report);
    const [department, { categories }, recorded] = await Promise.all([
      this.organisation.departments.get(report.departmentId),
      this.settings.entryCategories(),
      this.entries.all({ filters: [{ field: 'importId', op: 'eq', value: importId }] }),
    ]);
    const inBob = recorded.filter((entry) => entry.bob);
    const keysInBob = new Set(inBob.map((entry) => entry.importKey));
    const observationsInBob = new Set([
      ...inBob.map((entry) => observationHash(sameObservation(entry))),
      ...inBob.flatMap((entry) => reportedAs(entry.importKey) ?? []),
    ]);
    const date = todayIn({ now: () => new Date(report.submittedAt) });
    const due = report.content.observations
      .map((observation, index): SituationEntry => {
        const entry: SituationEntry = {
          date,
          area: observation.area,
          ...observationCategory(observation, categoriesInUse(categories)),
          source: 'department',
          sourceName: department?.name ?? '',
          departmentId: report.departmentId,
          actorId: null,
          description: observation.description || observation.category,
          newPhenomenon: observation.newPhenomenon,
          bob: false,
          count: 1,
          preliminary: false,
          importId,
          importKey: null,
        };
        const observed = observationHash(sameObservation(entry));
        return { ...entry, importKey: `${importId}:${report.submittedAt}:${index}${reportedSeparator}${observed}` };
      })
      .filter((entry) => !keysInBob.has(entry.importKey) && !observationsInBob.has(reportedAs(entry.importKey)!));
    return { shared: recorded.filter((entry) => !entry.bob), due };
  }

  private checkMayChange(entry: SituationEntry, caller: Caller): void {
    if (caller.roles.includes('SecurityChief')) return;
    if (
      caller.roles.includes('DepartmentHead') &&
      entry.departmentId !== null &&
      entry.departmentId === caller.departmentId
    )
      return;
    if (caller.roles.includes('CouncilMember') && entry.actorId !== null && entry.actorId === caller.actorId) return;
    throw new EntryForbidden();
  }

  /** Fills in what the caller's role decides, and refuses what it may not set. */
  private async checked(
    input: EntryInput,
    caller: Caller,
  ): Promise<Omit<SituationEntry, 'importId' | 'importKey' | 'preliminary'>> {
    const { categories } = await this.settings.entryCategories();
    const category = categories.find((c) => c.id === input.category);
    // A retired category is kept for the BOB group's entries alone: to anyone else, and on a shared entry, it
    // is no category at all (the same refusal as an unknown one, so nothing about it can be inferred).
    if (!category || (category.retired && !(input.bob && seesBob(caller))))
      throw new EntryRefused('category', notACategoryInUse.sv, notACategoryInUse.en);
    if (input.bob && !seesBob(caller))
      throw new EntryRefused(
        'bob',
        'endast BOB-gruppens medlemmar kan markera en post som BOB',
        'only members of the BOB group can mark an entry as BOB',
      );
    if (input.date > todayIn(this.clock))
      throw new EntryRefused('date', 'datumet ligger i framtiden', 'the date is in the future');
    if (!caller.roles.includes('SecurityChief')) {
      // A head writes for the department, an actor's person for the actor (one who is both chooses by the source).
      const forActor =
        caller.roles.includes('CouncilMember') &&
        caller.actorId !== null &&
        (input.source === 'actor' || !caller.roles.includes('DepartmentHead'));
      if (forActor) {
        const actor = await this.organisation.actors.get(caller.actorId!);
        if (!actor)
          throw new EntryRefused('source', 'du saknar aktör att skriva för', 'you have no actor to write for');
        return { ...input, source: 'actor', departmentId: null, actorId: actor.id, sourceName: actor.name };
      }
      const department =
        caller.departmentId && caller.roles.includes('DepartmentHead')
          ? await this.organisation.departments.get(caller.departmentId)
          : undefined;
      if (!department)
        throw new EntryRefused(
          'source',
          'du saknar förvaltning eller aktör att skriva för',
          'you have no department or actor to write for',
        );
      return {
        ...input,
        source: 'department',
        departmentId: department.id,
        actorId: null,
        sourceName: department.name,
      };
    }
    if (input.source === 'department') {
      const department = input.departmentId ? await this.organisation.departments.get(input.departmentId) : undefined;
      if (!department)
        throw new EntryRefused(
          'departmentId',
          'välj förvaltningen posten kommer från',
          'choose the department the entry comes from',
        );
      return { ...input, actorId: null, sourceName: department.name };
    }
    if (input.source === 'actor') {
      const actor = input.actorId ? await this.organisation.actors.get(input.actorId) : undefined;
      if (!actor)
        throw new EntryRefused(
          'actorId',
          'välj en av aktörerna (lägg till nya under Inställningar)',
          'choose one of the actors (add new ones in Settings)',
        );
      return { ...input, departmentId: null, sourceName: actor.name };
    }
    return { ...input, departmentId: null, actorId: null };
  }
}

/** An observation as a person reads it (its place written either way): what a BOB member moved into BOB. */
function sameObservation(entry: Pick<SituationEntry, 'area' | 'category' | 'categoryText' | 'description'>): string {
  return JSON.stringify([nameKey(entry.area), entry.category, entry.categoryText, entry.description.trim()]);
}

// A key's last part after this says what the head wrote; ISO times and ids in the key hold no `#`.
const reportedSeparator = '#';
const observationHash = (observation: string) => createHash('sha256').update(observation).digest('hex').slice(0, 32);

/** What the head wrote, as a report entry's key keeps it through a move into BOB and any later edit. */
function reportedAs(importKey: string | null): string | undefined {
  const at = importKey?.lastIndexOf(reportedSeparator) ?? -1;
  return at === -1 ? undefined : importKey!.slice(at + 1);
}
