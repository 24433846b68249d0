import { z } from 'zod';
import type { StoragePort } from '../store/port.js';
import { Collection, type Stored } from './collection.js';

const reportTextSchema = z.object({ year: z.number().int(), coordination: z.string().default('') });
export type CouncilReportText = z.infer<typeof reportTextSchema>;

/** What the säkerhetschef writes for the report to kommunfullmäktige; everything else in it is gathered. */
export class MunicipalCouncilReportRepository {
  readonly texts: Collection<CouncilReportText>;

  constructor(store: StoragePort) {
    this.texts = new Collection(
      store,
      {
        name: 'municipalCouncilReports',
        title: 'Rapporter till kommunfullmäktige',
        columns: [
          { name: 'year', type: 'number', indexed: true },
          { name: 'coordination', type: 'note' },
        ],
      },
      reportTextSchema,
    );
  }

  async ensure(): Promise<void> {
    await this.texts.ensure();
  }

  async ofYear(year: number): Promise<Stored<CouncilReportText> | undefined> {
    return (await this.texts.all({ filters: [{ field: 'year', op: 'eq', value: year }] }))[0];
  }
}
