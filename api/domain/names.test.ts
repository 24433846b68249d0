import { describe, expect, it } from 'vitest';
import { cleanName, nameKey, nameText } from './names.js';

describe('names', () => {
  it('keeps a name composed, without stray invisibles, with one space between words', () => {
    expect(cleanName(' Kultur-\u00A0och\u2003fritid\u200B\u00AD\uFEFF ')).toBe('Kultur- och fritid');
    expect(cleanName('Ga\u0308vle')).toBe('Gävle');
    // Joiners that make an emoji or a script's letters stay.
    expect(cleanName('Team 👩\u200D💻')).toBe('Team 👩\u200D💻');
  });

  it('reads names alike when only case, spacing or how å, ä, ö are written differ', () => {
    expect(nameKey('ÅMMEBERG  skola')).toBe(nameKey('Åmmeberg skola'.normalize('NFD')));
    expect(nameKey('Åmmeberg')).not.toBe(nameKey('Ammeberg'));
  });

  it('refuses a name of nothing but invisibles and spaces', () => {
    expect(nameText(10).safeParse('\u200B \u00A0').success).toBe(false);
    expect(nameText(10).parse('  Torget ')).toBe('Torget');
    expect(nameText(5).safeParse('Torget').success).toBe(false);
  });
});
