import { z } from 'zod';
import { annualSectionIdSchema } from '../domain/situation/annual-sections.js';
import type { StoragePort } from '../store/port.js';
import { Collection, type Stored } from './collection.js';

const sectionRecordSchema = z.object({
  year: z.number().int(),
  section: annualSectionIdSchema,
  text: z.string().default(''),
});
export type AnnualSectionRecord = z.infer<typeof sectionRecordSchema>;

/** The annual lägesbild, one item per section, so that two people writing different sections never collide. */
export class AnnualSituationRepository {
  readonly sections: Collection<AnnualSectionRecord>;

  constructor(store: StoragePort) {
    this.sections = new Collection(
      store,
      {
        name: 'annualSituationSections',
        title: 'Årliga lägesbilder',
        columns: [
          { name: 'year', type: 'number', indexed: true },
          { name: 'section', type: 'text', indexed: true },
          { name: 'text', type: 'note' },
        ],
      },
      sectionRecordSchema,
    );
  }

  async ensure(): Promise<void> {
    await this.sections.ensure();
  }

  async ofYear(year: number): Promise<Stored<AnnualSectionRecord>[]> {
    return this.sections.all({ filters: [{ field: 'year', op: 'eq', value: year }], orderBy: [{ field: 'section' }] });
  }
}
