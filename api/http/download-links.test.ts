import { describe, expect, it } from 'vitest';
import type { Caller } from '../auth/caller.js';
import { addressWithoutTicket, DownloadLinks, downloadLinkLifetimeMs, ticketParameter } from './download-links.js';

const chief: Caller = {
  id: 'p1',
  displayName: 'Karin Ek',
  roles: ['SecurityChief', 'BobMember'],
  departmentId: null,
  actorId: null,
};

function clockAt(iso: string) {
  let now = new Date(iso).getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

const ticketOf = (link: string) => new URL(link, 'http://app.invalid').searchParams.get(ticketParameter)!;

describe('download links', () => {
  it('carry the person to the one address they were issued for, until they expire', () => {
    const clock = clockAt('2026-11-24T09:00:00+01:00');
    const links = new DownloadLinks(clock, 'k'.repeat(32));
    const link = links.issue(chief, '/api/cycles/2026/calendar.ics');
    expect(link).toMatch(/^\/api\/cycles\/2026\/calendar\.ics\?dl=[\w-]+\.[\w-]+$/);
    expect(links.verify(ticketOf(link), addressWithoutTicket(link))).toEqual(chief);
    expect(links.verify(ticketOf(link), '/api/bob/documents/x.docx')).toBeUndefined();
    clock.advance(downloadLinkLifetimeMs + 1);
    expect(links.verify(ticketOf(link), addressWithoutTicket(link))).toBeUndefined();
  });

  it('keep the address’s own query, and the ticket goes last', () => {
    const links = new DownloadLinks(clockAt('2026-11-24T09:00:00Z'));
    const link = links.issue(chief, '/api/situation/annual/2026/document?version=2.0');
    expect(addressWithoutTicket(link)).toBe('/api/situation/annual/2026/document?version=2.0');
    expect(links.verify(ticketOf(link), '/api/situation/annual/2026/document?version=2.0')?.id).toBe('p1');
  });

  it('refuse a ticket whose roles were changed, one from another key, and garbage', () => {
    const clock = clockAt('2026-11-24T09:00:00Z');
    const links = new DownloadLinks(clock, 'k'.repeat(32));
    const ticket = ticketOf(links.issue({ ...chief, roles: ['Reader'] }, '/api/x'));
    const [payload, signature] = ticket.split('.');
    const forged = Buffer.from(
      Buffer.from(payload!, 'base64url').toString().replace('"Reader"', '"BobMember"'),
    ).toString('base64url');
    expect(links.verify(`${forged}.${signature}`, '/api/x')).toBeUndefined();
    expect(new DownloadLinks(clock, 'o'.repeat(32)).verify(ticket, '/api/x')).toBeUndefined();
    for (const junk of ['', '.', 'abc', 'a.b.c', `${payload}.`]) expect(links.verify(junk, '/api/x')).toBeUndefined();
  });
});
