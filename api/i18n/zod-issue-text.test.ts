import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { bilingual } from './bilingual.js';
import { issueText } from './zod-issue-text.js';

/** The first issue's text for `value` against `schema`, as the API and the imports say it. */
function said(schema: z.ZodType, value: unknown) {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) throw new Error('accepted');
  return issueText(parsed.error.issues[0]!);
}

describe('issueText', () => {
  it('says zod’s own refusals in plain Swedish and English, with numbers as each language writes them', () => {
    const cases: [z.ZodType, unknown, string, string][] = [
      [z.object({ name: z.string() }), {}, 'saknas', 'is missing'],
      [z.object({ source: z.enum(['est', 'police']) }), {}, 'saknas', 'is missing'],
      [z.string(), 5, 'ange text', 'give text'],
      [z.number(), 'fem', 'ange ett tal', 'give a number'],
      [z.number().int(), 1.5, 'ange ett heltal', 'give a whole number'],
      [z.boolean(), 'ja', 'ange ja eller nej (true eller false)', 'give yes or no (true or false)'],
      [z.array(z.string()), 'x', 'ange en lista', 'give a list'],
      [z.number().int().min(1), 0, 'minst 1', 'at least 1'],
      [z.number().positive(), 0, 'större än 0', 'more than 0'],
      [z.number().max(1_000_000), 1_000_001, 'högst 1\u00a0000\u00a0000', 'at most 1,000,000'],
      [z.string().min(1), '', 'får inte vara tomt', 'must not be empty'],
      [z.string().min(3), 'ab', 'minst 3 tecken', 'at least 3 characters'],
      [z.string().max(60), 'x'.repeat(61), 'högst 60 tecken', 'at most 60 characters'],
      [z.array(z.number()).max(2), [1, 2, 3], 'högst 2 poster', 'at most 2 items'],
      [z.email(), 'inte-en-adress', 'ange en giltig e-postadress', 'give a valid e-mail address'],
      [z.enum(['est', 'police']), 'bra', 'välj något av: est, police', 'choose one of: est, police'],
      [z.object({}).strict(), { okänt: 1 }, 'okända fält: okänt', 'unknown fields: okänt'],
      [z.number().multipleOf(5), 7, 'ange en multipel av 5', 'give a multiple of 5'],
    ];
    for (const [schema, value, sv, en] of cases) expect(said(schema, value), sv).toEqual({ sv, en });
  });

  it('keeps a schema’s own message and finds its English twin', () => {
    const schema = z.string().min(1, { error: bilingual('ange ett namn', 'give a name') });
    expect(said(schema, '')).toEqual({ sv: 'ange ett namn', en: 'give a name' });
  });
});
