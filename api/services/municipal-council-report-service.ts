import type { Clock } from '../domain/clock.js';
import { todayIn, yearOverOn } from '../domain/cycle/index.js';
import { missingParts, type MunicipalCouncilReportMaterial } from '../domain/council/municipal-council-report.js';
import { docxContentType } from '../documents/docx-parts.js';
import { documentLibraries } from '../documents/libraries.js';
import { municipalCouncilReportDocument } from '../documents/municipal-council-report-document.js';
import type { AgreementRepository } from '../repositories/agreement-repository.js';
import type { Stored } from '../repositories/collection.js';
import type {
  MunicipalCouncilReportRepository,
  CouncilReportText,
} from '../repositories/municipal-council-report-repository.js';
import type { CouncilRepository } from '../repositories/council-repository.js';
import type { DepartmentReportRepository } from '../repositories/department-report-repository.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { SettingsRepository } from '../repositories/settings-repository.js';
import { findFile, type FileInfo, type StoragePort } from '../store/port.js';
import type { ActionPlanService } from './action-plan-service.js';
import type { AnnualSituationService } from './annual-situation-service.js';
import { partyName } from './council-agenda-service.js';
import type { CycleService } from './cycle-service.js';
import { diarienummerForNewVersion } from '../documents/records-fields.js';

export interface MunicipalCouncilReportView {
  material: MunicipalCouncilReportMaterial;
  missing: ReturnType<typeof missingParts>;
  etag: string;
}

const library = documentLibraries.councilReports.name;
export const municipalCouncilReportPath = (year: number) => `${year}/Rapport till kommunfullmäktige ${year}.docx`;

export interface MunicipalCouncilReportDependencies {
  clock: Clock;
  store: StoragePort;
  texts: MunicipalCouncilReportRepository;
  annual: AnnualSituationService;
  plans: ActionPlanService;
  councils: CouncilRepository;
  agreements: AgreementRepository;
  departmentReports: DepartmentReportRepository;
  organisation: OrganisationRepository;
  settings: SettingsRepository;
  cycles: CycleService;
}

/**
 * The April report to kommunfullmäktige on year N: gathered from the annual lägesbild, the action plan and its
 * follow-up, the council's outcome and the agreements, with the säkerhetschef's account of the coordinating function.
 */
export class MunicipalCouncilReportService {
  constructor(private readonly deps: MunicipalCouncilReportDependencies) {}

  async view(year: number): Promise<MunicipalCouncilReportView> {
    const text = await this.text(year);
    const material = await this.material(year, text.coordination);
    return { material, missing: missingParts(material), etag: text.etag };
  }

  async saveCoordination(
    year: number,
    etag: string,
    coordination: string,
    actor: string,
  ): Promise<MunicipalCouncilReportView> {
    const text = await this.text(year);
    await this.deps.texts.texts.update(text.id, etag, { coordination }, actor);
    return this.view(year);
  }

  /**
   * A new version of the Word document each time; the årshjul's council-report milestone is marked done once the
   * year it reports on is over (saved during the year, the document is a draft of it).
   */
  async saveDocument(year: number, actor: string): Promise<{ info: FileInfo; milestoneDone: boolean }> {
    const { material } = await this.view(year);
    const diarienummer = await diarienummerForNewVersion(this.deps.store, library, municipalCouncilReportPath(year));
    const content = await municipalCouncilReportDocument({
      material,
      generatedAt: this.deps.clock.now(),
      diarienummer,
    });
    const info = await this.deps.store.putFile(
      library,
      municipalCouncilReportPath(year),
      content,
      docxContentType,
      actor,
    );
    const today = todayIn(this.deps.clock);
    const milestoneDone = today >= yearOverOn(year);
    if (milestoneDone)
      await this.deps.cycles.markIfPresent(
        year,
        `${year}-council-report`,
        { doneAt: today, note: `Word-dokument version ${info.version}` },
        actor,
      );
    return { info, milestoneDone };
  }

  async document(year: number): Promise<{ info: FileInfo; content: Uint8Array } | undefined> {
    return this.deps.store.getFile(library, municipalCouncilReportPath(year));
  }

  async documentInfo(year: number): Promise<FileInfo | undefined> {
    return findFile(this.deps.store, library, municipalCouncilReportPath(year));
  }

  /** The year's text item, created empty when the report is first opened. */
  private async text(year: number): Promise<Stored<CouncilReportText>> {
    return (
      (await this.deps.texts.ofYear(year)) ??
      (await this.deps.texts.texts.create({ year, coordination: '' }, 'system:council-report'))
    );
  }

  private async material(year: number, coordination: string): Promise<MunicipalCouncilReportMaterial> {
    const [annual, plan, nextPlan, council, materials, agreements, reports, departments, actors, { template }] =
      await Promise.all([
        this.deps.annual.view(year),
        this.deps.plans.find(year),
        this.deps.plans.find(year + 1),
        this.deps.councils.council(year),
        this.deps.councils.materialsOf(year),
        this.deps.agreements.all(),
        this.deps.departmentReports.forYear(year),
        this.deps.organisation.listDepartments(),
        this.deps.organisation.listActors(),
        this.deps.settings.cycleTemplate(),
      ]);
    const responsible = (departmentId: string | null, actorId: string | null) =>
      departments.find((d) => d.id === departmentId)?.name ?? actors.find((a) => a.id === actorId)?.name ?? 'Kommunen';
    const councilDate =
      (await this.deps.cycles.view(year)).milestones.find((m) => m.milestone.id === `${year}-strategic-council`)
        ?.milestone.due ?? null;
    return {
      year,
      municipality: template.municipality.name,
      annual: {
        sections: annual.sections.map((s) => ({ title: s.title.sv, text: s.text })),
        total: annual.material.byCategory.reduce((sum, row) => sum + row.count, 0),
        newPhenomena: annual.material.newPhenomena.length,
      },
      plan: plan
        ? {
            status: plan.plan.status,
            decision: decisionOf(plan.plan),
            counts: plan.followUp.total,
            actions: plan.actions.map((a) => ({
              part: a.part,
              title: a.title,
              responsible: responsible(a.departmentId, a.actorId),
              status: a.followUp.status,
              light: a.followUp.light,
              comment: a.followUp.comment,
            })),
          }
        : null,
      nextPlan: nextPlan ? { status: nextPlan.plan.status, decision: decisionOf(nextPlan.plan) } : null,
      departmentReports: {
        submitted: reports.filter((r) => r.status === 'submitted').length,
        departments: departments.length,
      },
      council: council
        ? {
            date: councilDate,
            invited: council.invitedActorIds.length,
            materialReceived: materials.filter(
              (m) => council.invitedActorIds.includes(m.actorId) && m.receivedOn !== null,
            ).length,
            decisions: council.minutes?.decisions.map((d) => d.text) ?? [],
            commitments: (council.minutes?.commitments ?? []).map((c) => ({
              who: partyName(c, actors, departments),
              what: c.what,
              byWhen: c.byWhen,
            })),
          }
        : null,
      agreements: agreements.map((a) => ({
        actor: actors.find((x) => x.id === a.actorId)?.name ?? a.actorId,
        title: a.title,
        validUntil: a.validUntil,
      })),
      coordination,
    };
  }
}

const decisionOf = (plan: { decision: { meetingDate: string; paragraph: string } | null }) =>
  plan.decision ? { meetingDate: plan.decision.meetingDate, paragraph: plan.decision.paragraph } : null;
