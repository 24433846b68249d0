import { describe, expect, it } from 'vitest';
import { StoreUsageError } from '../errors.js';
import { nextLinkOf, pageTokenOf } from './page-token.js';

const base = 'https://graph.microsoft.com/v1.0';
const items = '/sites/kommun.sharepoint.com%2Cabc%2Cdef/lists/1234/items';

describe('page tokens', () => {
  it("wrap Graph's next link and give back the same request", () => {
    const next = `${base}/sites/kommun.sharepoint.com,abc,def/lists/1234/items?$top=100&$skiptoken=UGFnZWQ9VFJVRQ`;
    expect(nextLinkOf(pageTokenOf(next, base, items), items)).toBe(next.slice(base.length));
  });

  it('refuse links to anything but the same list, whether from Graph or forged', () => {
    expect(() => pageTokenOf('https://evil.example/v1.0/sites/x/lists/1234/items?a', base, items)).toThrow(
      StoreUsageError,
    );
    const forge = (relative: string) => Buffer.from(relative).toString('base64url');
    expect(() => nextLinkOf(forge('/sites/kommun.sharepoint.com,abc,def/lists/9999/items?$top=1'), items)).toThrow(
      StoreUsageError,
    );
    expect(() => nextLinkOf(forge('https://evil.example/steal'), items)).toThrow(StoreUsageError);
    expect(() => nextLinkOf('not base64 at all!', items)).toThrow(StoreUsageError);
  });
});
