import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { pino, type Logger } from 'pino';
import { EntraAuthenticator } from './auth/entra-authenticator.js';
import { LocalAuthenticator } from './auth/local-authenticator.js';
import type { AppConfig } from './config/env.js';
import { ensureDocumentLibraries } from './documents/libraries.js';
import { fixedClock, systemClock, type Clock } from './domain/clock.js';
import type { AppContext } from './app-context.js';
import { ActionPlanRepository } from './repositories/action-plan-repository.js';
import { AgreementRepository } from './repositories/agreement-repository.js';
import { BobRepository } from './repositories/bob-repository.js';
import { MunicipalCouncilReportRepository } from './repositories/municipal-council-report-repository.js';
import { CouncilRepository } from './repositories/council-repository.js';
import { ImportRepository } from './repositories/import-repository.js';
import { AnnualSituationRepository } from './repositories/annual-situation-repository.js';
import { ConversationReferenceRepository } from './repositories/conversation-reference-repository.js';
import { CycleRepository } from './repositories/cycle-repository.js';
import { DepartmentReportRepository } from './repositories/department-report-repository.js';
import { OrganisationRepository } from './repositories/organisation-repository.js';
import { PlanActionRepository } from './repositories/plan-action-repository.js';
import { OrganisationUsage } from './services/organisation-usage.js';
import { ReminderLogRepository } from './repositories/reminder-log-repository.js';
import { SettingsRepository } from './repositories/settings-repository.js';
import { SituationEntryRepository } from './repositories/situation-entry-repository.js';
import { SituationCountRepository } from './repositories/situation-count-repository.js';
import { RecordsStampingStore } from './repositories/records-stamping-store.js';
import { SituationCountingStore } from './repositories/situation-counting-store.js';
import { HistoryService } from './services/history-service.js';
import { ActionPlanService } from './services/action-plan-service.js';
import { AgreementService } from './services/agreement-service.js';
import { BobService } from './services/bob-service.js';
import { CouncilAgendaService } from './services/council-agenda-service.js';
import { CouncilOfferService } from './services/council-offer-service.js';
import { CouncilService } from './services/council-service.js';
import { MunicipalCouncilReportService } from './services/municipal-council-report-service.js';
import { AnnualSituationService } from './services/annual-situation-service.js';
import { CompilationService } from './services/compilation-service.js';
import { CycleService } from './services/cycle-service.js';
import { ImportService } from './services/import-service.js';
import { SituationService } from './services/situation-service.js';
import { ReminderService, type ReminderSender } from './services/reminder-service.js';
import { ReportService } from './services/report-service.js';
import { seedDemoData } from './seed/seed-demo-data.js';
import { packageVersion } from './version.js';
import { createDirectory } from './directory/create-directory.js';
import { PeopleService } from './services/people-service.js';
import { createInstaller } from './reach/create-installer.js';
import { ReachService } from './services/reach-service.js';
import { createStore, type StoreOverrides } from './store/create-store.js';
import type { StoragePort } from './store/port.js';
import { CommitmentResultService } from './services/commitment-result-service.js';
import { OutboxRepository } from './repositories/outbox-repository.js';
import { CouncilMailService } from './services/council-mail-service.js';
import { createMessenger } from './messaging/create-messenger.js';
import { RecordsService } from './services/records-service.js';
import { AreaMapService } from './services/area-map-service.js';

export { packageVersion } from './version.js';

export function createLogger(config: AppConfig): Logger {
  return pino({
    level: config.env.LOG_LEVEL,
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-dev-persona"]', '*.token', '*.secret', '*.password'],
      censor: '[hemligt]',
    },
  });
}

