import type { Clock } from '../domain/clock.js';
import { docxContentType } from '../documents/docx-parts.js';
import { dateOfInstant, quarterOverOn, todayIn, yearOverOn } from '../domain/cycle/index.js';
import { gatherEntries, type AnnualMaterial } from '../domain/situation/annual.js';
import {
  annualSectionIdSchema,
  annualSectionTitles,
  type AnnualSectionId,
} from '../domain/situation/annual-sections.js';
import { annualSituationDocument } from '../documents/annual-situation-document.js';
import { documentLibraries } from '../documents/libraries.js';
import type { AnnualSectionRecord, AnnualSituationRepository } from '../repositories/annual-situation-repository.js';
import type { Stored } from '../repositories/collection.js';
import type { DepartmentReportRepository } from '../repositories/department-report-repository.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { SettingsRepository } from '../repositories/settings-repository.js';
import type { CompilationService } from './compilation-service.js';
import { findFile, type BatchOperation, type FileInfo, type StoragePort } from '../store/port.js';
import type { ActionPlanService } from './action-plan-service.js';
import type { CycleService } from './cycle-service.js';
import { TooEarly } from '../domain/year-order.js';
import { DomainError } from '../domain/errors/domain-error.js';
import { compilationPath } from './compilation-service.js';
import type { CouncilRepository } from '../repositories/council-repository.js';
import { diarienummerOf, markFaststalld } from '../documents/records-fields.js';
import type { AreaMapService } from './area-map-service.js';

export interface AnnualSection {
  id: AnnualSectionId;
  title: { sv: string; en: string };
  text: string;
  etag: string;
}

export interface AnnualView {
  year: number;
  sections: AnnualSection[];
  material: AnnualMaterial;
}

const library = documentLibraries.situation.name;
export const annualPath = (year: number) => `Årlig lägesbild/${year}/Lägesbild ${year}.docx`;

export interface AnnualSituationDependencies {
  clock: Clock;
  store: StoragePort;
  annual: AnnualSituationRepository;
  compilations: CompilationService;
  departmentReports: DepartmentReportRepository;
  organisation: OrganisationRepository;
  plans: ActionPlanService;
  settings: SettingsRepository;
  cycles: CycleService;
  councils: CouncilRepository;
  areaMaps: AreaMapService;
}

/** A fastställd lägesbild is a decided record: its text stays as adopted until it is opened again. */
export class AnnualFaststalld extends DomainError {
  constructor(year: number, on: string) {
    super('locked', {
      sv: `Den årliga lägesbilden för ${year} är fastställd (${on}) och ändras inte. Öppna den igen för att ändra den; den är då ett utkast tills den fastställs på nytt.`,
      en: `The annual situation picture for ${year} is finalised (${on}) and does not change. Open it again to change it; it is then a draft until it is finalised anew.`,
    });
  }
}

/** The annual lägesbild written in February: six sections of text beside what the year's data gathered. */
export class AnnualSituationService {
  constructor(private readonly deps: AnnualSituationDependencies) {}

  async view(year: number): Promise<AnnualView> {
    const records = await this.ensureSections(year);
    const sections = annualSectionIdSchema.options.map((id) => {
      const record = records.find((r) => r.section === id)!;
      return { id, title: annualSectionTitles[id], text: record.text, etag: record.etag };
    });
    return { year, sections, material: await this.material(year) };
  }

  /** A stale etag is a conflict carrying the other person's text, never a lost edit. */
  async saveSection(
    year: number,
    section: AnnualSectionId,
    etag: string,
    text: string,
    actor: string,
  ): Promise<AnnualSection> {
    await this.refuseIfFaststalld(year);
    const record = (await this.ensureSections(year)).find((r) => r.section === section)!;
    const saved = await this.deps.annual.sections.update(record.id, etag, { text }, actor);
    return { id: section, title: annualSectionTitles[section], text: saved.text, etag: saved.etag };
  }

  async saveDocument(year: number, actor: string): Promise<FileInfo> {
    await this.refuseIfFaststalld(year);
    return this.writeDocument(year, actor);
  }

  /** Refused while the year's lägesbild is fastställd, as its registration says. */
  private async refuseIfFaststalld(year: number): Promise<void> {
    const on = (await findFile(this.deps.store, library, annualPath(year)))?.fields?.faststalld;
    if (on) throw new AnnualFaststalld(year, on);
  }

  /**
   * Opens a fastställd lägesbild again for changes: its registration no longer names a day it was fastställd and
   * the February milestone is open, until it is fastställd anew. The adopted version stays in the version history.
   */
  async reopen(year: number, actor: string): Promise<FileInfo | undefined> {
    const info = await findFile(this.deps.store, library, annualPath(year));
    if (!info?.fields?.faststalld) return info;
    const reopened = await this.deps.store.setFileFields(library, info.path, { faststalld: null }, actor);
    await this.deps.cycles.markIfPresent(year, `${year}-annual-situation-picture`, null, actor);
    return reopened;
  }

  private async writeDocument(year: number, actor: string): Promise<FileInfo> {
    const [view, { template }, { categories }] = await Promise.all([
      this.view(year),
      this.deps.settings.cycleTemplate(),
      this.deps.settings.entryCategories(),
    ]);
    const categoryName = (id: string) => categories.find((c) => c.id === id)?.sv ?? id;
    const diarienummer = await diarienummerOf(this.deps.store, library, annualPath(year));
    const content = await annualSituationDocument({
      view,
      municipality: template.municipality.name,
      generatedAt: this.deps.clock.now(),
      categoryName,
      diarienummer,
      areaMap: (await this.deps.areaMaps.current())?.map,
    });
    // A version of work in progress: the February milestone is done only when the lägesbild is fastställd.
    return this.deps.store.putFile(library, annualPath(year), content, docxContentType, actor);
  }

