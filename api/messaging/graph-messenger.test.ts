import { describe, expect, it } from 'vitest';
import type { GraphHttp, GraphRequest } from '../store/sharepoint/graph-http.js';
import { GraphMessenger } from './graph-messenger.js';

/** A GraphHttp that records each request and answers as Graph does for mail (no body) and events (the event). */
function recording(): { http: GraphHttp; requests: GraphRequest[] } {
  const requests: GraphRequest[] = [];
  const http = {
    json: async (request: GraphRequest) => {
      requests.push(request);
      return request.path.endsWith('/sendMail')
        ? undefined
        : { id: request.method === 'PATCH' ? request.path.split('/').pop() : 'AAMkNEW' };
    },
  } as unknown as GraphHttp;
  return { http, requests };
}

const meeting = {
  attendees: [{ name: 'Jonas Wik', address: 'jonas.wik@polisen.example' }],
  subject: 'Strategiskt råd 2026',
  body: 'Välkommen',
  start: '2026-12-10T09:00:00',
  end: '2026-12-10T12:00:00',
  location: 'Kommunhuset',
};

describe('GraphMessenger', () => {
  it('sends mail from the configured mailbox as plain text, kept in Sent Items', async () => {
    const { http, requests } = recording();
    await new GraphMessenger(http, 'trygghet@askersund.se').sendMail({
      to: [{ name: 'Jonas Wik', address: 'jonas.wik@polisen.example' }],
      subject: 'Ämne',
      body: 'Text',
    });
    expect(requests).toEqual([
      {
        method: 'POST',
        path: '/users/trygghet%40askersund.se/sendMail',
        json: {
          message: {
            subject: 'Ämne',
            body: { contentType: 'Text', content: 'Text' },
            toRecipients: [{ emailAddress: { address: 'jonas.wik@polisen.example', name: 'Jonas Wik' } }],
          },
          saveToSentItems: true,
        },
      },
    ]);
  });

  it('creates the meeting once in Swedish time and then updates that same event', async () => {
    const { http, requests } = recording();
    const messenger = new GraphMessenger(http, 'trygghet@askersund.se');
    const id = await messenger.saveMeeting(meeting, null);
    expect(id).toBe('AAMkNEW');
    expect(requests[0]).toMatchObject({
      method: 'POST',
      path: '/users/trygghet%40askersund.se/events',
      json: {
        start: { dateTime: '2026-12-10T09:00:00', timeZone: 'W. Europe Standard Time' },
        attendees: [{ type: 'required', emailAddress: { address: 'jonas.wik@polisen.example' } }],
      },
    });
    expect(await messenger.saveMeeting({ ...meeting, start: '2026-12-11T09:00:00' }, id)).toBe(id);
    expect(requests[1]).toMatchObject({
      method: 'PATCH',
      path: `/users/trygghet%40askersund.se/events/${id}`,
      json: { start: { dateTime: '2026-12-11T09:00:00' } },
    });
  });
});
