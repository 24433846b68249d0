import type { Clock } from '../domain/clock.js';
import { docxContentType } from '../documents/docx-parts.js';
import { todayIn } from '../domain/cycle/index.js';
import { compileQuarter, previousQuarter, quarterPeriod, type Compilation, type Quarter } from '../domain/situation/compilation.js';
import { documentLibraries } from '../documents/libraries.js';
import { quarterlyCompilationDocument } from '../documents/quarterly-compilation-document.js';
import type { SettingsRepository } from '../repositories/settings-repository.js';
import type { SituationEntryRepository } from '../repositories/situation-entry-repository.js';
import { findFile, type FileInfo, type StoragePort } from '../store/port.js';
import type { CycleService } from './cycle-service.js';

const library = documentLibraries.situation.name;
export const compilationPath = (year: number, quarter: Quarter) => `Kvartalssammanställningar/${year}/Kvartal ${quarter}.docx`;

/** The four-times-a-year compilation of EST reports and police statistics. */
export class CompilationService {
  constructor(
    private readonly clock: Clock,
    private readonly store: StoragePort,
    private readonly entries: SituationEntryRepository,
    private readonly settings: SettingsRepository,
    private readonly cycles: CycleService,
  ) {}

  /** BOB entries count only for BOB members, and never in the document, which others can open. */
  async compile(year: number, quarter: Quarter, includeBob: boolean): Promise<Compilation> {
    // Only the three quarters compared: a year earlier, and the one before with this one.
    const yearEarlier = quarterPeriod(year - 1, quarter);
    const before = previousQuarter(year, quarter);
    const [earlier, recent] = await Promise.all([
      this.entries.between(yearEarlier.from, yearEarlier.to, { includeBob }),
      this.entries.between(quarterPeriod(before.year, before.quarter).from, quarterPeriod(year, quarter).to, { includeBob }),
    ]);
    return compileQuarter([...earlier, ...recent], year, quarter);
  }

  /** A new version of the quarter's Word document in the lägesbild library; the årshjul's milestone is done. */
  async saveDocument(year: number, quarter: Quarter, actor: string): Promise<FileInfo> {
    const [compilation, { template }, { categories }] = await Promise.all([this.compile(year, quarter, false), this.settings.cycleTemplate(), this.settings.entryCategories()]);
    const categoryName = (id: string) => categories.find((c) => c.id === id)?.sv ?? id;
    const content = await quarterlyCompilationDocument({ compilation, municipality: template.municipality.name, generatedAt: this.clock.now(), categoryName });
    const info = await this.store.putFile(library, compilationPath(year, quarter), content, docxContentType, actor);
    await this.cycles.markIfPresent(year, `${year}-est-police-compilation-q${quarter}`, { doneAt: todayIn(this.clock), note: `Word-dokument version ${info.version}` }, actor);
    return info;
  }

  async document(year: number, quarter: Quarter): Promise<{ info: FileInfo; content: Uint8Array } | undefined> {
    return this.store.getFile(library, compilationPath(year, quarter));
  }

  async documentInfo(year: number, quarter: Quarter): Promise<FileInfo | undefined> {
    return findFile(this.store, library, compilationPath(year, quarter));
  }
}
