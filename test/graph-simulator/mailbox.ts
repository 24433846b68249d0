import { randomUUID } from 'node:crypto';
import { json, jsonBody, SimError, type SimRequest, type SimResponse } from './sim-http.js';
import type { SimUser } from './users.js';

export interface SimSentMail {
  from: string;
  subject: string;
  body: string;
  to: string[];
}

export interface SimEvent {
  id: string;
  organizer: string;
  subject: string;
  body: string;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  location: string;
  attendees: string[];
  /** How many times the event was changed after it was created (each sends the attendees an update). */
  updates: number;
}

const emailAddresses = (value: unknown): string[] =>
  (Array.isArray(value) ? value : []).map((entry) =>
    String((entry as { emailAddress?: { address?: unknown } }).emailAddress?.address ?? ''),
  );

/**
 * A mailbox's sendMail and events as https://learn.microsoft.com/graph/api/user-sendmail, user-post-events and
 * event-update describe them: sendMail answers 202 Accepted with no body; creating an event answers 201 with
 * the event; PATCH answers 200 with the changed event. Only mailboxes the app was granted answer (an
 * application access policy refuses the others with 403 ErrorAccessDenied).
 */
export class MailboxEndpoints {
  readonly sent: SimSentMail[] = [];
  readonly events: SimEvent[] = [];

  constructor(
    private readonly users: SimUser[],
    /** Mailboxes the app may use; by default none, as a tenant grants Mail.Send and Calendars.ReadWrite to chosen mailboxes only. */
    private readonly granted: Set<string>,
  ) {}

  route(request: SimRequest, userId: string, rest: string[]): SimResponse {
    const id = decodeURIComponent(userId);
    const user = this.users.find((u) => u.id === id || u.userPrincipalName === id || u.mail === id);
    if (!user) throw new SimError(404, 'ErrorInvalidUser', `The requested user '${id}' is invalid.`);
    if (!this.granted.has(user.userPrincipalName) && !(user.mail !== null && this.granted.has(user.mail))) {
      throw new SimError(
        403,
        'ErrorAccessDenied',
        'Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings.',
      );
    }
    const [leaf, eventId] = rest;
    if (leaf === 'sendMail' && request.method === 'POST') return this.sendMail(request, user);
    if (leaf === 'events' && eventId === undefined && request.method === 'POST') return this.create(request, user);
    if (leaf === 'events' && eventId !== undefined && request.method === 'PATCH')
      return this.update(request, user, decodeURIComponent(eventId));
    throw new SimError(405, 'ErrorInvalidRequest', 'The OData request is not supported.');
  }

  private sendMail(request: SimRequest, user: SimUser): SimResponse {
    const message = (jsonBody(request).message ?? {}) as {
      subject?: unknown;
      body?: { content?: unknown };
      toRecipients?: unknown;
    };
    const to = emailAddresses(message.toRecipients);
    if (to.length === 0) throw new SimError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
    this.sent.push({
      from: user.userPrincipalName,
      subject: String(message.subject ?? ''),
      body: String(message.body?.content ?? ''),
      to,
    });
    return { status: 202, headers: {} };
  }

  private create(request: SimRequest, user: SimUser): SimResponse {
    const body = jsonBody(request);
    const event: SimEvent = {
      id: `AAMk${randomUUID().replaceAll('-', '')}`,
      organizer: user.userPrincipalName,
      updates: 0,
      ...this.fields(body),
    };
    this.events.push(event);
    return json(201, this.present(event));
  }

  private update(request: SimRequest, user: SimUser, id: string): SimResponse {
    const event = this.events.find((e) => e.id === id && e.organizer === user.userPrincipalName);
    if (!event) throw new SimError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    Object.assign(event, this.fields(jsonBody(request), event), { updates: event.updates + 1 });
    return json(200, this.present(event));
  }

  private fields(body: Record<string, unknown>, current?: SimEvent): Omit<SimEvent, 'id' | 'organizer' | 'updates'> {
    const time = (value: unknown, fallback: SimEvent['start'] | undefined) => {
      const v = value as { dateTime?: unknown; timeZone?: unknown } | undefined;
      if (v?.dateTime === undefined) {
        if (fallback) return fallback;
        throw new SimError(400, 'ErrorInvalidRequest', 'start and end are required.');
      }
      return { dateTime: String(v.dateTime), timeZone: String(v.timeZone ?? 'UTC') };
    };
    return {
      subject: body.subject === undefined ? (current?.subject ?? '') : String(body.subject),
      body:
        body.body === undefined ? (current?.body ?? '') : String((body.body as { content?: unknown }).content ?? ''),
      start: time(body.start, current?.start),
      end: time(body.end, current?.end),
      location:
        body.location === undefined
          ? (current?.location ?? '')
          : String((body.location as { displayName?: unknown }).displayName ?? ''),
      attendees: body.attendees === undefined ? (current?.attendees ?? []) : emailAddresses(body.attendees),
    };
  }

  private present(event: SimEvent): Record<string, unknown> {
    return {
      id: event.id,
      subject: event.subject,
      body: { contentType: 'text', content: event.body },
      start: event.start,
      end: event.end,
      location: { displayName: event.location },
      attendees: event.attendees.map((address) => ({
        type: 'required',
        status: { response: 'none', time: '0001-01-01T00:00:00Z' },
        emailAddress: { address, name: address },
      })),
      organizer: { emailAddress: { address: event.organizer, name: event.organizer } },
    };
  }
}
