import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { strictInput } from './strict-input.js';

const unknownAt = (schema: z.ZodType, value: unknown) =>
  (schema.safeParse(value).error?.issues ?? [])
    .filter((issue) => issue.code === 'unrecognized_keys')
    .map((issue) => `${issue.path.join('.')}: ${(issue as { keys: string[] }).keys.join(',')}`);

describe('strictInput', () => {
  it('refuses unknown fields at every depth: lists, optional and defaulted parts, union options, records', () => {
    const row = z.object({ id: z.string() });
    const schema = strictInput(
      z.object({
        rows: z.array(row).default([]),
        one: row.optional(),
        kind: z.discriminatedUnion('k', [
          z.object({ k: z.literal('a') }),
          z.object({ k: z.literal('b'), n: z.number() }),
        ]),
        byName: z.record(z.string(), row),
      }),
    );
    expect(
      unknownAt(schema, {
        rows: [{ id: '1' }, { id: '2', x: 1 }],
        one: { id: '3', y: 1 },
        kind: { k: 'b', n: 1, z: 1 },
        byName: { a: { id: '4', w: 1 } },
        typo: 1,
      }),
    ).toEqual(['rows.1: x', 'one: y', 'kind: z', 'byName.a: w', ': typo']);
  });

  it('keeps what the schema did: refinements, defaults and what a pipe makes of the input', () => {
    const schema = strictInput(
      z
        .object({
          from: z.string(),
          to: z.string(),
          tags: z.array(z.string()).default([]),
          range: z.object({ low: z.number() }).transform((r) => ({ ...r, made: true })),
        })
        .refine((v) => v.from <= v.to, { message: 'from after to' }),
    );
    expect(schema.parse({ from: 'a', to: 'b', range: { low: 1 } })).toEqual({
      from: 'a',
      to: 'b',
      tags: [],
      range: { low: 1, made: true },
    });
    expect(schema.safeParse({ from: 'b', to: 'a', range: { low: 1 } }).error?.issues[0]?.message).toBe('from after to');
    expect(unknownAt(schema, { from: 'a', to: 'b', range: { low: 1, high: 2 } })).toEqual(['range: high']);
  });

  it('leaves an intersection as it is, where each side holds fields of the other', () => {
    const schema = strictInput(z.intersection(z.object({ a: z.string() }), z.object({ b: z.string() })));
    expect(schema.parse({ a: '1', b: '2' })).toEqual({ a: '1', b: '2' });
  });

  it('leaves the schema it was given unchanged', () => {
    const loose = z.object({ a: z.string() });
    strictInput(loose);
    expect(loose.parse({ a: '1', b: 2 })).toEqual({ a: '1' });
  });
});
