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
  throw validationError(part, withoutSafeIntegerBounds(result.error.issues).slice(0, maxIssues).map(describe));
}

/**
 * zod's `int()` bounds every whole number by ±2^53: a huge count was told "at most 9 007 199 254 740 991"
 * before the field's own "at most 1 000 000". That bound is dropped where the same field has another issue.
 */
function withoutSafeIntegerBounds(issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const safeBound = (issue: z.core.$ZodIssue) =>
    (issue.code === 'too_big' && issue.maximum === Number.MAX_SAFE_INTEGER) ||
    (issue.code === 'too_small' && issue.minimum === Number.MIN_SAFE_INTEGER);
  const key = (issue: z.core.$ZodIssue) => issue.path.map(String).join('\u0000');
  const others = new Set(issues.filter((issue) => !safeBound(issue)).map(key));
  return issues.filter((issue) => !safeBound(issue) || !others.has(key(issue)));
}
