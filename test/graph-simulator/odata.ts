import { badRequest } from './sim-http.js';

export type Literal = string | number | boolean | null;

export interface Clause {
  field: string;
  op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
  value: Literal;
}

export interface Ordering {
  field: string;
  descending: boolean;
}

// `s`: a quoted literal may hold a line break, which OData allows in a string.
const clausePattern = /^fields\/([A-Za-z_][A-Za-z0-9_]*)\s+(eq|ne|lt|le|gt|ge)\s+(.+)$/s;

/** The subset of OData $filter the list item endpoint answers: fields/X op literal, joined by "and". */
export function parseFilter(filter: string): Clause[] {
  return splitOutsideQuotes(filter.trim(), ' and ').map((part) => {
    const match = clausePattern.exec(part.trim());
    if (!match) throw badRequest('Invalid filter clause');
    return { field: match[1]!, op: match[2] as Clause['op'], value: parseLiteral(match[3]!.trim()) };
  });
}

function parseLiteral(text: string): Literal {
  if (text === 'null') return null;
  if (text === 'true' || text === 'false') return text === 'true';
  if (text.startsWith("'")) {
    if (!text.endsWith("'") || text.length < 2) throw badRequest('Invalid filter clause: unterminated string literal');
    const inner = text.slice(1, -1);
    if (/(^|[^'])'($|[^'])/.test(inner.replaceAll("''", '')))
      throw badRequest('Invalid filter clause: quote not escaped');
    return inner.replaceAll("''", "'");
  }
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)) return Number(text);
  throw badRequest(`Invalid filter clause: cannot read the value ${text}`);
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === "'") quoted = !quoted;
    else if (!quoted && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

export function parseOrderBy(orderBy: string): Ordering[] {
  return orderBy.split(',').map((part) => {
    const match = /^fields\/([A-Za-z_][A-Za-z0-9_]*)(\s+(asc|desc))?$/.exec(part.trim());
    if (!match) throw badRequest(`Invalid $orderby expression: ${part}`);
    return { field: match[1]!, descending: match[3] === 'desc' };
  });
}

/**
 * Reads $expand=fields($select=A,B) (and the older expand=fields(select=A,B)).
 * Answers undefined when fields are not expanded, [] when expanded without a select.
 */
export function expandedFields(params: URLSearchParams): string[] | undefined {
  const expand = params.get('$expand') ?? params.get('expand');
  if (!expand) return undefined;
  const match = /^fields(\((\$?select)=([^)]*)\))?$/.exec(expand.trim());
  if (!match) {
    if (expand.trim().startsWith('fields')) throw badRequest(`Invalid $expand: ${expand}`);
    return undefined;
  }
  return match[3]
    ? match[3]
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
    : [];
}

/** $select=a,b → ['a','b']; absent → undefined. */
export function selected(params: URLSearchParams): string[] | undefined {
  const select = params.get('$select') ?? params.get('select');
  return select ? select.split(',').map((name) => name.trim()) : undefined;
}

export function topOf(params: URLSearchParams, fallback: number, max: number): number {
  const raw = params.get('$top') ?? params.get('top');
  if (raw === null) return fallback;
  const top = Number(raw);
  if (!Number.isInteger(top) || top < 1) throw badRequest(`Invalid $top value: ${raw}`, 'zeroOrFewerResultsRequested');
  return Math.min(top, max);
}
