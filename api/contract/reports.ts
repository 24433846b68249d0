import { z } from 'zod';
import { departmentReportStateSchema } from '../domain/cycle/index.js';
import { departmentReportContentSchema } from '../domain/department-report.js';
import { documentInfoSchema } from './documents.js';

/** What the report routes answer: the year's overview of departments, and one department's report. */
export const overviewSchema = z
  .object({
    year: z.number(),
    due: z.string(),
    departments: z.array(
      z.object({
        departmentId: z.string(),
        name: z.string(),
        headId: z.string().nullable(),
        state: departmentReportStateSchema,
        submittedAt: z.string().nullable(),
        reachable: z.boolean(),
        /** For the säkerhetschef: since when a reminder has waited for the head, and why. */
        waitingSince: z.string().nullable().optional(),
        unreachableReason: z.string().nullable().optional(),
      }),
    ),
    /** Whether the app can install itself for a head (Graph in a tenant with TEAMS_APP_CATALOG_ID). */
    canInstall: z.boolean().optional(),
    /** For the säkerhetschef: the compiled document kept in the library, with its registration. */
    document: documentInfoSchema.nullable().optional(),
  })
  .meta({ id: 'ReportOverview' });

export const formSchema = z
  .object({
    year: z.number(),
    due: z.string(),
    department: z.object({ id: z.string(), name: z.string() }),
    actions: z.array(z.object({ id: z.string(), title: z.string(), part: z.number() })),
    status: z.enum(['notStarted', 'draft', 'submitted']),
    content: departmentReportContentSchema.nullable(),
    /** The report's own id once saved, for its history. */
    id: z.string().nullable(),
    etag: z.string().nullable(),
    submittedAt: z.string().nullable(),
    submittedBy: z.string().nullable(),
    /** The first day the report may be written (the year it is on has begun). */
    opensOn: z.string(),
    canChange: z.boolean(),
    /** The lägesbild's categories an observation chooses from, besides "Annat – beskriv". */
    categories: z.array(z.object({ id: z.string(), sv: z.string(), en: z.string() })),
  })
  .meta({ id: 'DepartmentReport' });

export type ReportOverviewJson = z.infer<typeof overviewSchema>;
export type ReportJson = z.infer<typeof formSchema>;
