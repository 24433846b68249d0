import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** One Swedish word for one thing: the variants the tab once mixed, and the word it uses instead (docs/glossary.md). */
const banned: { variant: RegExp; use: string }[] = [
  { variant: /Ladda ner/i, use: 'Hämta' },
  { variant: /Skapa [^'`]*Word-dokument/, use: 'Spara som Word-dokument' },
  { variant: /Spara Word-dokument/, use: 'Spara som Word-dokument' },
  { variant: /Ej påbörjad/, use: 'Inte påbörjad' },
  // Hämta is for files; what the tab waits for is loading.
  { variant: /Hämtar/, use: 'Laddar …' },
  {
    variant: /\b(SecurityChief|DepartmentHead|CouncilMember|BobMember)\b/,
    use: 'the role’s Swedish name, never its id',
  },
];

const swedishSources = readdirSync(new URL('.', import.meta.url))
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'en.ts' && name !== 'language.tsx')
  .map((name) => ({ name, text: readFileSync(new URL(name, import.meta.url), 'utf8') }));

describe('the tab’s Swedish', () => {
  it('uses one word for one thing', () => {
    const found: string[] = [];
    for (const { name, text } of swedishSources) {
      // Only the Swedish half of the twin files: what precedes the English block.
      const swedish = text.split(/\nexport const \w*[eE]n\w*\s*[:=]/)[0]!;
      for (const line of swedish.split('\n')) {
        if (line.trim().startsWith('//') || line.trim().startsWith('*') || line.includes('import ')) continue;
        for (const { variant, use } of banned)
          if (variant.test(line)) found.push(`${name}: "${line.trim()}" – use ${use}`);
      }
    }
    expect(found).toEqual([]);
  });
});
