import { containsPersonalIdentityNumber, personalDataMessage } from '../domain/personal-data.js';
import { withoutIdentifiers } from '../domain/personal-identity-numbers.js';
import { isWellFormedText, malformedTextMessage, storableText } from '../domain/text-policy.js';
import { englishTwin } from '../i18n/bilingual.js';
import { DomainError } from '../domain/errors/domain-error.js';
import type { FieldIssue } from './errors.js';
import { fieldPath, validationError } from './validation.js';

/**
 * The text policy applied to everything a person sends, before any route's schema sees it: every string
 * at any depth (names, titles, notes, file names) loses the characters XML cannot hold, and one that
 * carries a personal identity number or a lone surrogate is refused with the field named. Routes need not
 * remember it, so a field added tomorrow is covered too.
 */
export function applyTextPolicy(value: unknown, part: 'body' | 'query'): unknown {
  const issues: FieldIssue[] = [];
  const clean = walk(value, [], issues, part);
  if (issues.length > 0) throw validationError(part, issues);
  return clean;
}

/** Deeper than any request the API takes (a plan's parts hold rows of fields); a deeper one is refused, not walked. */
export const maxDepth = 32;

function walk(value: unknown, path: string[], issues: FieldIssue[], part: 'body' | 'query'): unknown {
  if (typeof value === 'string') return checkText(value, path, issues);
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return value;
  if (path.length >= maxDepth) throw tooDeep(part);
  if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, String(index)], issues, part));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, walk(item, [...path, key], issues, part)]),
  );
}

function tooDeep(part: 'body' | 'query'): DomainError {
  return part === 'body'
    ? new DomainError('validation', {
        sv: `Innehållet är nästlat i fler än ${maxDepth} nivåer; inget sparades.`,
        en: `The body is nested more than ${maxDepth} levels deep; nothing was saved.`,
      })
    : new DomainError('validation', {
        sv: `Frågeparametrarna är nästlade i fler än ${maxDepth} nivåer.`,
        en: `The query is nested more than ${maxDepth} levels deep.`,
      });
}

// An identifier is not text (withoutIdentifiers says why). In a field that names something (an id, a stored
// path, a link) such identifiers are left out of the scan; the rest of the field, and every other field, is
// scanned whole.
const namingField = /^(id|.*Ids?|path|href|.*Url)$/;

function scannedText(text: string, path: string[]): string {
  const field = path.findLast((segment) => !/^\d+$/.test(segment));
  if (field === undefined || !namingField.test(field)) return text;
  // A link's %7B…%7D around a GUID read as the braces they are; digits written %31%39… read as digits.
  return withoutIdentifiers(text.replace(/%[0-7][0-9a-f]/gi, (percent) => decodeURIComponent(percent)));
}

function checkText(text: string, path: string[], issues: FieldIssue[]): string {
  const field = fieldPath(path);
  if (!isWellFormedText(text)) {
    issues.push({ field, message: malformedTextMessage.sv, messageEn: malformedTextMessage.en });
    return text;
  }
  if (containsPersonalIdentityNumber(scannedText(text, path))) {
    issues.push({
      field,
      message: personalDataMessage,
      messageEn: englishTwin(personalDataMessage) ?? personalDataMessage,
    });
    return text;
  }
  return storableText(text);
}
