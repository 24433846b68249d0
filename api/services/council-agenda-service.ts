import type { Clock } from '../domain/clock.js';
import { agreementState } from '../domain/agreement.js';
import { todayIn } from '../domain/cycle/index.js';
import { requiredPointTitles, type AgendaItem } from '../domain/council/agenda.js';
import { draftAgenda, type AgendaMaterial } from '../domain/council/draft-agenda.js';
import type { Commitment } from '../domain/council/minutes.js';
import { eventCount, gatherEntries } from '../domain/situation/annual.js';
import type { Quarter } from '../domain/situation/compilation.js';
import { agendaDocument, minutesDocument } from '../documents/council-documents.js';
import { docxContentType } from '../documents/docx-parts.js';
import type { AgreementRepository } from '../repositories/agreement-repository.js';
import type { CouncilRepository } from '../repositories/council-repository.js';
import type { DepartmentReportRepository } from '../repositories/department-report-repository.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { SettingsRepository } from '../repositories/settings-repository.js';
import { findFile, type FileInfo, type StoragePort } from '../store/port.js';
import type { ActionPlanService } from './action-plan-service.js';
import type { CompilationService } from './compilation-service.js';
import { councilFolder, councilLibrary, type CouncilService } from './council-service.js';
import { DomainError } from '../domain/errors/domain-error.js';
import { diarienummerForNewVersion } from '../documents/records-fields.js';

export interface AgendaView {
  year: number;
  items: AgendaItem[];
  /** False while the agenda is the generated draft nobody has saved yet. */
  saved: boolean;
  etag: string | null;
}

export type CouncilDocumentKind = 'agenda' | 'minutes';
const documentPaths: Record<CouncilDocumentKind, (year: number) => string> = {
  agenda: (year) => `${councilFolder(year)}/Dagordning strategiskt råd ${year}.docx`,
  minutes: (year) => `${councilFolder(year)}/Protokoll strategiskt råd ${year}.docx`,
};

export class MinutesMissing extends DomainError {
  constructor() {
    super('minutes_missing', {
      sv: 'Skriv protokollet innan det sparas som Word-dokument.',
      en: 'Write the minutes before saving them as a Word document.',
    });
  }
}

export interface CouncilAgendaDependencies {
  clock: Clock;
  store: StoragePort;
  council: CouncilService;
  councils: CouncilRepository;
  agreements: AgreementRepository;
  departmentReports: DepartmentReportRepository;
  organisation: OrganisationRepository;
  plans: ActionPlanService;
  compilations: CompilationService;
  settings: SettingsRepository;
}

/** The council's agenda (the plan's five points, filled from the year's data) and its two Word documents. */
export class CouncilAgendaService {
  constructor(private readonly deps: CouncilAgendaDependencies) {}

  async agenda(year: number): Promise<AgendaView> {
    const council = await this.deps.council.planned(year);
    if (council.agenda) return { year, items: inPlanWords(council.agenda), saved: true, etag: council.etag };
    return { year, items: draftAgenda(await this.material(year)), saved: false, etag: council.etag };
  }

  /** A fresh draft from today's data, for the säkerhetschef to compare with or start over from; nothing is saved. */
  async draft(year: number): Promise<AgendaItem[]> {
    await this.deps.council.planned(year);
    return draftAgenda(await this.material(year));
  }

  async saveAgenda(year: number, etag: string, items: AgendaItem[], actor: string): Promise<AgendaView> {
    const council = await this.deps.council.planned(year);
    // The five points keep the plan's own words; their text and added points are the säkerhetschef's.
    const worded = inPlanWords(items);
    const saved = await this.deps.councils.councils.update(council.id, etag, { agenda: worded }, actor);
    return { year, items: saved.agenda ?? worded, saved: true, etag: saved.etag };
  }

  async saveDocument(year: number, kind: CouncilDocumentKind, actor: string): Promise<FileInfo> {
    const [view, { template }, actors, departments] = await Promise.all([
      this.deps.council.view(year),
      this.deps.settings.cycleTemplate(),
      this.deps.organisation.listActors(),
      this.deps.organisation.listDepartments(),
    ]);
    const names = {
      actor: (id: string) => actors.find((a) => a.id === id)?.name ?? id,
      party: (c: Commitment) => partyName(c, actors, departments),
    };
    const diarienummer = await diarienummerForNewVersion(this.deps.store, councilLibrary, documentPaths[kind](year));
    let content: Uint8Array;
    if (kind === 'agenda') {
      content = await agendaDocument({
        view,
        items: (await this.agenda(year)).items,
        municipality: template.municipality.name,
        names,
        generatedAt: this.deps.clock.now(),
        diarienummer,
      });
    } else {
      if (!view.minutes) throw new MinutesMissing();
      content = await minutesDocument({
        view,
        minutes: view.minutes,
        municipality: template.municipality.name,
        names,
        generatedAt: this.deps.clock.now(),
        diarienummer,
      });
    }
    return this.deps.store.putFile(councilLibrary, documentPaths[kind](year), content, docxContentType, actor);
  }

