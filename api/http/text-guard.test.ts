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

  it('takes a file hash or an object id in an id field as it is, and scans the same digits anywhere else', () => {
    // A real upload's SHA-256: its digits 9007010409 pass as a personal identity number.
    const fileId = 'b7657a6727aaa8b9007010409f20fb79d7206400a71759f97c0cd51c565a15ba';
    const objectId = '19850709-9805-4abc-8def-0123456789ab';
    const ids = { fileId, memberIds: [objectId], headId: objectId, id: fileId };
    expect(applyTextPolicy(ids, 'body')).toEqual(ids);
    expect(() => applyTextPolicy({ description: fileId }, 'body')).toThrow(/description/);
    expect(() => applyTextPolicy({ note: objectId }, 'body')).toThrow(/note/);
    // An id field holding anything but an identifier is text like any other.
    expect(() => applyTextPolicy({ submissionId: '19850709-9805' }, 'body')).toThrow(/submissionId/);
    expect(() => applyTextPolicy({ memberIds: ['x 19850709-9805-4abc-8def-0123456789ab'] }, 'body')).toThrow(
      /memberIds\.0/,
    );
  });
});
