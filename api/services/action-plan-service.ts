import type { Clock } from '../domain/clock.js';
import { docxContentType } from '../documents/docx-parts.js';
import type { PlanAction, PlanActionInput } from '../domain/action.js';
import { missingForDecision, type MissingItem } from '../domain/action-plan/completeness.js';
import {
  carriedOver,
  followUpOf,
  summarise,
  type ActionFollowUp,
  type FollowUpSummary,
  type ReportedProgress,
} from '../domain/action-plan/follow-up.js';
import { emptyParts, partNumbers, partSchemas, type PartNumber, type PlanParts } from '../domain/action-plan/parts.js';
import { isLocked, type ActionPlanRecord, type DecisionInput, type PlanStatus } from '../domain/action-plan/plan.js';
import type { ActionProgress } from '../domain/department-report.js';
import { actionPlanDocument } from '../documents/action-plan-document.js';
import { documentLibraries } from '../documents/libraries.js';
import type { ActionPlanRepository } from '../repositories/action-plan-repository.js';
import type { Stored } from '../repositories/collection.js';
import type { DepartmentReportRepository } from '../repositories/department-report-repository.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { PlanActionRepository } from '../repositories/plan-action-repository.js';
import type { SettingsRepository } from '../repositories/settings-repository.js';
import { findFile, type BatchOperation, type FileInfo, type StoragePort } from '../store/port.js';
import type { CycleService } from './cycle-service.js';
import { todayIn } from '../domain/cycle/index.js';
import { checkNotInFuture } from '../domain/year-order.js';
import {
  ActionNotFound,
  PlanExists,
  PlanIncomplete,
  PlanLocked,
  PlanNotFound,
  UnknownReference,
  WrongPlanStatus,
} from './action-plan-errors.js';
import { diarienummerOf, markFaststalld } from '../documents/records-fields.js';

export type ActionView = Stored<PlanAction> & { followUp: ActionFollowUp };

export interface PlanView {
  year: number;
  plan: Stored<ActionPlanRecord>;
  /** Each part with its item's id (null until first written), for its history. */
  parts: { [P in PartNumber]: { id: string | null; content: PlanParts[P]; etag: string; needsReview: boolean } };
  actions: ActionView[];
  missing: MissingItem[];
  followUp: FollowUpSummary;
}

export interface CouncilCommitmentOffer {
  councilYear: number;
  commitmentId: string;
  title: string;
  description?: string;
  departmentId?: string | null;
  actorId?: string | null;
}

export interface ActionPlanDependencies {
  clock: Clock;
  store: StoragePort;
  plans: ActionPlanRepository;
  actions: PlanActionRepository;
  departmentReports: DepartmentReportRepository;
  organisation: OrganisationRepository;
  cycles: CycleService;
  settings: SettingsRepository;
}

/** The action plan of a year: its four parts, its actions and their follow-up, its way to a KS decision. */
export class ActionPlanService {
  constructor(private readonly deps: ActionPlanDependencies) {}

  async view(year: number): Promise<PlanView> {
    const [plan, partRecords, actions, reports] = await Promise.all([
      this.deps.plans.plan(year),
      this.deps.plans.partsOf(year),
      this.deps.actions.ofYear(year),
      this.reportedProgress(year),
    ]);
    if (!plan) throw new PlanNotFound(year);
    const parts = Object.fromEntries(
      partNumbers.map((part) => {
        const record = partRecords.find((r) => r.part === part);
        return [
          part,
          {
            id: record?.id ?? null,
            content: record ? partSchemas[part].parse(record.content) : emptyParts[part],
            etag: record?.etag ?? '',
            needsReview: record?.needsReview ?? false,
          },
        ];
      }),
    ) as PlanView['parts'];
    const withFollowUp = actions.map((action) => ({
      ...action,
      followUp: followUpOf(action, reports, todayIn(this.deps.clock)),
    }));
    const contents = Object.fromEntries(partNumbers.map((part) => [part, parts[part].content])) as unknown as PlanParts;
    // A copied part counts as written only once someone has read it through for this year.
    const unreviewed = partNumbers
      .filter((part) => parts[part].needsReview)
      .map((part) => ({
        field: `parts.${part}`,
        sv: `del ${part} är kopierad från ${plan.copiedFromYear ?? 'förra årets plan'} och inte granskad: läs igenom den och spara, eller markera den som granskad`,
        en: `part ${part} is copied from ${plan.copiedFromYear ?? 'last year’s plan'} and not reviewed: read it through and save it, or mark it reviewed`,
      }));
    return {
      year,
      plan,
      parts,
      actions: withFollowUp,
      missing: [...unreviewed, ...missingForDecision(contents, actions)],
      followUp: summarise(withFollowUp),
    };
  }

