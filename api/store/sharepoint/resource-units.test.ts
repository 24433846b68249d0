import { describe, expect, it } from 'vitest';
import { ResourceUnitMeter, resourceUnitCost } from './resource-units.js';

describe('SharePoint’s resource units', () => {
  it('costs what Microsoft documents: 1 a single item or download, 2 a query or a write, 5 permissions', () => {
    expect(resourceUnitCost('GET', '/sites/s/lists/l/items/12?$expand=fields')).toBe(1);
    expect(resourceUnitCost('GET', '/drives/d/items/i/content')).toBe(1);
    expect(resourceUnitCost('GET', '/sites/s/lists/l/items?$filter=x')).toBe(2);
    expect(resourceUnitCost('POST', '/sites/s/lists/l/items')).toBe(2);
    expect(resourceUnitCost('PATCH', '/sites/s/lists/l/items/12/fields')).toBe(2);
    expect(resourceUnitCost('DELETE', '/sites/s/lists/l/items/12')).toBe(2);
    expect(resourceUnitCost('GET', '/sites/s/lists/l/items/12?$expand=permissions')).toBe(5);
  });

  it('forgets what was spent a minute ago, and never asks to wait for more than the budget holds', () => {
    let now = 0;
    const meter = new ResourceUnitMeter(() => now);
    meter.record(900);
    expect(meter.waitMs(200, 1_000)).toBe(60_001);
    expect(meter.waitMs(100, 1_000)).toBe(0);
    now = 60_000;
    expect(meter.lastMinute()).toBe(0);
  });
});
