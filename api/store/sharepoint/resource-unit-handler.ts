import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { callOf } from './graph-call.js';
import { resourceUnitCost, type ResourceUnitMeter } from './resource-units.js';

const batchSchema = (json: unknown): { method: string; url: string }[] => {
  const requests = (json as { requests?: unknown } | undefined)?.requests;
  return Array.isArray(requests)
    ? requests.filter(
        (r): r is { method: string; url: string } => typeof r?.method === 'string' && typeof r?.url === 'string',
      )
    : [];
};

/**
 * Counts every attempt (after the retry handler: a retried request costs again, as SharePoint counts it) in
 * resource units on the meter, the requests of a $batch one by one.
 */
export class ResourceUnitHandler implements Middleware {
  private next?: Middleware;

  constructor(private readonly meter: ResourceUnitMeter) {}

  async execute(context: Context): Promise<void> {
    const { request } = callOf(context);
    const units =
      request.path === '/$batch'
        ? batchSchema(request.json).reduce((sum, r) => sum + resourceUnitCost(r.method, r.url), 0)
        : resourceUnitCost(request.method, request.path);
    this.meter.record(units);
    await this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
