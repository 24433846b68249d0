import { z } from 'zod';
import { actionProgressSchema } from '../domain/department-report.js';
import { annualSectionIdSchema } from '../domain/situation/annual-sections.js';
import { entrySourceSchema } from '../domain/situation/entry.js';
import { documentInfoSchema } from './documents.js';

/** What the lägesbild's compilation and annual routes answer: the quarter compiled, its trend, the year's material. */
const quarterSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

const changeSchema = z.object({ absolute: z.number(), percent: z.number().nullable() });
const rowSchema = z.object({
  key: z.string(),
  count: z.number(),
  preliminary: z.boolean(),
  previousQuarter: z.number(),
  sameQuarterLastYear: z.number(),
  changeFromPrevious: changeSchema,
  changeFromLastYear: changeSchema,
});
const periodSchema = z.object({ year: z.number(), quarter: quarterSchema, from: z.string(), to: z.string() });
/** The eight quarters up to the chosen one, oldest first, per category: the line chart's figures. */
export const trendSchema = z
  .object({
    quarters: z.array(z.object({ year: z.number(), quarter: quarterSchema })),
    byCategory: z.array(z.object({ key: z.string(), counts: z.array(z.number()), preliminary: z.array(z.boolean()) })),
    total: z.array(z.number()),
  })
  .meta({ id: 'SituationTrend' });
const areaCategorySchema = z.object({ area: z.string(), category: z.string(), count: z.number() });

export const compilationSchema = z
  .object({
    period: periodSchema,
    previous: periodSchema,
    yearEarlier: periodSchema,
    total: rowSchema,
    byCategory: z.array(rowSchema),
    byArea: z.array(rowSchema),
    byAreaAndCategory: z.array(areaCategorySchema),
    mostAffected: z.array(z.object({ area: z.string(), count: z.number() })),
    newPhenomena: z.array(
      z.object({
        date: z.string(),
        area: z.string(),
        category: z.string(),
        description: z.string(),
        source: entrySourceSchema,
        sourceName: z.string(),
      }),
    ),
    trend: trendSchema,
    document: documentInfoSchema.nullable(),
  })
  .meta({ id: 'QuarterlyCompilation' });

const phenomenonSchema = z.object({
  date: z.string(),
  area: z.string(),
  category: z.string(),
  description: z.string(),
  source: entrySourceSchema,
  sourceName: z.string(),
});
const annualMaterialSchema = z.object({
  byCategory: z.array(z.object({ category: z.string(), count: z.number(), preliminary: z.boolean() })),
  byArea: z.array(z.object({ area: z.string(), count: z.number(), preliminary: z.boolean() })),
  byAreaAndCategory: z.array(areaCategorySchema),
  newPhenomena: z.array(phenomenonSchema),
  actionsTaken: z.array(
    z.object({ title: z.string(), responsible: z.string(), status: actionProgressSchema, comment: z.string() }),
  ),
  proposals: z.array(z.object({ department: z.string(), text: z.string() })),
  council: z
    .object({
      date: z.string().nullable(),
      preparationNotes: z.string(),
      actors: z.array(
        z.object({
          actor: z.string(),
          receivedOn: z.string().nullable(),
          document: z.object({ title: z.string(), href: z.string(), fileName: z.string() }).nullable(),
          written: z.partialRecord(annualSectionIdSchema, z.string()),
        }),
      ),
    })
    .nullable(),
  trend: trendSchema,
});

export const sectionSchema = z
  .object({
    id: annualSectionIdSchema,
    title: z.object({ sv: z.string(), en: z.string() }),
    text: z.string(),
    etag: z.string(),
  })
  .meta({ id: 'AnnualSection' });
export const annualSchema = z
  .object({
    year: z.number(),
    sections: z.array(sectionSchema),
    material: annualMaterialSchema,
    document: documentInfoSchema.nullable(),
  })
  .meta({ id: 'AnnualSituationPicture' });

export type CompilationJson = z.infer<typeof compilationSchema>;
export type AnnualJson = z.infer<typeof annualSchema>;
export type AnnualSectionJson = z.infer<typeof sectionSchema>;
