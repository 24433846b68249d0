import { z } from 'zod';
import { textLimits } from '../text-limits.js';
import { bilingual } from '../../i18n/bilingual.js';
import { atMostRows } from '../../i18n/limits.js';
import { freeText } from '../personal-data.js';
import { actorIdList } from '../organisation.js';
import { annualSectionIdSchema } from '../situation/annual-sections.js';
import { distinctList } from '../distinct-list.js';

const text = freeText;
const required = (max: number, what: { sv: string; en: string }) =>
  text(max).pipe(z.string().min(1, { error: bilingual(`ange ${what.sv}`, `give ${what.en}`) }));
/** Made by the tab when a row is added, so actions can link to a problem or factor that is renamed later. */
const rowId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { error: bilingual('ogiltigt rad-id', 'invalid row id') });

/** How many rows each of the parts' lists holds: the tab's add buttons stop there. */
export const partRowLimits = { problems: 50, factors: 50, signs: 100, coordinations: 50 } as const;
const atMost = (list: keyof typeof partRowLimits, what: { sv: string; en: string }) =>
  ({ error: atMostRows(partRowLimits[list], what) }) as const;

/** Part 1: the problem picture (linked to the annual lägesbild), protective factors, and the continuous work with each. */
export const part1Schema = z.object({
  problems: z
    .array(
      z.object({
        id: rowId,
        title: required(200, { sv: 'problemets rubrik', en: 'the problem’s title' }),
        description: text(textLimits.description).default(''),
        /** Sections of the year's annual lägesbild the problem rests on. */
        sections: distinctList(annualSectionIdSchema, 6, { sv: 'avsnitt', en: 'sections' }).default([]),
      }),
    )
    .max(partRowLimits.problems, atMost('problems', { sv: 'problem', en: 'problems' }))
    .default([]),
  factors: z
    .array(
      z.object({
        id: rowId,
        title: required(200, { sv: 'skyddsfaktorns rubrik', en: 'the protective factor’s title' }),
        continuousWork: text(textLimits.description).default(''),
      }),
    )
    .max(partRowLimits.factors, atMost('factors', { sv: 'skyddsfaktorer', en: 'protective factors' }))
    .default([]),
});

/** Part 2: early warning signs in each department, what is done at each, and cooperation with other actors. */
export const part2Schema = z.object({
  signs: z
    .array(
      z.object({
        id: rowId,
        departmentId: z.string().min(1).nullable().default(null),
        sign: required(1000, { sv: 'varningstecknet', en: 'the warning sign' }),
        response: text(textLimits.comment).default(''),
        actorIds: actorIdList().default([]),
        /** What the cooperating actors do. */
        actorActions: text(textLimits.comment).default(''),
      }),
    )
    .max(partRowLimits.signs, atMost('signs', { sv: 'varningstecken', en: 'warning signs' }))
    .default([]),
});

/** Part 3: coordination after a crime has occurred, kept apart from the early signs of part 2. */
export const part3Schema = z.object({
  coordinations: z
    .array(
      z.object({
        id: rowId,
        parties: required(300, { sv: 'vilka som samordnar', en: 'who coordinates' }),
        description: text(textLimits.description).default(''),
      }),
    )
    .max(partRowLimits.coordinations, atMost('coordinations', { sv: 'samordningar', en: 'coordinations' }))
    .default([]),
});

/** Part 4 holds the actions agreed in the strategic council; its text introduces them. */
export const part4Schema = z.object({ introduction: text(textLimits.description).default('') });

export const partSchemas = { 1: part1Schema, 2: part2Schema, 3: part3Schema, 4: part4Schema } as const;
export type PartNumber = keyof typeof partSchemas;
export const partNumbers: PartNumber[] = [1, 2, 3, 4];
export type Part1 = z.infer<typeof part1Schema>;
export type Part2 = z.infer<typeof part2Schema>;
export type Part3 = z.infer<typeof part3Schema>;
export type Part4 = z.infer<typeof part4Schema>;
export interface PlanParts {
  1: Part1;
  2: Part2;
  3: Part3;
  4: Part4;
}

export const emptyParts: PlanParts = {
  1: { problems: [], factors: [] },
  2: { signs: [] },
  3: { coordinations: [] },
  4: { introduction: '' },
};

export const partTitles: Record<PartNumber, { sv: string; en: string }> = {
  1: { sv: 'Del 1. Problembild och skyddsfaktorer', en: 'Part 1. Problem picture and protective factors' },
  2: { sv: 'Del 2. Tidiga varningstecken och samverkan', en: 'Part 2. Early warning signs and cooperation' },
  3: { sv: 'Del 3. Samordning när brott har begåtts', en: 'Part 3. Coordination when a crime has occurred' },
  4: { sv: 'Del 4. Åtgärder från strategiska rådet', en: 'Part 4. Actions from the strategic council' },
};
