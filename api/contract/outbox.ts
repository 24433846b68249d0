import { z } from 'zod';

/** What GET /api/outbox answers: the mail and meeting invitations sent (or only kept, locally), newest first. */
const outboxItemSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['mail', 'meeting']),
    recipients: z.array(z.object({ name: z.string(), address: z.string() })),
    subject: z.string(),
    body: z.string(),
    sentAt: z.string(),
    via: z.enum(['graph', 'outbox']),
    meetingId: z.string().nullable(),
  })
  .meta({ id: 'OutboxItem' });
export const outboxSchema = z
  .object({ items: z.array(outboxItemSchema), sending: z.enum(['graph', 'outbox']) })
  .meta({ id: 'Outbox' });

export type OutboxJson = z.infer<typeof outboxSchema>;