  async document(
    year: number,
    kind: CouncilDocumentKind,
  ): Promise<{ info: FileInfo; content: Uint8Array } | undefined> {
    return this.deps.store.getFile(councilLibrary, documentPaths[kind](year));
  }

  async documentInfo(year: number, kind: CouncilDocumentKind): Promise<FileInfo | undefined> {
    return findFile(this.deps.store, councilLibrary, documentPaths[kind](year));
  }

  /** BOB entries stay out: the agenda goes to every actor at the council. */
  private async material(year: number): Promise<AgendaMaterial> {
    const view = await this.deps.council.view(year);
    const until = view.date && view.date < `${year}-12-31` ? view.date : `${year}-12-31`;
    const [
      entries,
      reports,
      departments,
      actors,
      agreements,
      lastYear,
      lastYearResults,
      { categories },
      plan,
      compiled,
    ] = await Promise.all([
      this.deps.compilations.counted(`${year}-01-01`, until, false),
      this.deps.departmentReports.forYear(year),
      this.deps.organisation.listDepartments(),
      this.deps.organisation.listActors(),
      this.deps.agreements.all(),
      this.deps.councils.council(year - 1),
      this.deps.councils.commitmentResultsOf(year - 1),
      this.deps.settings.entryCategories(),
      this.deps.plans.find(year),
      Promise.all(
        ([1, 2, 3, 4] as Quarter[]).map(async (quarter) => ({
          quarter,
          info: await this.deps.compilations.documentInfo(year, quarter),
        })),
      ),
    ]);
    const gathered = gatherEntries(entries.counted, entries.phenomena);
    const categoryName = (id: string) => categories.find((c) => c.id === id)?.sv ?? id;
    const departmentName = (id: string | null) => departments.find((d) => d.id === id)?.name;
    const actorName = (id: string | null) => actors.find((a) => a.id === id)?.name;
    const today = todayIn(this.deps.clock);
    return {
      year,
      situation: {
        total: eventCount(entries.counted),
        byCategory: gathered.byCategory.map((row) => ({ name: categoryName(row.category), count: row.count })),
        byArea: gathered.byArea.map((row) => ({ name: row.area, count: row.count })),
        newPhenomena: gathered.newPhenomena.map((p) => `${p.area}: ${p.description}`),
        links: [
          { title: `Lägesbilden ${year} i Trygghetshjulet`, href: `#/lagesbild/kvartal/${year}` },
          ...compiled.flatMap(({ quarter, info }) =>
            info
              ? [
                  {
                    title: `Kvartalssammanställning ${year} kvartal ${quarter} (version ${info.version})`,
                    href: `/api/situation/compilations/${year}/${quarter}/document`,
                  },
                ]
              : [],
          ),
        ],
      },
      actorMaterial: view.materials.map((m) => ({
        actor: m.actorName,
        receivedOn: m.receivedOn,
        link: m.documentPath
          ? { title: `Lägesbild från ${m.actorName}`, href: `/api/councils/${year}/materials/${m.actorId}/document` }
          : null,
      })),
      lastYear: lastYear?.minutes
        ? {
            decisions: lastYear.minutes.decisions.map((d) => d.text),
            commitments: lastYear.minutes.commitments.map((c) => ({
              who: partyName(c, actors, departments),
              what: c.what,
              byWhen: c.byWhen,
              result: lastYearResults.find((r) => r.commitmentId === c.id) ?? null,
            })),
          }
        : null,
      partFourActions: (plan?.actions ?? [])
        .filter((action) => action.part === 4)
        .map((action) => ({
          title: action.title,
          responsible: departmentName(action.departmentId) ?? actorName(action.actorId) ?? 'Kommunen',
          status: action.followUp.status,
          comment: action.followUp.comment,
        })),
      proposals: reports
        .filter((report) => report.status === 'submitted' && report.content)
        .flatMap((report) =>
          report.content!.proposals.map((text) => ({ from: departmentName(report.departmentId) ?? '', text })),
        ),
      agreements: agreements.map((a) => ({
        actor: actorName(a.actorId) ?? a.actorId,
        title: a.title,
        validUntil: a.validUntil,
        state: agreementState(a, today),
      })),
    };
  }
}

/** Who committed: the actor, the named department, or the municipality as a whole. */
export function partyName(
  commitment: Commitment,
  actors: readonly { id: string; name: string }[],
  departments: readonly { id: string; name: string }[],
): string {
  if (commitment.actorId) return actors.find((a) => a.id === commitment.actorId)?.name ?? commitment.actorId;
  if (commitment.departmentId)
    return `Kommunen (${departments.find((d) => d.id === commitment.departmentId)?.name ?? commitment.departmentId})`;
  return 'Kommunen';
}

/** The plan's five points in the plan's own words, whatever a saved agenda (or an older version) called them. */
function inPlanWords(items: AgendaItem[]): AgendaItem[] {
  return items.map((item) => (item.point === null ? item : { ...item, title: requiredPointTitles[item.point].sv }));
}
