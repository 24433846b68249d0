import { z } from 'zod';
import { departmentReportContentSchema } from '../domain/department-report.js';
import type { StoragePort } from '../store/port.js';
import { Collection, type Stored } from './collection.js';

export const reportStatusSchema = z.enum(['draft', 'submitted']);

const departmentReportRecordSchema = z.object({
  year: z.number().int(),
  departmentId: z.string(),
  status: reportStatusSchema,
  content: departmentReportContentSchema.nullable().default(null),
  submittedAt: z.string().nullable().default(null),
  submittedBy: z.string().nullable().default(null),
  /** The id the sender gave its submission (the card's), so a double click or a retry stores one report. */
  submissionId: z.string().nullable().default(null),
  updatedAt: z.string().nullable().default(null),
  updatedBy: z.string().nullable().default(null),
});
export type DepartmentReportRecord = z.infer<typeof departmentReportRecordSchema>;

/** Each department's November report of a year: one item per department and year, drafts and submissions alike. */
export class DepartmentReportRepository {
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
          { name: 'content', type: 'json' },
          { name: 'submittedAt', type: 'dateTime' },
          { name: 'submittedBy', type: 'text' },
          { name: 'submissionId', type: 'text', indexed: true },
          { name: 'updatedAt', type: 'dateTime' },
          { name: 'updatedBy', type: 'text' },
        ],
      },
      departmentReportRecordSchema,
    );
  }

  async ensure(): Promise<void> {
    await this.reports.ensure();
  }

  async forYear(year: number): Promise<Stored<DepartmentReportRecord>[]> {
    return this.reports.all({ filters: [{ field: 'year', op: 'eq', value: year }] });
  }

  async find(year: number, departmentId: string): Promise<Stored<DepartmentReportRecord> | undefined> {
    const [report] = await this.reports.all({
      filters: [
        { field: 'year', op: 'eq', value: year },
        { field: 'departmentId', op: 'eq', value: departmentId },
      ],
      top: 1,
    });
    return report;
  }
}
