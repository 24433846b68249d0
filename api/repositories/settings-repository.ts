import { z } from 'zod';
import { askersundTemplate, cycleTemplateSchema, type CycleTemplate } from '../domain/cycle/index.js';
import { defaultRecordsPlan, type RecordsPlan, recordsPlanSchema } from '../domain/records/records.js';
import { defaultEntryCategories, entryCategoriesSchema, type EntryCategory } from '../domain/situation/entry.js';
import type { StoragePort } from '../store/port.js';
import { Collection, type Stored } from './collection.js';

const settingRecordSchema = z.object({ key: z.string(), value: z.unknown() });
type SettingRecord = z.infer<typeof settingRecordSchema>;

const cycleTemplateKey = 'cycleTemplate';
const templateRevisionKey = 'cycleTemplateRevision';
const entryCategoriesKey = 'entryCategories';
const recordsPlanKey = 'recordsPlan';

/** The municipality's own settings, one item per key; the year's template is the first of them. */
export class SettingsRepository {
  private readonly settings: Collection<SettingRecord>;

  constructor(store: StoragePort) {
    this.settings = new Collection(
      store,
      {
        name: 'settings',
        title: 'Inställningar',
        columns: [
          { name: 'key', type: 'text', indexed: true },
          { name: 'value', type: 'json' },
        ],
      },
      settingRecordSchema,
    );
  }

  async ensure(): Promise<void> {
    await this.settings.ensure();
    if (!(await this.find(cycleTemplateKey)))
      await this.settings.create({ key: cycleTemplateKey, value: askersundTemplate }, 'system:defaults');
    if (!(await this.find(entryCategoriesKey)))
      await this.settings.create({ key: entryCategoriesKey, value: defaultEntryCategories }, 'system:defaults');
    if (!(await this.find(recordsPlanKey)))
      await this.settings.create({ key: recordsPlanKey, value: defaultRecordsPlan }, 'system:defaults');
  }

  /** The dokumenthanteringsplan: each document kind's type, secrecy and retention, stamped on what is saved. */
  async recordsPlan(): Promise<{ plan: RecordsPlan; etag: string }> {
    const item = await this.find(recordsPlanKey);
    if (!item) throw new Error('The records plan is missing; ensure() creates it at start');
    // A kind of document added since the plan was saved gets its default line.
    return { plan: recordsPlanSchema.parse({ ...defaultRecordsPlan, ...(item.value as object) }), etag: item.etag };
  }

  async saveRecordsPlan(plan: RecordsPlan, etag: string, actor: string): Promise<{ plan: RecordsPlan; etag: string }> {
    const item = await this.find(recordsPlanKey);
    if (!item) throw new Error('The records plan is missing; ensure() creates it at start');
    const saved = await this.settings.update(item.id, etag, { value: plan }, actor);
    return { plan: recordsPlanSchema.parse(saved.value), etag: saved.etag };
  }

  /** The categories of the lägesbild's entries, in the order people choose from. */
  async entryCategories(): Promise<{ categories: EntryCategory[]; etag: string }> {
    const item = await this.find(entryCategoriesKey);
    if (!item) throw new Error('The entry categories are missing; ensure() creates them at start');
    return { categories: entryCategoriesSchema.parse(item.value), etag: item.etag };
  }

  async saveEntryCategories(
    categories: EntryCategory[],
    etag: string,
    actor: string,
  ): Promise<{ categories: EntryCategory[]; etag: string }> {
    const item = await this.find(entryCategoriesKey);
    if (!item) throw new Error('The entry categories are missing; ensure() creates them at start');
    const saved = await this.settings.update(item.id, etag, { value: categories }, actor);
    return { categories: entryCategoriesSchema.parse(saved.value), etag: saved.etag };
  }

  async cycleTemplate(): Promise<{ template: CycleTemplate; id: string; etag: string }> {
    const item = await this.find(cycleTemplateKey);
    if (!item) throw new Error('The cycle template is missing; ensure() creates it at start');
    return { template: cycleTemplateSchema.parse(item.value), id: item.id, etag: item.etag };
  }

  async saveCycleTemplate(
    template: CycleTemplate,
    etag: string,
    actor: string,
  ): Promise<{ template: CycleTemplate; id: string; etag: string }> {
    const item = await this.find(cycleTemplateKey);
    if (!item) throw new Error('The cycle template is missing; ensure() creates it at start');
    const saved = await this.settings.update(item.id, etag, { value: template }, actor);
    // Each save can change every milestone's text: calendars take that only with a higher SEQUENCE.
    const revision = await this.find(templateRevisionKey);
    if (revision)
      await this.settings.update(revision.id, revision.etag, { value: Number(revision.value ?? 0) + 1 }, actor);
    else await this.settings.create({ key: templateRevisionKey, value: 1 }, actor);
    return { template: cycleTemplateSchema.parse(saved.value), id: saved.id, etag: saved.etag };
  }

  /** How many times the template was saved (0 before the first): a part of each calendar event's SEQUENCE. */
  async cycleTemplateRevision(): Promise<number> {
    const revision = await this.find(templateRevisionKey);
    return typeof revision?.value === 'number' ? revision.value : 0;
  }

  private async find(key: string): Promise<Stored<SettingRecord> | undefined> {
    const [item] = await this.settings.all({ filters: [{ field: 'key', op: 'eq', value: key }], top: 1 });
    return item;
  }
}
