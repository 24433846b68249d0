/** A user-facing text in Swedish first, with its English twin. */
export interface Bilingual {
  sv: string;
  en: string;
}

const englishOf = new Map<string, string>();

/**
 * For zod messages: the schema carries the Swedish text and the error formatter finds the English twin here.
 * Zod keeps one string per issue, so the twin is looked up rather than carried along.
 */
export function bilingual(sv: string, en: string): string {
  englishOf.set(sv, en);
  return sv;
}

export function englishTwin(sv: string): string | undefined {
  return englishOf.get(sv);
}
