import { z } from 'zod';
import { englishTwin } from '../i18n/bilingual.js';
import { DomainError } from '../domain/errors/domain-error.js';
import type { FieldIssue } from './errors.js';

const swedish = z.locales.sv();
const english = z.locales.en();

type Part = 'params' | 'query' | 'body' | 'header';

const partNames: Record<Part, { sv: string; en: string }> = {
  params: { sv: 'sökvägen', en: 'the path' },
  query: { sv: 'frågeparametrarna', en: 'the query' },
  body: { sv: 'innehållet', en: 'the body' },
  header: { sv: 'rubrikerna', en: 'the headers' },
};

function describe(issue: z.core.$ZodIssue): FieldIssue {
  const generic = english.localeError(issue as never);
  const genericText = typeof generic === 'string' ? generic : generic?.message;
  const isCustom = issue.message !== genericText;
  const sv = isCustom ? issue.message : textOf(swedish.localeError(issue as never));
  const en = isCustom ? (englishTwin(issue.message) ?? issue.message) : issue.message;
  return { field: issue.path.map(String).join('.') || '(hela)', message: sv, messageEn: en };
}

function textOf(result: string | { message: string } | undefined | null): string {
  return typeof result === 'string' ? result : (result?.message ?? '');
}

/** Parses one part of a request; a failure is a 400 that names each field and what it expects. */
export function parseRequestPart<T extends z.ZodType>(schema: T, value: unknown, part: Part): z.infer<T> {
  const result = schema.safeParse(value);
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
