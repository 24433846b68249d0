import { describe, expect, it } from 'vitest';
import { problemText } from './refused-fields.js';

describe('a refused field’s problem in the summary', () => {
  it('follows the field’s label', () => {
    expect(problemText('högst 4 000 tecken', 'Beskrivning')).toBe('Beskrivning: högst 4 000 tecken');
  });

  it('stands alone when it names the field already, quoted or first', () => {
    const quoted = '”Gäller till” kan inte ligga före undertecknandet';
    expect(problemText(quoted, 'Gäller till')).toBe(quoted);
    expect(problemText('“Valid until” cannot be before the signing', 'Valid until')).toBe(
      '“Valid until” cannot be before the signing',
    );
    expect(problemText('Datum saknas', 'Datum')).toBe('Datum saknas');
  });

  it('follows the label even when the label’s word is inside the problem', () => {
    // "Plats" is in "platser": only a quoted or leading label counts as naming the field.
    expect(problemText('lägesbilden beskriver platser', 'Plats')).toBe('Plats: lägesbilden beskriver platser');
  });

  it('stands alone without a label', () => {
    expect(problemText('saknas', '')).toBe('saknas');
  });
});
