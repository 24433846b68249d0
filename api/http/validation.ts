import type { z } from 'zod';
import { issueText } from '../i18n/zod-issue-text.js';
import { DomainError } from '../domain/errors/domain-error.js';
import type { FieldIssue } from './errors.js';

type Part = 'params' | 'query' | 'body' | 'header';

const partNames: Record<Part, { sv: string; en: string }> = {
  params: { sv: 'sökvägen', en: 'the path' },
  query: { sv: 'frågeparametrarna', en: 'the query' },
  body: { sv: 'innehållet', en: 'the body' },
  header: { sv: 'rubrikerna', en: 'the headers' },
};

function describe(issue: z.core.$ZodIssue): FieldIssue {
  const { sv, en } = issueText(issue);
  return { field: issue.path.map(String).join('.') || '(hela)', message: sv, messageEn: en };
}

/** Parses one part of a request; a failure is a 400 that names each field and what it expects. */
export function parseRequestPart<T extends z.ZodType>(schema: T, value: unknown, part: Part): z.infer<T> {
  // With the input in each issue, a missing field is told from one of the wrong type.
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues.map(describe);
  const first = issues[0]!;
  throw new DomainError(
    'validation',
    {
      sv: `Ogiltigt värde i ${partNames[part].sv}: ${first.field}: ${first.message}`,
      en: `Invalid value in ${partNames[part].en}: ${first.field}: ${first.messageEn}`,
    },
    { issues },
  );
}