  /** The year's plan, or undefined when there is none (a year before the product, or not yet begun). */
  async find(year: number): Promise<PlanView | undefined> {
    return this.view(year).catch((error: unknown) => {
      if (error instanceof PlanNotFound) return undefined;
      throw error;
    });
  }

  /** A new plan for the year: empty, or a copy of another year's with its unfinished actions carried over. */
  async create(year: number, copyFromYear: number | null, actor: string): Promise<PlanView> {
    if (await this.deps.plans.plan(year)) throw new PlanExists(year);
    const source = copyFromYear === null ? undefined : await this.view(copyFromYear);
    const parts: PlanParts = source
      ? (Object.fromEntries(partNumbers.map((part) => [part, source.parts[part].content])) as unknown as PlanParts)
      : emptyParts;
    const operations: BatchOperation[] = [
      {
        op: 'create',
        list: this.deps.plans.plans.definition.name,
        fields: {
          year,
          planVersion: 1,
          status: 'draft',
          decision: null,
          previousDecisions: [],
          copiedFromYear: copyFromYear,
        },
      },
      ...partNumbers.map(
        (part): BatchOperation => ({
          op: 'create',
          list: this.deps.plans.parts.definition.name,
          fields: { year, part, content: parts[part], needsReview: source !== undefined },
        }),
      ),
      ...(source ? carriedOver(source.actions, year) : []).map(
        (fields): BatchOperation => ({ op: 'create', list: this.deps.actions.actions.definition.name, fields }),
      ),
    ];
    await this.deps.store.batch(operations, actor);
    return this.view(year);
  }

  async savePart<P extends PartNumber>(
    year: number,
    part: P,
    etag: string,
    content: PlanParts[P],
    actor: string,
  ): Promise<PlanView> {
    await this.unlocked(year);
    const record = (await this.deps.plans.partsOf(year)).find((r) => r.part === part);
    if (!record) throw new PlanNotFound(year);
    await this.deps.plans.parts.update(record.id, etag, { content, needsReview: false }, actor);
    return this.view(year);
  }

  /** A copied part read through and found right as it stands. */
  async markPartReviewed(year: number, part: PartNumber, etag: string, actor: string): Promise<PlanView> {
    await this.unlocked(year);
    const record = (await this.deps.plans.partsOf(year)).find((r) => r.part === part);
    if (!record) throw new PlanNotFound(year);
    await this.deps.plans.parts.update(record.id, etag, { needsReview: false }, actor);
    return this.view(year);
  }

  async createAction(year: number, input: PlanActionInput, actor: string): Promise<ActionView> {
    await this.unlocked(year);
    await this.checkReferences(year, input);
    const created = await this.deps.actions.actions.create(
      {
        ...input,
        year,
        status: 'notStarted',
        statusComment: '',
        statusChangedAt: null,
        statusChangedBy: null,
        origin: null,
        carriedFromId: null,
      },
      actor,
    );
    return this.actionView(year, created.id);
  }

  async updateAction(
    year: number,
    id: string,
    etag: string,
    input: PlanActionInput,
    actor: string,
  ): Promise<ActionView> {
    await this.unlocked(year);
    await this.existingAction(year, id);
    await this.checkReferences(year, input);
    await this.deps.actions.actions.update(id, etag, input, actor);
    return this.actionView(year, id);
  }

  async deleteAction(year: number, id: string, etag: string, actor: string): Promise<void> {
    await this.unlocked(year);
    await this.existingAction(year, id);
    await this.deps.actions.actions.delete(id, etag, actor);
  }

  /** The follow-up: allowed in every state, since the plan is followed up after it is decided. */
  async setActionStatus(
    year: number,
    id: string,
    etag: string,
    status: { status: ActionProgress; comment: string },
    actor: string,
  ): Promise<ActionView> {
    await this.existingAction(year, id);
    await this.deps.actions.actions.update(
      id,
      etag,
      {
        status: status.status,
        statusComment: status.comment,
        statusChangedAt: this.deps.clock.now().toISOString(),
        statusChangedBy: actor,
      },
      actor,
    );
    return this.actionView(year, id);
  }

