import type { Filter, StoragePort } from '../store/port.js';
import { DomainError } from '../domain/errors/domain-error.js';
import type { DepartmentReportRepository } from '../repositories/department-report-repository.js';
import type { PlanActionRepository } from '../repositories/plan-action-repository.js';
import type { SituationEntryRepository } from '../repositories/situation-entry-repository.js';
import type { AgreementRepository } from '../repositories/agreement-repository.js';
import type { CouncilRepository } from '../repositories/council-repository.js';

/**
 * A department or an actor the year's records name (a report, an action of a plan, an entry of the shared
 * lägesbild, an agreement, a council's invitation, material or minutes) cannot be removed: those records would
 * lose whose they are, and the reports list would drop a report handed in. It can be renamed, as a
 * reorganisation renames. BOB entries are not asked about, so the answer tells nobody outside the group that
 * one exists.
 */
export class OrganisationUsage {
  private readonly reports: string;
  private readonly actions: string;
  private readonly entries: string;
  private readonly agreements: string;
  private readonly materials: string;
  private readonly councils: CouncilRepository;

  constructor(
    private readonly store: StoragePort,
    lists: {
      reports: DepartmentReportRepository;
      actions: PlanActionRepository;
      entries: SituationEntryRepository;
      agreements: AgreementRepository;
      councils: CouncilRepository;
    },
  ) {
    this.reports = lists.reports.reports.definition.name;
    this.actions = lists.actions.actions.definition.name;
    this.entries = lists.entries.entries.definition.name;
    this.agreements = lists.agreements.agreements.definition.name;
    this.materials = lists.councils.materials.definition.name;
    this.councils = lists.councils;
  }

  async refuseRemovingDepartment(id: string): Promise<void> {
    const named = [{ field: 'departmentId', op: 'eq', value: id }] satisfies Filter[];
    if (await this.anyIn([this.reports, this.actions, this.entries], named))
      throw new DomainError('in_use', {
        sv: 'Förvaltningen har rapporter, åtgärder eller poster i lägesbilden och kan inte tas bort. Byt namn på den i stället.',
        en: 'The department has reports, actions or entries of the situation picture and cannot be removed. Rename it instead.',
      });
  }

  async refuseRemovingActor(id: string): Promise<void> {
    const named = [{ field: 'actorId', op: 'eq', value: id }] satisfies Filter[];
    if (
      (await this.anyIn([this.actions, this.entries, this.agreements, this.materials], named)) ||
      (await this.inCouncils(id))
    )
      throw new DomainError('in_use', {
        sv: 'Aktören har åtgärder, poster i lägesbilden, överenskommelser eller är med i ett strategiskt råd och kan inte tas bort. Byt namn på den i stället.',
        en: 'The actor has actions, entries of the situation picture or agreements, or takes part in a strategic council, and cannot be removed. Rename it instead.',
      });
  }

  /** A council's invitation or minutes (who came, who committed to what): one council a year, read whole. */
  private async inCouncils(actorId: string): Promise<boolean> {
    return (await this.councils.councils.all()).some(
      (council) =>
        council.invitedActorIds.includes(actorId) ||
        council.minutes?.attendingActorIds.includes(actorId) === true ||
        council.minutes?.commitments.some((commitment) => commitment.actorId === actorId) === true,
    );
  }

  private async anyIn(lists: readonly string[], filters: Filter[]): Promise<boolean> {
    for (const list of lists)
      if ((await this.store.queryItems(list, { filters, top: 1 })).items.length > 0) return true;
    return false;
  }
}
