import { z } from 'zod';
import type { GraphHttp } from '../store/sharepoint/graph-http.js';
import type { MeetingInvitation, Messenger, OutgoingMail, Recipient } from './messenger.js';

// Exchange accepts Windows time zone names in dateTimeTimeZone; Sweden's is W. Europe Standard Time.
const swedishTime = 'W. Europe Standard Time';
const address = (recipient: Recipient) => ({ emailAddress: { address: recipient.address, name: recipient.name } });

/**
 * Mail and meetings from one configured mailbox, app-only, limited to that mailbox by the tenant (docs/deploy.md):
 * POST /users/{mailbox}/sendMail, Mail.Send, answers 202 with no body (https://learn.microsoft.com/graph/api/user-sendmail);
 * POST /users/{mailbox}/events, Calendars.ReadWrite, answers 201 with the event, and Exchange sends the
 * invitations (https://learn.microsoft.com/graph/api/user-post-events); PATCH …/events/{id} answers 200 and
 * sends the attendees an update (https://learn.microsoft.com/graph/api/event-update).
 */
export class GraphMessenger implements Messenger {
  readonly via = 'graph' as const;

  constructor(
    private readonly http: GraphHttp,
    private readonly mailbox: string,
  ) {}

  async sendMail(mail: OutgoingMail): Promise<void> {
    await this.http.json({
      method: 'POST',
      path: `/users/${encodeURIComponent(this.mailbox)}/sendMail`,
      json: {
        message: {
          subject: mail.subject,
          body: { contentType: 'Text', content: mail.body },
          toRecipients: mail.to.map(address),
        },
        saveToSentItems: true,
      },
    });
  }

  async saveMeeting(meeting: MeetingInvitation, eventId: string | null): Promise<string> {
    const event = {
      subject: meeting.subject,
      body: { contentType: 'Text', content: meeting.body },
      start: { dateTime: meeting.start, timeZone: swedishTime },
      end: { dateTime: meeting.end, timeZone: swedishTime },
      location: { displayName: meeting.location },
      attendees: meeting.attendees.map((attendee) => ({ ...address(attendee), type: 'required' })),
    };
    const events = `/users/${encodeURIComponent(this.mailbox)}/events`;
    const saved = eventId
      ? await this.http.json({ method: 'PATCH', path: `${events}/${encodeURIComponent(eventId)}`, json: event })
      : await this.http.json({ method: 'POST', path: events, json: event });
    return z.object({ id: z.string() }).parse(saved).id;
  }
}