  async action(year: number, id: string): Promise<Stored<PlanAction>> {
    return this.existingAction(year, id);
  }

  async markReady(year: number, etag: string, actor: string): Promise<PlanView> {
    const view = await this.view(year);
    this.expectStatus(view.plan.status, ['draft']);
    if (view.missing.length > 0) throw new PlanIncomplete(view.missing);
    await this.deps.plans.plans.update(view.plan.id, etag, { status: 'ready' }, actor);
    return this.view(year);
  }

  /** Back from ready to draft, e.g. when something must be rewritten before KS. */
  async backToDraft(year: number, etag: string, actor: string): Promise<PlanView> {
    const view = await this.view(year);
    this.expectStatus(view.plan.status, ['ready']);
    await this.deps.plans.plans.update(view.plan.id, etag, { status: 'draft' }, actor);
    return this.view(year);
  }

  /** KS decided: the plan is locked, and the årshjul's decision milestone (of the year before) is done. */
  async decide(year: number, etag: string, decision: DecisionInput, actor: string): Promise<PlanView> {
    const view = await this.view(year);
    this.expectStatus(view.plan.status, ['ready']);
    if (view.missing.length > 0) throw new PlanIncomplete(view.missing);
    checkNotInFuture('meetingDate', decision.meetingDate, todayIn(this.deps.clock), {
      sv: 'Kommunstyrelsens beslut',
      en: 'The executive board’s decision',
    });
    const record = {
      ...decision,
      recordedBy: actor,
      recordedAt: this.deps.clock.now().toISOString(),
      version: view.plan.planVersion,
    };
    await this.deps.plans.plans.update(view.plan.id, etag, { status: 'decided', decision: record }, actor);
    await this.deps.cycles.markIfPresent(
      year - 1,
      `${year - 1}-action-plan-decision`,
      { doneAt: decision.meetingDate, decisionParagraph: decision.paragraph },
      actor,
    );
    return this.view(year);
  }

  async markFollowedUp(year: number, etag: string, actor: string): Promise<PlanView> {
    const view = await this.view(year);
    this.expectStatus(view.plan.status, ['decided']);
    await this.deps.plans.plans.update(view.plan.id, etag, { status: 'followedUp' }, actor);
    return this.view(year);
  }

  /** A decided plan is changed only as a new version: back to draft, the earlier decision kept. */
  async newVersion(year: number, etag: string, actor: string): Promise<PlanView> {
    const view = await this.view(year);
    this.expectStatus(view.plan.status, ['decided', 'followedUp']);
    const previous = view.plan.decision
      ? [...view.plan.previousDecisions, view.plan.decision]
      : view.plan.previousDecisions;
    await this.deps.plans.plans.update(
      view.plan.id,
      etag,
      { status: 'draft', planVersion: view.plan.planVersion + 1, decision: null, previousDecisions: previous },
      actor,
    );
    // The document's next versions are drafts of the new version: fastställd again on the day KS decides it. The
    // version KS decided stays in the version history.
    const document = await this.documentInfo(year);
    if (document?.fields?.faststalld)
      await this.deps.store.setFileFields(document.library, document.path, { faststalld: null }, actor);
    return this.view(year);
  }

  /** The council's commitment as a part-4 action of the year's plan; offering it again changes nothing. */
  async offerCouncilCommitment(year: number, offer: CouncilCommitmentOffer, actor: string): Promise<ActionView> {
    await this.unlocked(year);
    const existing = (await this.deps.actions.ofYear(year)).find(
      (action) => action.origin?.commitmentId === offer.commitmentId && action.origin.year === offer.councilYear,
    );
    if (existing) return this.actionView(year, existing.id);
    const input = { departmentId: offer.departmentId ?? null, actorId: offer.actorId ?? null };
    await this.checkReferences(year, { ...input, problemIds: [], factorIds: [] });
    const created = await this.deps.actions.actions.create(
      {
        year,
        title: offer.title,
        description: offer.description ?? '',
        part: 4,
        ...input,
        problemIds: [],
        factorIds: [],
        start: null,
        end: null,
        indicator: '',
        target: '',
        status: 'notStarted',
        statusComment: '',
        statusChangedAt: null,
        statusChangedBy: null,
        origin: { kind: 'council', year: offer.councilYear, commitmentId: offer.commitmentId },
        carriedFromId: null,
      },
      actor,
    );
    return this.actionView(year, created.id);
  }

