/** One person a message goes to. */
export interface Recipient {
  name: string;
  address: string;
}

export interface OutgoingMail {
  to: Recipient[];
  subject: string;
  /** Plain text. */
  body: string;
}

export interface MeetingInvitation {
  attendees: Recipient[];
  subject: string;
  body: string;
  /** Local Swedish time, "2026-12-10T09:00:00". */
  start: string;
  end: string;
  location: string;
}

/**
 * Sends what the municipality's people expect by mail and Outlook: mail, and a meeting that is created once
 * and then updated (never a second one). Locally nothing leaves the machine.
 */
export interface Messenger {
  readonly via: 'graph' | 'outbox';
  sendMail(mail: OutgoingMail): Promise<void>;
  /** Creates the meeting, or updates the one with `eventId`; answers the event's id. */
  saveMeeting(meeting: MeetingInvitation, eventId: string | null): Promise<string>;
}

/** Local mode: the outbox (kept by the caller) is the only record; a meeting gets a local id. */
export const outboxOnly: Messenger = {
  via: 'outbox',
  sendMail: async () => undefined,
  saveMeeting: async (_meeting, eventId) => eventId ?? `local-${crypto.randomUUID()}`,
};
