import type { z } from 'zod';
import { issueText } from '../i18n/zod-issue-text.js';
import { DomainError } from '../domain/errors/domain-error.js';
import { shownInput } from '../domain/text-policy.js';
import type { FieldIssue } from './errors.js';

export type Part = 'params' | 'query' | 'body' | 'header';

const partNames: Record<Part, { sv: string; en: string }> = {
  params: { sv: 'sökvägen', en: 'the path' },
  query: { sv: 'frågeparametrarna', en: 'the query' },
  body: { sv: 'innehållet', en: 'the body' },
  header: { sv: 'rubrikerna', en: 'the headers' },
};

// A body with thousands of wrong items is answered with the first of them: enough to see what to mend.
const maxIssues = 100;

/** Where in a request a value is, as a message names it; the keys are the caller's own text. Empty for the whole. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => shownInput(String(segment), 40)).join('.');
}

function describe(issue: z.core.$ZodIssue): FieldIssue {
  const { sv, en } = issueText(issue);
  return { field: fieldPath(issue.path), message: sv, messageEn: en };
}

/** A 400 that says the first issue in a sentence and lists the first hundred, each with its field. */
export function validationError(part: Part, issues: FieldIssue[]): DomainError {
  const first = issues[0]!;
  const where = first.field ? `${first.field}: ` : '';
  return new DomainError(
    'validation',
    {
      sv: `Ogiltigt värde i ${partNames[part].sv}: ${where}${first.message}`,
      en: `Invalid value in ${partNames[part].en}: ${where}${first.messageEn}`,
    },
    { issues: issues.slice(0, maxIssues) },
  );
}

/** Parses one part of a request; a failure is a 400 that names each field and what it expects. */
export function parseRequestPart<T extends z.ZodType>(schema: T, value: unknown, part: Part): z.infer<T> {
  // With the input in each issue, a missing field is told from one of the wrong type.
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  throw validationError(part, result.error.issues.slice(0, maxIssues).map(describe));
}
