import { z } from 'zod';
import { bilingual } from '../../i18n/bilingual.js';
import { isIsoDate } from '../calendar-date.js';
import { isoDateSchema } from '../iso-date.js';
import { ksParagraphSchema } from '../ks-paragraph.js';

/** draft → ready (complete) → decided by KS (locked) → followed up. */
export const planStatusSchema = z.enum(['draft', 'ready', 'decided', 'followedUp']);
export type PlanStatus = z.infer<typeof planStatusSchema>;

export const planStatusTitles: Record<PlanStatus, { sv: string; en: string }> = {
  draft: { sv: 'Utkast', en: 'Draft' },
  ready: { sv: 'Klar för beslut', en: 'Ready for decision' },
  decided: { sv: 'Beslutad', en: 'Decided' },
  followedUp: { sv: 'Uppföljd', en: 'Followed up' },
};

export const decisionInputSchema = z.object({
  meetingDate: z
    .string()
    .refine(isIsoDate, {
      error: bilingual('ange sammanträdesdatum som ÅÅÅÅ-MM-DD', 'give the meeting date as YYYY-MM-DD'),
    })
    .pipe(isoDateSchema),
  paragraph: ksParagraphSchema,
});
export type DecisionInput = z.infer<typeof decisionInputSchema>;

export const decisionSchema = z.object({
  meetingDate: z.string(),
  paragraph: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  version: z.number().int(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** The plan of a year as stored: its state and decisions; parts and actions are items of their own. */
export const actionPlanRecordSchema = z.object({
  year: z.number().int(),
  planVersion: z.number().int().min(1).default(1),
  status: planStatusSchema.default('draft'),
  decision: decisionSchema.nullable().default(null),
  /** Earlier decided versions, newest last: a change after a decision is a new version, never a silent edit. */
  previousDecisions: z.array(decisionSchema).default([]),
  copiedFromYear: z.number().int().nullable().default(null),
});
export type ActionPlanRecord = z.infer<typeof actionPlanRecordSchema>;

export const isLocked = (status: PlanStatus): boolean => status === 'decided' || status === 'followedUp';
