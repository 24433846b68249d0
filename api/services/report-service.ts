import type { Clock } from '../domain/clock.js';
import {
  departmentReportCompletion,
  todayIn,
  type DepartmentReportState,
  type IsoDate,
} from '../domain/cycle/index.js';
import { actionCoverageProblems, type DepartmentReportContent } from '../domain/department-report.js';
import type { Stored } from '../repositories/collection.js';
import type { ConversationReferenceRepository } from '../repositories/conversation-reference-repository.js';
import type {
  DepartmentReportRecord,
  DepartmentReportRepository,
} from '../repositories/department-report-repository.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { SituationService } from './situation-service.js';
import type { PlanActionRepository } from '../repositories/plan-action-repository.js';
import { departmentReportsDocument } from '../documents/department-reports-document.js';
import { docxContentType } from '../documents/docx-parts.js';
import { documentLibraries } from '../documents/libraries.js';
import { type FileInfo, findFile, type StoragePort } from '../store/port.js';
import type { CycleService } from './cycle-service.js';
import { DomainError, EtagRequired, NotFound } from '../domain/errors/domain-error.js';
import { TooEarly } from '../domain/year-order.js';
import { diarienummerForNewVersion } from '../documents/records-fields.js';

export interface ReportOverview {
  year: number;
  due: IsoDate;
  departments: {
    departmentId: string;
    name: string;
    headId: string | null;
    state: DepartmentReportState;
    submittedAt: string | null;
    /** False when the head has no chat with the bot: no reminder can reach them. */
    reachable: boolean;
  }[];
}

export interface ReportForm {
  year: number;
  due: IsoDate;
  department: { id: string; name: string };
  actions: { id: string; title: string; part: number }[];
  report: Stored<DepartmentReportRecord> | undefined;
  /** The first day the report may be written: the year it reports on has begun. */
  opensOn: IsoDate;
  /**
   * From opensOn on: a submitted report can be changed until the deadline; a draft can always be submitted, late.
   */
  canChange: boolean;
}

export class DepartmentNotFound extends NotFound {
  constructor(departmentId: string) {
    super({ sv: `Förvaltningen ${departmentId}`, en: `The department ${departmentId}` });
  }
}
export class ReportLocked extends DomainError {
  constructor() {
    super('locked', {
      sv: 'Rapporten är inlämnad och sista dagen har passerat; kontakta säkerhetschefen för att ändra den.',
      en: 'The report is submitted and its deadline has passed; contact the security chief to change it.',
    });
  }
}
/** A year's report reports on the year: before it has begun there is nothing to report, nor a draft to keep. */
export const reportOpensOn = (year: number): IsoDate => `${year}-01-01`;

export class ReportNotOpen extends TooEarly {
  constructor(year: number, opensOn: IsoDate) {
    super('year', {
      sv: `Rapporten för ${year} kan skrivas från och med ${opensOn}, när året den gäller har börjat.`,
      en: `The report for ${year} can be written from ${opensOn} on, once the year it is on has begun.`,
    });
  }
}
/** A change to a report that exists, sent without the ETag it was read with. */
export class ReportEtagRequired extends EtagRequired {}
export class MissingActions extends DomainError {
  constructor(readonly problems: ReturnType<typeof actionCoverageProblems>) {
    super(
      'validation',
      {
        sv: `Ange status för varje åtgärd (${problems.length} saknas).`,
        en: `Give the status of every action (${problems.length} missing).`,
      },
      { issues: problems.map((p) => ({ field: p.field, message: p.sv, messageEn: p.en })) },
    );
  }
}

export interface ReportServiceDependencies {
  clock: Clock;
  cycles: CycleService;
  organisation: OrganisationRepository;
  departmentReports: DepartmentReportRepository;
  planActions: PlanActionRepository;
  conversations: ConversationReferenceRepository;
  store: StoragePort;
  situation?: SituationService;
}

