import { z } from 'zod';
import { agendaItemSchema } from '../domain/council/agenda.js';
import { commitmentOutcomeSchema } from '../domain/council/commitment-result.js';
import { writtenMaterialSchema } from '../domain/council/council.js';
import { minutesSchema } from '../domain/council/minutes.js';
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
    minutes: minutesSchema.nullable(),
    documents: z.object({ agenda: documentInfoSchema.nullable(), minutes: documentInfoSchema.nullable() }),
  })
  .meta({ id: 'StrategicCouncil' });

export const agendaViewSchema = z.object({ year: z.number(), items: z.array(agendaItemSchema), saved: z.boolean(), etag: z.string().nullable() }).meta({ id: 'CouncilAgenda' });

export const commitmentSchema = z
  .object({
    id: z.string(),
    who: z.string(),
    actorId: z.string().nullable(),
    departmentId: z.string().nullable(),
    what: z.string(),
    byWhen: z.string().nullable(),
    result: z.object({ outcome: commitmentOutcomeSchema, text: z.string(), reportedBy: z.string(), reportedOn: z.string() }).nullable(),
    mayReport: z.boolean(),
  })
  .meta({ id: 'CommitmentWithResult' });
export const commitmentsSchema = z.object({ year: z.number(), commitments: z.array(commitmentSchema) }).meta({ id: 'CommitmentResults' });

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

export type CouncilJson = z.infer<typeof councilSchema>;
export type MaterialJson = z.infer<typeof materialSchema>;
export type AgendaJson = z.infer<typeof agendaViewSchema>;
export type CommitmentWithResultJson = z.infer<typeof commitmentSchema>;
export type AgreementJson = z.infer<typeof agreementSchema>;
