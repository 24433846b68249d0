import { isLocked } from '../domain/action-plan/plan.js';
import type { Caller } from '../auth/caller.js';
import { historyOf, type HistoryEntry, type HistoryKind } from '../domain/history.js';
import { actionPlanReaderRoles, councilReaderRoles, type Role } from '../domain/roles.js';
import type { ActionPlanRepository } from '../repositories/action-plan-repository.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import { bobSituationEntriesList, situationEntriesList } from '../repositories/situation-entry-repository.js';
import type { StoragePort, StoredItem } from '../store/port.js';
import type { SituationService } from './situation-service.js';
import { NotFound } from '../domain/errors/domain-error.js';

/** Not there, or not the caller's to read: the same answer, so a history tells nobody what exists. */
/** Unknown, or not the caller's to read: both answer the same, so nobody learns what exists. */
export class HistoryNotFound extends NotFound {
  constructor() {
    super({ sv: 'Det du frågar efter', en: 'What you asked for' });
  }
}

export interface HistoryServiceDependencies {
  store: StoragePort;
  situation: SituationService;
  plans: ActionPlanRepository;
  organisation: OrganisationRepository;
}

const any = (caller: Caller, roles: readonly Role[]) => caller.roles.some((role) => roles.includes(role));
// The app's own bookkeeping beside what people wrote.
const bookkeeping = new Set([
  'importId',
  'importKey',
  'submissionId',
  'updatedAt',
  'updatedBy',
  'statusChangedAt',
  'statusChangedBy',
]);

/**
 * Who changed what and when, for each thing people change: read from the store's own versions (SQLite's audit
 * trail, SharePoint's version history), for callers who may read the thing itself by the same rule as its view.
 */
export class HistoryService {
  constructor(private readonly deps: HistoryServiceDependencies) {}

  async history(kind: HistoryKind, id: string, caller: Caller): Promise<(HistoryEntry & { byName: string })[]> {
    const { list, itemId } = await this.readable(kind, id, caller);
    const [versions, people] = await Promise.all([
      this.deps.store.itemVersions(list, itemId),
      this.deps.organisation.listPeople(),
    ]);
    const name = (by: string) =>
      people.find((person) => person.objectId === by)?.displayName ??
      (by.startsWith('system:') ? 'Trygghetshjulet' : by);
    return historyOf(versions, (field) => !bookkeeping.has(field)).map((entry) => ({
      ...entry,
      byName: name(entry.by),
    }));
  }

  /** Where the thing is kept, once the caller may read it. */
  private async readable(kind: HistoryKind, id: string, caller: Caller): Promise<{ list: string; itemId: string }> {
    const item = (list: string) => this.item(list, id);
    switch (kind) {
      case 'entry': {
        try {
          await this.deps.situation.get(id, caller);
        } catch {
          throw new HistoryNotFound();
        }
        return id.startsWith('bob-')
          ? { list: bobSituationEntriesList.name, itemId: id.slice('bob-'.length) }
          : { list: situationEntriesList, itemId: id };
      }
      case 'action':
      case 'planPart': {
        const list = kind === 'action' ? 'planActions' : 'actionPlanParts';
        const found = await item(list);
        const plan = await this.deps.plans.plan(Number(found.fields.year));
        const seesDrafts = any(caller, ['SecurityChief', 'DepartmentHead']);
        if (!any(caller, actionPlanReaderRoles) || (!seesDrafts && !(plan && isLocked(plan.status))))
          throw new HistoryNotFound();
        return { list, itemId: id };
      }
      case 'report': {
        const found = await item('departmentReports');
        // As the report itself: the säkerhetschef every one, its head the department's own, a reader once submitted.
        const ownDepartment =
          caller.roles.includes('DepartmentHead') &&
          caller.departmentId !== null &&
          found.fields.departmentId === caller.departmentId;
        const submittedForReader = caller.roles.includes('Reader') && found.fields.status === 'submitted';
        if (!caller.roles.includes('SecurityChief') && !ownDepartment && !submittedForReader)
          throw new HistoryNotFound();
        return { list: 'departmentReports', itemId: id };
      }
      case 'agreement':
      case 'council': {
        const list = kind === 'agreement' ? 'cooperationAgreements' : 'councils';
        await item(list);
        if (!any(caller, councilReaderRoles)) throw new HistoryNotFound();
        return { list, itemId: id };
      }
      case 'template': {
        const found = await item('settings');
        if (found.fields.key !== 'cycleTemplate') throw new HistoryNotFound();
        return { list: 'settings', itemId: id };
      }
    }
  }

  private async item(list: string, id: string): Promise<StoredItem> {
    const found = await this.deps.store.getItem(list, id);
    if (!found) throw new HistoryNotFound();
    return found;
  }
}
