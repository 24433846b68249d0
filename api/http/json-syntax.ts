import { DomainError } from '../domain/errors/domain-error.js';

/** body-parser's refusal of a body: JSON's own syntax, or JSON that is no object or list (its strict mode). */
export function isJsonSyntaxError(error: unknown): error is SyntaxError & { body?: unknown } {
  return error instanceof SyntaxError && (error as { type?: string }).type === 'entity.parse.failed';
}

const kinds: Record<string, { sv: string; en: string }> = {
  null: { sv: 'null', en: 'null' },
  string: { sv: 'en text', en: 'a string' },
  number: { sv: 'ett tal', en: 'a number' },
  boolean: { sv: 'true eller false', en: 'true or false' },
};

/**
 * Where the body went wrong, in the caller's language: the parser's own sentence is English and, for a body of
 * `null` or `"text"`, untrue (it is JSON, just not an object). Node's parser names a position in most messages.
 */
export function jsonSyntaxError(error: SyntaxError & { body?: unknown }): DomainError {
  const body = typeof error.body === 'string' ? error.body : '';
  const value = parsed(body);
  if (value.ok) {
    const kind = kinds[value.value === null ? 'null' : typeof value.value] ?? kinds.number!;
    return new DomainError('invalid_json', {
      sv: `Innehållet ska vara ett JSON-objekt ({ … }), inte ${kind.sv}.`,
      en: `The body must be a JSON object ({ … }), not ${kind.en}.`,
    });
  }
  const position = /at position (\d+)/.exec(error.message)?.[1];
  const where = position
    ? { sv: ` (fel vid tecken ${Number(position) + 1})`, en: ` (error at character ${Number(position) + 1})` }
    : /end of JSON input|Unterminated/.test(error.message)
      ? { sv: ' (det tar slut för tidigt)', en: ' (it ends too early)' }
      : { sv: '', en: '' };
  return new DomainError('invalid_json', {
    sv: `Innehållet är inte giltig JSON${where.sv}. Kontrollera citattecken, kommatecken och klamrar.`,
    en: `The body is not valid JSON${where.en}. Check its quotes, commas and brackets.`,
  });
}

function parsed(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false };
  }
}