  /**
   * Fastställ: the year over, every section written and the fourth quarter compiled after it ended (or, without
   * that, a reason the säkerhetschef gives, kept with the milestone); then a final Word version, and the February
   * milestone done.
   */
  async finalise(year: number, overrideReason: string | null, actor: string): Promise<FileInfo> {
    await this.refuseIfFaststalld(year);
    const today = todayIn(this.deps.clock);
    if (today < yearOverOn(year)) {
      throw new TooEarly('year', {
        sv: `Den årliga lägesbilden för ${year} kan fastställas när året är slut, från och med ${year + 1}-01-01.`,
        en: `The annual situation picture for ${year} can be finalised once the year is over, from ${year + 1}-01-01 on.`,
      });
    }
    const view = await this.view(year);
    const empty = view.sections.filter((section) => section.text.trim() === '');
    if (empty.length > 0) {
      throw new TooEarly('sections', {
        sv: `Den årliga lägesbilden kan fastställas när varje del är skriven; ${empty.map((s) => `”${s.title.sv}”`).join(', ')} saknar text.`,
        en: `The annual situation picture can be finalised when every section is written; ${empty.map((s) => `“${s.title.en}”`).join(', ')} has no text.`,
      });
    }
    // A compilation saved while the quarter ran is a draft of it: December is not in it.
    const compiled = await findFile(this.deps.store, library, compilationPath(year, 4));
    const fourthQuarter =
      compiled && dateOfInstant(compiled.modifiedAt) >= quarterOverOn(year, 4) ? compiled : undefined;
    if (!fourthQuarter && !overrideReason?.trim()) {
      throw new TooEarly('overrideReason', {
        sv: `Fjärde kvartalet ${year} är inte sammanställt efter kvartalets slut. Sammanställ det under Lägesbild › Kvartal, eller fastställ ändå och ange skälet.`,
        en: `The fourth quarter of ${year} has not been compiled since it ended. Compile it under Situation › Quarter, or finalise anyway and give the reason.`,
      });
    }
    const info = await markFaststalld(this.deps.store, await this.writeDocument(year, actor), today, actor);
    const note = `Fastställd, Word-dokument version ${info.version}${fourthQuarter ? '' : ` (utan kvartal 4: ${overrideReason!.trim()})`}`;
    await this.deps.cycles.markIfPresent(year, `${year}-annual-situation-picture`, { doneAt: today, note }, actor);
    return info;
  }

  async document(year: number): Promise<{ info: FileInfo; content: Uint8Array } | undefined> {
    return this.deps.store.getFile(library, annualPath(year));
  }

  async documentInfo(year: number): Promise<FileInfo | undefined> {
    return findFile(this.deps.store, library, annualPath(year));
  }

  /** The year's six section items, created empty the first time the year is opened. */
  private async ensureSections(year: number): Promise<Stored<AnnualSectionRecord>[]> {
    const records = await this.deps.annual.ofYear(year);
    const missing = annualSectionIdSchema.options.filter((id) => !records.some((record) => record.section === id));
    if (missing.length === 0) return records;
    await this.deps.store.batch(
      missing.map(
        (section): BatchOperation => ({
          op: 'create',
          list: this.deps.annual.sections.definition.name,
          fields: { year, section, text: '' },
        }),
      ),
      'system:annual',
    );
    return this.deps.annual.ofYear(year);
  }

  /** BOB entries stay out: the annual lägesbild is read by everyone who reads the library. */
  private async material(year: number): Promise<AnnualMaterial> {
    const [entries, trend, reports, departments, actors, council, materials, cycle] = await Promise.all([
      this.deps.compilations.counted(`${year}-01-01`, `${year}-12-31`, false),
      this.deps.compilations.trend(year, 4, false),
      this.deps.departmentReports.forYear(year),
      this.deps.organisation.listDepartments(),
      this.deps.organisation.listActors(),
      this.deps.councils.council(year),
      this.deps.councils.materialsOf(year),
      this.deps.cycles.view(year),
    ]);
    const plan = await this.deps.plans.find(year);
    const departmentName = (id: string | null) => departments.find((d) => d.id === id)?.name;
    return {
      ...gatherEntries(entries.counted, entries.phenomena),
      trend,
      actionsTaken: (plan?.actions ?? []).map((action) => ({
        title: action.title,
        responsible: departmentName(action.departmentId) ?? actors.find((a) => a.id === action.actorId)?.name ?? '',
        status: action.followUp.status,
        comment: action.followUp.comment,
      })),
      proposals: reports
        .filter((report) => report.status === 'submitted' && report.content)
        .flatMap((report) =>
          report.content!.proposals.map((text) => ({ department: departmentName(report.departmentId) ?? '', text })),
        ),
      council: council
        ? {
            date: cycle.milestones.find((m) => m.milestone.id === `${year}-strategic-council`)?.milestone.due ?? null,
            preparationNotes: council.preparationNotes,
            actors: materials
              .filter((m) => council.invitedActorIds.includes(m.actorId))
              .map((m) => {
                const actor = actors.find((a) => a.id === m.actorId)?.name ?? m.actorId;
                return {
                  actor,
                  receivedOn: m.receivedOn,
                  document: m.documentPath
                    ? {
                        title: `Lägesbild från ${actor}`,
                        href: `/api/councils/${year}/materials/${m.actorId}/document`,
                        fileName: m.documentPath.split('/').pop()!,
                      }
                    : null,
                  written: Object.fromEntries(Object.entries(m.written ?? {}).filter(([, text]) => text.trim() !== '')),
                };
              }),
          }
        : null,
    };
  }
}
