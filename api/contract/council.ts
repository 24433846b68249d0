import { z } from 'zod';
import { agendaItemSchema } from '../domain/council/agenda.js';
import { commitmentOutcomeSchema } from '../domain/council/commitment-result.js';
import { writtenMaterialSchema } from '../domain/council/council.js';
import { storedMinutesSchema } from '../domain/council/minutes.js';
import { planStatusSchema } from '../domain/action-plan/plan.js';
import { actionProgressSchema } from '../domain/department-report.js';
import { documentInfoSchema } from './documents.js';

/** What the strategic council's routes answer: the council, its agenda, the commitments' results, the agreements. */
export const materialSchema = z.object({
  id: z.string(),
  etag: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  receivedOn: z.string().nullable(),
  note: z.string(),
  documentPath: z.string().nullable(),
  written: writtenMaterialSchema.nullable(),
});
export const councilSchema = z
  .object({
    year: z.number(),
    planned: z.boolean(),
    id: z.string().nullable(),
    etag: z.string().nullable(),
    date: z.string().nullable(),
    requestDue: z.string().nullable(),
    preparationDue: z.string().nullable(),
    place: z.string(),
    invitedActorIds: z.array(z.string()),
    materials: z.array(materialSchema),
    preparation: z.object({ notes: z.string(), done: z.boolean() }),
    minutes: storedMinutesSchema.nullable(),
    documents: z.object({ agenda: documentInfoSchema.nullable(), minutes: documentInfoSchema.nullable() }),
  })
  .meta({ id: 'StrategicCouncil' });

export const agendaViewSchema = z
  .object({ year: z.number(), items: z.array(agendaItemSchema), saved: z.boolean(), etag: z.string().nullable() })
  .meta({ id: 'CouncilAgenda' });

export const commitmentSchema = z
  .object({
    id: z.string(),
    who: z.string(),
    actorId: z.string().nullable(),
    departmentId: z.string().nullable(),
    what: z.string(),
    byWhen: z.string().nullable(),
    result: z
      .object({ outcome: commitmentOutcomeSchema, text: z.string(), reportedBy: z.string(), reportedOn: z.string() })
      .nullable(),
    mayReport: z.boolean(),
  })
  .meta({ id: 'CommitmentWithResult' });
export const commitmentsSchema = z
  .object({ year: z.number(), commitments: z.array(commitmentSchema) })
  .meta({ id: 'CommitmentResults' });

export const agreementSchema = z
  .object({
    id: z.string(),
    etag: z.string(),
    actorId: z.string(),
    actorName: z.string(),
    title: z.string(),
    signedOn: z.string(),
    validUntil: z.string().nullable(),
    note: z.string(),
    documentPath: z.string().nullable(),
    state: z.enum(['valid', 'expiringSoon', 'expired', 'untilFurtherNotice']),
  })
  .meta({ id: 'CooperationAgreement' });

/** A commitment of the council the municipality made, offered as a part-4 action of next year's plan. */
export const offerSchema = z
  .object({
    councilYear: z.number(),
    commitmentId: z.string(),
    who: z.string(),
    what: z.string(),
    byWhen: z.string().nullable(),
    departmentId: z.string().nullable(),
    actionId: z.string().nullable(),
  })
  .meta({ id: 'CouncilOffer' });

const decisionSchema = z.object({ meetingDate: z.string(), paragraph: z.string() }).nullable();
const municipalCouncilReportMaterialSchema = z.object({
  year: z.number(),
  municipality: z.string(),
  annual: z
    .object({
      sections: z.array(z.object({ title: z.string(), text: z.string() })),
      total: z.number(),
      newPhenomena: z.number(),
    })
    .nullable(),
  plan: z
    .object({
      status: planStatusSchema,
      decision: decisionSchema,
      counts: z.record(actionProgressSchema, z.number()),
      actions: z.array(
        z.object({
          part: z.number(),
          title: z.string(),
          responsible: z.string(),
          status: actionProgressSchema,
          light: z.enum(['green', 'yellow', 'red']),
          comment: z.string(),
        }),
      ),
    })
    .nullable(),
  nextPlan: z.object({ status: planStatusSchema, decision: decisionSchema }).nullable(),
  departmentReports: z.object({ submitted: z.number(), departments: z.number() }),
  council: z
    .object({
      date: z.string().nullable(),
      invited: z.number(),
      materialReceived: z.number(),
      decisions: z.array(z.string()),
      commitments: z.array(z.object({ who: z.string(), what: z.string(), byWhen: z.string().nullable() })),
    })
    .nullable(),
  agreements: z.array(z.object({ actor: z.string(), title: z.string(), validUntil: z.string().nullable() })),
  coordination: z.string(),
});

export const municipalCouncilReportSchema = z
  .object({
    year: z.number(),
    material: municipalCouncilReportMaterialSchema,
    missing: z.array(z.enum(['annual', 'plan', 'council', 'coordination'])),
    etag: z.string(),
    document: documentInfoSchema.nullable(),
  })
  .meta({ id: 'MunicipalCouncilReport' });

export type OfferJson = z.infer<typeof offerSchema>;
export type MunicipalCouncilReportJson = z.infer<typeof municipalCouncilReportSchema>;
export type CouncilJson = z.infer<typeof councilSchema>;
export type MaterialJson = z.infer<typeof materialSchema>;
export type AgendaJson = z.infer<typeof agendaViewSchema>;
export type CommitmentWithResultJson = z.infer<typeof commitmentSchema>;
export type AgreementJson = z.infer<typeof agreementSchema>;
export type CommitmentResultsJson = z.infer<typeof commitmentsSchema>;