/** Opens the store, makes sure its lists exist, and seeds demo data on the first local start. */
export async function createContext(
  config: AppConfig,
  overrides: {
    clock?: Clock;
    logger?: Logger;
    store?: StoragePort;
    instanceId?: string;
    sleep?: (ms: number) => Promise<void>;
  } & StoreOverrides = {},
): Promise<AppContext> {
  const clock = overrides.clock ?? (config.env.CLOCK_FIXED_AT ? fixedClock(config.env.CLOCK_FIXED_AT) : systemClock);
  const logger = overrides.logger ?? createLogger(config);
  const baseStore = overrides.store ?? createStore(config, clock, logger, overrides);
  const situationCounts = new SituationCountRepository(baseStore);
  const countingStore = new SituationCountingStore(baseStore, situationCounts);
  const settings = new SettingsRepository(countingStore);
  const store = new RecordsStampingStore(countingStore, async () => (await settings.recordsPlan()).plan);
  const organisation = new OrganisationRepository(store);
  const cycleRepository = new CycleRepository(store);
  const departmentReports = new DepartmentReportRepository(store);
  const planActions = new PlanActionRepository(store);
  const reminderLog = new ReminderLogRepository(store);
  const conversations = new ConversationReferenceRepository(store);
  const situationEntries = new SituationEntryRepository(store);
  const plans = new ActionPlanRepository(store);
  const importRecords = new ImportRepository(store);
  const annual = new AnnualSituationRepository(store);
  const councilRepository = new CouncilRepository(store);
  const agreementRepository = new AgreementRepository(store);
  const municipalCouncilReportTexts = new MunicipalCouncilReportRepository(store);
  const bobRepository = new BobRepository(store);
  const outbox = new OutboxRepository(store);
  await Promise.all([
    ...[
      organisation,
      settings,
      cycleRepository,
      departmentReports,
      planActions,
      reminderLog,
      conversations,
      situationEntries,
      situationCounts,
      plans,
      importRecords,
      annual,
      councilRepository,
      agreementRepository,
      municipalCouncilReportTexts,
      bobRepository,
      outbox,
    ].map((repository) => repository.ensure()),
    ensureDocumentLibraries(store),
  ]);
  if (await situationCounts.missing())
    logger.info({ counts: await situationCounts.rebuild('system:counts') }, 'situation counts built from the entries');
  const cycles = new CycleService(clock, settings, cycleRepository, organisation, departmentReports);
  const actionPlans = new ActionPlanService({
    clock,
    store,
    plans,
    actions: planActions,
    departmentReports,
    organisation,
    cycles,
    settings,
  });
  const situation = new SituationService(clock, store, situationEntries, settings, organisation);
  const areaMaps = new AreaMapService({ store });
  const compilations = new CompilationService({
    clock,
    store,
    entries: situationEntries,
    counts: situationCounts,
    settings,
    cycles,
    areaMaps,
  });
  const annualSituation = new AnnualSituationService({
    clock,
    store,
    annual,
    compilations,
    departmentReports,
    organisation,
    plans: actionPlans,
    settings,
    cycles,
    councils: councilRepository,
    areaMaps,
  });
  const councils = new CouncilService(clock, store, councilRepository, organisation, cycles);
  // Demo people belong in local mode; a municipality's SharePoint gets its own organisation.
  if (config.env.DEMO_DATA && store.kind === 'embedded' && (await seedDemoData(store, organisation))) {
    logger.info('demo data for Askersund created');
  }
  return {
    config,
    version: packageVersion,
    clock,
    logger,
    store,
    organisation,
    settings,
    cycles,
    conversations,
    situationEntries,
    situationCounts,
    organisationUsage: new OrganisationUsage(store, {
      reports: departmentReports,
      actions: planActions,
      entries: situationEntries,
      agreements: agreementRepository,
      councils: councilRepository,
    }),
    situation,
    compilations,
    imports: new ImportService({
      clock,
      logger,
      store,
      entryStore: baseStore,
      entries: situationEntries,
      counts: situationCounts,
      imports: importRecords,
      settings,
      instanceId: overrides.instanceId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
      resourceUnits: {
        perMinute: config.env.SHAREPOINT_RU_PER_MINUTE,
        headroom: config.env.IMPORT_RU_HEADROOM_PER_MINUTE,
      },
      sleep: overrides.sleep,
    }),
    actionPlans,
    history: new HistoryService({ store, situation, plans, organisation }),
    records: new RecordsService({ store, settings, clock }),
    areaMaps,
    annualSituation,
    councils,
    councilAgendas: new CouncilAgendaService({
      clock,
      store,
      council: councils,
      councils: councilRepository,
      agreements: agreementRepository,
      departmentReports,
      organisation,
      plans: actionPlans,
      compilations,
      settings,
    }),
    councilOffers: new CouncilOfferService(councilRepository, actionPlans, organisation),
    commitmentResults: new CommitmentResultService(clock, councilRepository, organisation),
    outbox,
    councilMail: new CouncilMailService({
      clock,
      logger,
      councils,
      councilRecords: councilRepository,
      organisation,
      settings,
      outbox,
      messenger: createMessenger(config, overrides),
      publicUrl: config.publicUrl,
    }),
    agreements: new AgreementService(clock, store, agreementRepository, organisation),
    bob: new BobService(clock, store, bobRepository, organisation),
    municipalCouncilReports: new MunicipalCouncilReportService({
      clock,
      store,
      texts: municipalCouncilReportTexts,
      annual: annualSituation,
      plans: actionPlans,
      councils: councilRepository,
      agreements: agreementRepository,
      departmentReports,
      organisation,
      settings,
      cycles,
    }),
    reports: new ReportService({
      clock,
      cycles,
      organisation,
      departmentReports,
      planActions,
      conversations,
      store,
      situation,
    }),
    people: new PeopleService(organisation, createDirectory(config, organisation, overrides)),
    reach: new ReachService(clock, conversations, reminderLog, createInstaller(config, overrides)),
    authenticator: config.microsoft365
      ? new EntraAuthenticator(config.microsoft365, organisation, clock)
      : new LocalAuthenticator(organisation),
  };
}

/** The reminder run of one instance, sending through the given sender (the bot's, or a test's). */
export function createReminderService(ctx: AppContext, sender: ReminderSender, instanceId: string): ReminderService {
  return new ReminderService({
    clock: ctx.clock,
    settings: ctx.settings,
    cycles: ctx.cycles,
    organisation: ctx.organisation,
    departmentReports: new DepartmentReportRepository(ctx.store),
    log: new ReminderLogRepository(ctx.store),
    agreements: new AgreementRepository(ctx.store),
    sender,
    instanceId,
  });
}
