import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors/domain-error.js';
import { applyTextPolicy, maxDepth } from './text-guard.js';

/** `{ a: { a: … 'text' } }`, `levels` objects deep. */
function nested(levels: number): unknown {
  let value: unknown = 'text';
  for (let level = 0; level < levels; level += 1) value = { a: value };
  return value;
}

describe('applyTextPolicy', () => {
  it(`walks a body ${maxDepth} levels deep and refuses one level more, in both languages`, () => {
    expect(applyTextPolicy(nested(maxDepth), 'body')).toEqual(nested(maxDepth));
    const refusal = (part: 'body' | 'query') => {
      try {
        applyTextPolicy(nested(maxDepth + 1), part);
      } catch (error) {
        return error as DomainError;
      }
      throw new Error('not refused');
    };
    expect(refusal('body')).toBeInstanceOf(DomainError);
    expect(refusal('body').code).toBe('validation');
    expect(refusal('body').text).toEqual({
      sv: 'Innehållet är nästlat i fler än 32 nivåer; inget sparades.',
      en: 'The body is nested more than 32 levels deep; nothing was saved.',
    });
    expect(refusal('query').text.sv).toMatch(/Frågeparametrarna/);
  });

  it('refuses arrays nested a hundred thousand deep without running out of stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(() => applyTextPolicy(deep, 'body')).toThrow(DomainError);
  });

  it('still cleans and checks text at every depth it walks', () => {
    expect(applyTextPolicy({ rows: [{ note: 'a\u0001b' }] }, 'body')).toEqual({ rows: [{ note: 'ab' }] });
    expect(() => applyTextPolicy({ rows: [{ note: 'född 19850709 9805' }] }, 'body')).toThrow(/rows\.0\.note/);
  });

  it('leaves a file hash or a GUID in an id, a path or a link out of the scan, and scans them anywhere else', () => {
    // A real upload's SHA-256: its digits 6412014042 pass as a personal identity number.
    const fileId = '7a89f7309572411b723708fd7a0dbce4bb0efd4fb4f0e53fe6412014042cf759';
    const objectId = '19850709-9805-4abc-8def-0123456789ab';
    const named = {
      fileId,
      memberIds: [objectId],
      headId: objectId,
      id: fileId,
      path: `${fileId}/est.csv`,
      links: [{ href: `https://kommun.sharepoint.com/Doc.aspx?sourcedoc=%7B${objectId}%7D&file=Plan.docx` }],
    };
    expect(applyTextPolicy(named, 'body')).toEqual(named);
    expect(() => applyTextPolicy({ description: fileId }, 'body')).toThrow(/description/);
    expect(() => applyTextPolicy({ note: `Se ${objectId}` }, 'body')).toThrow(/note/);
    // What is not such an identifier is scanned in those fields too.
    expect(() => applyTextPolicy({ submissionId: '19850709-9805' }, 'body')).toThrow(/submissionId/);
    expect(() => applyTextPolicy({ path: 'Rådet/Anmälan 19850709-9805.pdf' }, 'query')).toThrow(/path/);
    expect(() => applyTextPolicy({ path: `${fileId}x/est.csv` }, 'query')).toThrow(/path/);
    expect(() => applyTextPolicy({ href: 'https://x.se/?pnr=%31%39850709-9805' }, 'body')).toThrow(/href/);
  });
});
