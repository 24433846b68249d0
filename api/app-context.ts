import type { Logger } from 'pino';
import type { Authenticator } from './auth/caller.js';
import type { AppConfig } from './config/env.js';
import type { Clock } from './domain/clock.js';
import type { ConversationReferenceRepository } from './repositories/conversation-reference-repository.js';
import type { OrganisationRepository } from './repositories/organisation-repository.js';
import type { PeopleService } from './services/people-service.js';
import type { ReachService } from './services/reach-service.js';
import type { SituationEntryRepository } from './repositories/situation-entry-repository.js';
import type { SituationCountRepository } from './repositories/situation-count-repository.js';
import type { HistoryService } from './services/history-service.js';
import type { SettingsRepository } from './repositories/settings-repository.js';
import type { ActionPlanService } from './services/action-plan-service.js';
import type { SituationService } from './services/situation-service.js';
import type { ImportService } from './services/import-service.js';
import type { CompilationService } from './services/compilation-service.js';
import type { AnnualSituationService } from './services/annual-situation-service.js';
import type { CycleService } from './services/cycle-service.js';
import type { ReportService } from './services/report-service.js';
import type { AgreementService } from './services/agreement-service.js';
import type { BobService } from './services/bob-service.js';
import type { CouncilAgendaService } from './services/council-agenda-service.js';
import type { CouncilOfferService } from './services/council-offer-service.js';
import type { CouncilService } from './services/council-service.js';
import type { MunicipalCouncilReportService } from './services/municipal-council-report-service.js';
import type { StoragePort } from './store/port.js';
import type { CommitmentResultService } from './services/commitment-result-service.js';
import type { OutboxRepository } from './repositories/outbox-repository.js';
import type { CouncilMailService } from './services/council-mail-service.js';
import type { RecordsService } from './services/records-service.js';
import type { AreaMapService } from './services/area-map-service.js';
import type { OrganisationUsage } from './services/organisation-usage.js';

/** What routes and the bot share: built once at start, passed down, never global. */
export interface AppContext {
  config: AppConfig;
  version: string;
  clock: Clock;
  logger: Logger;
  store: StoragePort;
  authenticator: Authenticator;
  organisation: OrganisationRepository;
  settings: SettingsRepository;
  cycles: CycleService;
  reports: ReportService;
  /** Where each person can be reached by the bot (kept by the bot, read by the reports overview). */
  conversations: ConversationReferenceRepository;
  /** The continuous lägesbild. */
  situationEntries: SituationEntryRepository;
  situationCounts: SituationCountRepository;
  /** Whether a department or an actor may be removed. */
  organisationUsage: OrganisationUsage;
  history: HistoryService;
  records: RecordsService;
  areaMaps: AreaMapService;
  actionPlans: ActionPlanService;
  situation: SituationService;
  imports: ImportService;
  compilations: CompilationService;
  annualSituation: AnnualSituationService;
  councils: CouncilService;
  councilAgendas: CouncilAgendaService;
  councilOffers: CouncilOfferService;
  /** What became of each council commitment, reported by the actor's people. */
  commitmentResults: CommitmentResultService;
  /** Every mail and meeting invitation sent, or locally only recorded. */
  outbox: OutboxRepository;
  /** The council's Outlook meeting, the requests for written lägesbilder and their reminders. */
  councilMail: CouncilMailService;
  agreements: AgreementService;
  municipalCouncilReports: MunicipalCouncilReportService;
  /** The BOB group's space; its routes answer everyone else as if they did not exist. */
  bob: BobService;
  /** People from the directory (Entra ID in a tenant, the demo people locally), stored on first use. */
  people: PeopleService;
  /** Whether the bot can reach each person, and installing the app for them (Graph in a tenant; nothing locally). */
  reach: ReachService;
}
