import type { Clock } from '../../api/domain/clock.js';
import { graphError, type SimRequest, type SimResponse } from './sim-http.js';

/**
 * SharePoint's resource units as Microsoft documents them for Graph ("Avoid getting throttled or blocked in
 * SharePoint Online", application throttling): 1 for a single item or a file download, 2 for a multi-item
 * query and for create, update, delete and upload, 5 for permissions; requests inside a $batch count one by
 * one; a throttled request counts too. Past the budget a minute the answer is 429 with Retry-After.
 */
export class ResourceUnitLedger {
  private readonly window: { at: number; units: number }[] = [];
  total = 0;
  throttled = 0;

  constructor(
    private readonly clock: Clock,
    private readonly perMinute: number | undefined,
  ) {}

  /** Charges the request; answers 429 when it would go past the budget. */
  charge(request: SimRequest): SimResponse | undefined {
    if (request.url.pathname === '/$batch') return undefined;
    const units = cost(request);
    const now = this.clock.now().getTime();
    while (this.window.length > 0 && this.window[0]!.at <= now - 60_000) this.window.shift();
    const spent = this.window.reduce((sum, entry) => sum + entry.units, 0);
    this.window.push({ at: now, units });
    this.total += units;
    if (this.perMinute === undefined || spent + units <= this.perMinute) return undefined;
    this.throttled += 1;
    const seconds = Math.max(1, Math.ceil((this.window[0]!.at + 60_000 - now) / 1000));
    return graphError(
      429,
      'TooManyRequests',
      'The request has been throttled: the application exceeded its resource units.',
      { 'Retry-After': String(seconds) },
    );
  }
}

function cost(request: SimRequest): number {
  const path = request.url.pathname;
  if (/permissions|roleassignments/i.test(path) || /permissions/.test(request.url.search)) return 5;
  if (request.method !== 'GET') return 2;
  const segments = path.split('/').filter(Boolean);
  // sites/{id}, sites/{id}/lists/{id}, …/items/{id}, …/items/{id}/fields, drives/…/content: one item.
  const single =
    segments.length === 2 ||
    (segments[2] === 'lists' &&
      (segments.length === 4 || segments.length === 6 || (segments.length === 7 && segments[6] === 'fields'))) ||
    path.endsWith('/content');
  return single ? 1 : 2;
}
