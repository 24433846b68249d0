import type { Clock } from '../domain/clock.js';
import { docxContentType } from '../documents/docx-parts.js';
import { quarterOverOn, todayIn } from '../domain/cycle/index.js';
import { compileQuarter, quarterPeriod, type Compilation, type Quarter } from '../domain/situation/compilation.js';
import { documentLibraries } from '../documents/libraries.js';
import { quarterlyCompilationDocument } from '../documents/quarterly-compilation-document.js';
import type { SettingsRepository } from '../repositories/settings-repository.js';
import type { SituationEntryRepository } from '../repositories/situation-entry-repository.js';
import type { SituationCountRepository } from '../repositories/situation-count-repository.js';
import { asCountables, periodIndex, periodOf, quarterOfDate, type Countable } from '../domain/situation/counts.js';
import type { SituationEntry } from '../domain/situation/entry.js';
import { quarterTrend, type Trend } from '../domain/situation/trend.js';
import { knownPlaces } from '../domain/situation/places.js';
import type { Stored } from '../repositories/collection.js';
import { findFile, type FileInfo, type StoragePort } from '../store/port.js';
import type { CycleService } from './cycle-service.js';
import { diarienummerForNewVersion } from '../documents/records-fields.js';
import type { AreaMapService } from './area-map-service.js';

const library = documentLibraries.situation.name;
export const compilationPath = (year: number, quarter: Quarter) =>
  `Kvartalssammanställningar/${year}/Kvartal ${quarter}.docx`;

export interface CompilationDependencies {
  clock: Clock;
  store: StoragePort;
  entries: SituationEntryRepository;
  counts: SituationCountRepository;
  settings: SettingsRepository;
  cycles: CycleService;
  areaMaps: AreaMapService;
}

/** The four-times-a-year compilation of EST reports and police statistics. */
export class CompilationService {
  constructor(private readonly deps: CompilationDependencies) {}

  /** BOB entries count only for BOB members, and never in the document, which others can open. */
  async compile(year: number, quarter: Quarter, includeBob: boolean): Promise<Compilation> {
    // The stored counts of the eight quarters up to this one (one range: the trend, and a year earlier for
    // the comparison), and this quarter's new phenomena.
    const period = quarterPeriod(year, quarter);
    const [counts, phenomena] = await Promise.all([
      this.deps.counts.between(periodOf(periodIndex(year, quarter) - 7), { year, quarter }, includeBob),
      this.deps.entries.newPhenomena(period.from, period.to, includeBob),
    ]);
    return compileQuarter(asCountables(counts), phenomena, year, quarter);
  }

  /** The eight quarters up to this one, per category, from the stored counts. */
  async trend(year: number, quarter: Quarter, includeBob: boolean): Promise<Trend> {
    const counts = await this.deps.counts.between(
      periodOf(periodIndex(year, quarter) - 7),
      { year, quarter },
      includeBob,
    );
    return quarterTrend(asCountables(counts), year, quarter);
  }

  /** The places to offer an entry's writer: the map's areas and those counted in the last two years. */
  async places(includeBob: boolean): Promise<string[]> {
    const { year, quarter } = quarterOfDate(todayIn(this.deps.clock));
    const [counts, stored] = await Promise.all([
      this.deps.counts.between(periodOf(periodIndex(year, quarter) - 7), { year, quarter }, includeBob),
      this.deps.areaMaps.current(),
    ]);
    return knownPlaces(counts, stored?.map.areas.map((area) => area.name) ?? []);
  }

  /**
   * The lägesbild from..to (ISO dates) counted: whole quarters from the stored counts, the days of a quarter
   * cut by from or to from its entries; and the new phenomena of the span.
   */
  async counted(
    from: string,
    to: string,
    includeBob: boolean,
  ): Promise<{ counted: Countable[]; phenomena: Stored<SituationEntry>[] }> {
    const first = quarterOfDate(from);
    const last = quarterOfDate(to);
    const startsWhole = quarterPeriod(first.year, first.quarter).from === from;
    const endsWhole = quarterPeriod(last.year, last.quarter).to === to;
    const startIndex = periodIndex(first.year, first.quarter) + (startsWhole ? 0 : 1);
    const endIndex = periodIndex(last.year, last.quarter) - (endsWhole ? 0 : 1);
    const edges: [string, string][] =
      startIndex > endIndex
        ? [[from, to]]
        : [
            ...(startsWhole ? [] : [[from, quarterPeriod(first.year, first.quarter).to] as [string, string]]),
            ...(endsWhole ? [] : [[quarterPeriod(last.year, last.quarter).from, to] as [string, string]]),
          ];
    const [counts, phenomena, ...parts] = await Promise.all([
      startIndex <= endIndex ? this.deps.counts.between(periodOf(startIndex), periodOf(endIndex), includeBob) : [],
      this.deps.entries.newPhenomena(from, to, includeBob),
      ...edges.map(([a, b]) => this.deps.entries.between(a, b, { includeBob })),
    ]);
    return { counted: [...asCountables(counts), ...parts.flat()], phenomena };
  }

  /**
   * A new version of the quarter's Word document in the lägesbild library; the årshjul's milestone is done once
   * the quarter is over (saved while it runs, the document is a draft of it).
   */
  async saveDocument(
    year: number,
    quarter: Quarter,
    actor: string,
  ): Promise<{ info: FileInfo; milestoneDone: boolean }> {
    const [compilation, { template }, { categories }] = await Promise.all([
      this.compile(year, quarter, false),
      this.deps.settings.cycleTemplate(),
      this.deps.settings.entryCategories(),
    ]);
    const categoryName = (id: string) => categories.find((c) => c.id === id)?.sv ?? id;
    const diarienummer = await diarienummerForNewVersion(this.deps.store, library, compilationPath(year, quarter));
    const content = await quarterlyCompilationDocument({
      compilation,
      municipality: template.municipality.name,
      generatedAt: this.deps.clock.now(),
      categoryName,
      diarienummer,
      areaMap: (await this.deps.areaMaps.current())?.map,
    });
    const info = await this.deps.store.putFile(
      library,
      compilationPath(year, quarter),
      content,
      docxContentType,
      actor,
    );
    const today = todayIn(this.deps.clock);
    // Saved while the quarter runs, the document is a draft of it: the milestone waits for the quarter's end.
    const milestoneDone = today >= quarterOverOn(year, quarter);
    if (milestoneDone)
      await this.deps.cycles.markIfPresent(
        year,
        `${year}-est-police-compilation-q${quarter}`,
        { doneAt: today, note: `Word-dokument version ${info.version}` },
        actor,
      );
    return { info, milestoneDone };
  }

  async document(year: number, quarter: Quarter): Promise<{ info: FileInfo; content: Uint8Array } | undefined> {
    return this.deps.store.getFile(library, compilationPath(year, quarter));
  }

  async documentInfo(year: number, quarter: Quarter): Promise<FileInfo | undefined> {
    return findFile(this.deps.store, library, compilationPath(year, quarter));
  }
}