  /** The plan as a Word document for KS, saved as a new version in the action-plan library. */
  async saveDocument(year: number, actor: string): Promise<FileInfo> {
    const [view, { template }, departments, actors] = await Promise.all([
      this.view(year),
      this.deps.settings.cycleTemplate(),
      this.deps.organisation.listDepartments(),
      this.deps.organisation.listActors(),
    ]);
    const library = documentLibraries.actionPlans.name;
    const diarienummer = await diarienummerOf(this.deps.store, library, documentPath(year));
    const content = await actionPlanDocument({
      view,
      municipality: template.municipality.name,
      generatedAt: this.deps.clock.now(),
      departments,
      actors,
      diarienummer,
    });
    const info = await this.deps.store.putFile(library, documentPath(year), content, docxContentType, actor);
    // The version saved once KS has decided the plan is the one fastställd, on the day of the meeting.
    const decision = isLocked(view.plan.status) ? view.plan.decision : null;
    return decision ? markFaststalld(this.deps.store, info, decision.meetingDate, actor) : info;
  }

  async document(year: number): Promise<{ info: FileInfo; content: Uint8Array } | undefined> {
    return this.deps.store.getFile(documentLibraries.actionPlans.name, documentPath(year));
  }

  async documentInfo(year: number): Promise<FileInfo | undefined> {
    return findFile(this.deps.store, documentLibraries.actionPlans.name, documentPath(year));
  }

  private async reportedProgress(year: number): Promise<ReportedProgress[]> {
    return (await this.deps.departmentReports.forYear(year))
      .filter((report) => report.status === 'submitted' && report.content && report.submittedAt)
      .map((report) => ({
        departmentId: report.departmentId,
        submittedAt: report.submittedAt!,
        actions: report.content!.actions,
      }));
  }

  private async unlocked(year: number): Promise<Stored<ActionPlanRecord>> {
    const plan = await this.deps.plans.plan(year);
    if (!plan) throw new PlanNotFound(year);
    if (isLocked(plan.status)) throw new PlanLocked(plan);
    return plan;
  }

  private expectStatus(status: PlanStatus, expected: PlanStatus[]): void {
    if (!expected.includes(status)) throw new WrongPlanStatus(status, expected);
  }

  private async existingAction(year: number, id: string): Promise<Stored<PlanAction>> {
    const action = await this.deps.actions.actions.get(id);
    if (!action || action.year !== year) throw new ActionNotFound(year, id);
    return action;
  }

  private async actionView(year: number, id: string): Promise<ActionView> {
    const [action, reports] = await Promise.all([this.existingAction(year, id), this.reportedProgress(year)]);
    return { ...action, followUp: followUpOf(action, reports, todayIn(this.deps.clock)) };
  }

  private async checkReferences(
    year: number,
    input: Pick<PlanActionInput, 'departmentId' | 'actorId' | 'problemIds' | 'factorIds'>,
  ): Promise<void> {
    if (input.departmentId && !(await this.deps.organisation.departments.get(input.departmentId)))
      throw new UnknownReference('departmentId', input.departmentId);
    if (input.actorId && !(await this.deps.organisation.actors.get(input.actorId)))
      throw new UnknownReference('actorId', input.actorId);
    if (input.problemIds.length === 0 && input.factorIds.length === 0) return;
    const record = (await this.deps.plans.partsOf(year)).find((r) => r.part === 1);
    const part1 = record ? partSchemas[1].parse(record.content) : emptyParts[1];
    const unknownProblem = input.problemIds.find((id) => !part1.problems.some((problem) => problem.id === id));
    if (unknownProblem) throw new UnknownReference('problemIds', unknownProblem);
    const unknownFactor = input.factorIds.find((id) => !part1.factors.some((factor) => factor.id === id));
    if (unknownFactor) throw new UnknownReference('factorIds', unknownFactor);
  }
}

export const documentPath = (year: number) => `${year}/Åtgärdsplan ${year}.docx`;