/** The November reports: who has reported, each department's form, and saving or submitting it exactly once. */
export class ReportService {
  private readonly saving = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: ReportServiceDependencies) {}

  async dueDate(year: number): Promise<IsoDate> {
    const view = await this.deps.cycles.view(year);
    return view.milestones.find((m) => m.milestone.kind === 'department-report')!.milestone.due;
  }

  async overview(year: number): Promise<ReportOverview> {
    const [due, departments, reports] = await Promise.all([
      this.dueDate(year),
      this.deps.organisation.listDepartments(),
      this.deps.departmentReports.forYear(year),
    ]);
    const completion = departmentReportCompletion(departments, reports, due, todayIn(this.deps.clock));
    const reachableHeads = new Set((await this.deps.conversations.all()).map((c) => c.userId));
    return {
      year,
      due,
      departments: completion.departments.map((row) => {
        const headId = departments.find((d) => d.id === row.departmentId)?.headId ?? null;
        return { ...row, headId, reachable: headId !== null && reachableHeads.has(headId) };
      }),
    };
  }

  async form(year: number, departmentId: string): Promise<ReportForm> {
    const department = await this.deps.organisation.departments.get(departmentId);
    if (!department) throw new DepartmentNotFound(departmentId);
    const [due, actions, report] = await Promise.all([
      this.dueDate(year),
      this.deps.planActions.ofDepartment(year, departmentId),
      this.deps.departmentReports.find(year, departmentId),
    ]);
    const today = todayIn(this.deps.clock);
    const opensOn = reportOpensOn(year);
    const canChange = today >= opensOn && (report?.status !== 'submitted' || today <= due);
    return {
      year,
      due,
      department: { id: department.id, name: department.name },
      actions: actions.map((a) => ({ id: a.id, title: a.title, part: a.part })),
      report,
      opensOn,
      canChange,
    };
  }

  /**
   * Saves a draft or submits. The same submissionId twice (a double click, a retried card) stores one
   * report and answers with it; a stale etag from the tab is a conflict, never an overwrite.
   */
  async save(
    year: number,
    departmentId: string,
    content: DepartmentReportContent,
    options: { submit: boolean; submissionId?: string; etag?: string },
    actor: string,
  ): Promise<{ report: Stored<DepartmentReportRecord>; written: boolean }> {
    // One save per department at a time in this process, so a double click cannot write twice.
    const key = `${year}/${departmentId}`;
    const previous = this.saving.get(key) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.saveNow(year, departmentId, content, options, actor));
    this.saving.set(key, run);
    try {
      return await run;
    } finally {
      if (this.saving.get(key) === run) this.saving.delete(key);
    }
  }

  private async saveNow(
    year: number,
    departmentId: string,
    content: DepartmentReportContent,
    options: { submit: boolean; submissionId?: string; etag?: string },
    actor: string,
  ): Promise<{ report: Stored<DepartmentReportRecord>; written: boolean }> {
    const form = await this.form(year, departmentId);
    const existing = form.report;
    if (options.submissionId && existing?.submissionId === options.submissionId) {
      // The same submission again (a double click, a retried card, a retry after a failure): on SharePoint,
      // whose batches are not atomic, a failure may have stored the report but not all its entries; finish it.
      if (existing.status === 'submitted' && existing.submittedAt && existing.content && this.deps.situation) {
        const submitted = { year, departmentId, content: existing.content, submittedAt: existing.submittedAt };
        if (!(await this.deps.situation.reportRecorded(submitted)))
          await this.deps.situation.recordReport(submitted, actor);
      }
      return { report: existing, written: false };
    }
    if (todayIn(this.deps.clock) < form.opensOn) throw new ReportNotOpen(year, form.opensOn);
    if (!form.canChange) throw new ReportLocked();
    // Like every other edit: a change to a report someone has saved names the version it was made on.
    if (existing && !options.etag) throw new ReportEtagRequired();
    if (options.submit) {
      const problems = actionCoverageProblems(
        content,
        form.actions.map((a) => a.id),
      );
      if (problems.length > 0) throw new MissingActions(problems);
    }
    const now = this.deps.clock.now().toISOString();
    const record: DepartmentReportRecord = {
      year,
      departmentId,
      status: options.submit ? 'submitted' : (existing?.status ?? 'draft'),
      content,
      submittedAt: options.submit ? now : (existing?.submittedAt ?? null),
      submittedBy: options.submit ? actor : (existing?.submittedBy ?? null),
      submissionId: options.submissionId ?? null,
      updatedAt: now,
      updatedBy: actor,
    };
    // The report and its observations in the lägesbild (a later submission replaces them) in one batch: all or
    // nothing on the embedded store, resumed by a retry of the same submission on SharePoint.
    const entries =
      options.submit && this.deps.situation
        ? await this.deps.situation.reportEntryOperations({ year, departmentId, content, submittedAt: now })
        : [];
    const report = await this.deps.departmentReports.reports.writeWith(
      existing ? { update: { id: existing.id, etag: options.etag!, patch: record } } : { create: record },
      entries,
      actor,
    );
    return { report, written: true };
  }

  /** The compiled document kept as a new version in the Förvaltningsrapporter library, like every other document. */
  async saveDocument(year: number, municipality: string, actor: string): Promise<FileInfo> {
    const [library, path] = [documentLibraries.departmentReports.name, reportsDocumentPath(year)];
    const content = await this.document(
      year,
      municipality,
      await diarienummerForNewVersion(this.deps.store, library, path),
    );
    return this.deps.store.putFile(library, path, content, docxContentType, actor);
  }

  /** The compiled document's newest version in the library, with its registration; undefined before the first. */
  async documentInfo(year: number): Promise<FileInfo | undefined> {
    return findFile(this.deps.store, documentLibraries.departmentReports.name, reportsDocumentPath(year));
  }

  /** Every department's report of the year in one Word document. */
  async document(year: number, municipality: string, diarienummer: string | null = null): Promise<Uint8Array> {
    const overview = await this.overview(year);
    const people = await this.deps.organisation.listPeople();
    const reports = await Promise.all(
      overview.departments.map(async (row) => {
        const form = await this.form(year, row.departmentId);
        const submitter = people.find((p) => p.objectId === form.report?.submittedBy);
        return {
          departmentName: row.name,
          status: row.state,
          submittedAt: form.report?.submittedAt ?? null,
          submittedBy: submitter?.displayName ?? form.report?.submittedBy ?? null,
          content: form.report?.content ?? null,
          actions: form.actions,
        };
      }),
    );
    return departmentReportsDocument({ municipality, year, generatedAt: this.deps.clock.now(), reports, diarienummer });
  }
}

const reportsDocumentPath = (year: number) => `${year}/Förvaltningsrapporter ${year}.docx`;
