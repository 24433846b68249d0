/**
 * SharePoint's resource units, as "Avoid getting throttled or blocked in SharePoint Online" documents them
 * (https://learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online#application-throttling):
 * every Graph request of the app costs 1 RU for a single item (get, a file's download), 2 for a multi-item
 * query and for each create, update, delete and upload, 5 for permission operations; each request inside a
 * $batch counts on its own, and throttled requests count too. The tenant's budget per minute depends on its
 * licences (the smallest tier: 1,200 RU a minute).
 */
export function resourceUnitCost(method: string, path: string): number {
  const bare = path.split('?')[0] ?? '';
  if (/\/permissions\b|\$expand=permissions/.test(path) || /\/(roleassignments|breakroleinheritance)/i.test(bare))
    return 5;
  if (method !== 'GET') return 2;
  if (
    /\/content$/.test(bare) ||
    /\/items\/[^/]+(\/fields)?$/.test(bare) ||
    /\/lists\/[^/]+$/.test(bare) ||
    /\/sites\/[^/]+$/.test(bare)
  )
    return 1;
  return 2;
}

const minute = 60_000;

/** What the app spent in the last minute, by its own count of the requests it sent. */
export class ResourceUnitMeter {
  private readonly spent: { at: number; units: number }[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  record(units: number): void {
    this.spent.push({ at: this.now(), units });
  }

  lastMinute(): number {
    this.prune();
    return this.spent.reduce((sum, entry) => sum + entry.units, 0);
  }

  /** How long until `units` more keep the last minute within `budget`. */
  waitMs(units: number, budget: number): number {
    let over = this.lastMinute() + units - budget;
    if (over <= 0) return 0;
    for (const entry of this.spent) {
      over -= entry.units;
      if (over <= 0) return entry.at + minute - this.now() + 1;
    }
    return minute;
  }

  private prune(): void {
    const since = this.now() - minute;
    while (this.spent.length > 0 && this.spent[0]!.at <= since) this.spent.shift();
  }
}
