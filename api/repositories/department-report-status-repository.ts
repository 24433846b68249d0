import { z } from 'zod';
import type { StoragePort } from '../store/port.js';
import { Collection } from './collection.js';

export const reportStatusSchema = z.enum(['draft', 'submitted']);

const departmentReportRecordSchema = z.object({
  year: z.number().int(),
  departmentId: z.string(),
  status: reportStatusSchema,
  submittedAt: z.string().nullable().default(null),
  submittedBy: z.string().nullable().default(null),
});
export type DepartmentReportRecord = z.infer<typeof departmentReportRecordSchema>;

/**
 * The November reports' status per department and year. The årshjul reads it to know whether the
 * department-report milestone is done; the report feature writes it (with the report's content).
 */
export class DepartmentReportStatusRepository {
  readonly reports: Collection<DepartmentReportRecord>;

  constructor(store: StoragePort) {
    this.reports = new Collection(
      store,
      {
        name: 'departmentReports',
        title: 'Förvaltningsrapporter',
        columns: [
          { name: 'year', type: 'number', indexed: true },
          { name: 'departmentId', type: 'text', indexed: true },
          { name: 'status', type: 'text', indexed: true },
          { name: 'submittedAt', type: 'dateTime' },
          { name: 'submittedBy', type: 'text' },
        ],
      },
      departmentReportRecordSchema,
    );
  }

  async ensure(): Promise<void> {
    await this.reports.ensure();
  }

  async forYear(year: number): Promise<DepartmentReportRecord[]> {
    return this.reports.all({ filters: [{ field: 'year', op: 'eq', value: year }] });
  }
}
