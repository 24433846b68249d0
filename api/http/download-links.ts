import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import type { Clock } from '../domain/clock.js';
import { roleSchema } from '../domain/roles.js';

/** Long enough for the browser to follow the link it was just given, short enough that a copied link is soon useless. */
export const downloadLinkLifetimeMs = 2 * 60 * 1000;

/** The query parameter that carries a download link's ticket. */
export const ticketParameter = 'dl';

const ticketSchema = z.object({
  path: z.string(),
  expires: z.number(),
  caller: z.object({
    id: z.string(),
    displayName: z.string(),
    roles: z.array(roleSchema),
    departmentId: z.string().nullable(),
    actorId: z.string().nullable().default(null),
  }),
});

/**
 * Same-origin download links. A browser following a link sends no Authorization header, and in new Teams a
 * blob URL download works only once (msteams-docs #9904, #10334); so the tab asks the API for a link that
 * carries a signed ticket instead: valid for one GET address, for the person who asked, for two minutes.
 * Instances that share traffic must share DOWNLOAD_LINK_KEY; without it each process makes its own key.
 */
export class DownloadLinks {
  private readonly key: Buffer;

  constructor(
    private readonly clock: Clock,
    key?: string,
  ) {
    this.key = key ? Buffer.from(key, 'utf8') : randomBytes(32);
  }

  /** `path` is the address as requested (with its query), without the ticket. */
  issue(caller: Caller, path: string): string {
    const { id, displayName, roles, departmentId, actorId } = caller;
    const payload = Buffer.from(
      JSON.stringify({
        path,
        expires: this.clock.now().getTime() + downloadLinkLifetimeMs,
        caller: { id, displayName, roles, departmentId, actorId },
      }),
    ).toString('base64url');
    const ticket = `${payload}.${this.sign(payload)}`;
    return `${path}${path.includes('?') ? '&' : '?'}${ticketParameter}=${ticket}`;
  }

  /** The caller the ticket was issued to, when it is genuine, unexpired and for this address; undefined otherwise. */
  verify(ticket: string, path: string): Caller | undefined {
    const [payload, signature] = ticket.split('.');
    if (!payload || !signature) return undefined;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    let parsed: z.infer<typeof ticketSchema>;
    try {
      parsed = ticketSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    } catch {
      return undefined;
    }
    if (parsed.path !== path || parsed.expires < this.clock.now().getTime()) return undefined;
    return parsed.caller;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

/** The address a request asked for, without the ticket: what a ticket is bound to. */
export function addressWithoutTicket(originalUrl: string): string {
  const url = new URL(originalUrl, 'http://app.invalid');
  url.searchParams.delete(ticketParameter);
  return `${url.pathname}${url.search}`;
}
