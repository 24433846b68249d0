import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findPersonalIdentityNumbers, foldedNumbers, guardedText } from './personal-data.js';

describe('personal identity numbers in free text', () => {
  it('finds valid numbers in every format, with their checksum', () => {
    for (const number of ['19900101-0017', '900101-0017', '199001010017', '9001010017', '121212+1212', '900161-0014']) {
      expect(findPersonalIdentityNumbers(`Iakttagelse: ${number} var på plats.`)).toHaveLength(1);
    }
  });

  it('finds them with the date written in parts, another separator, or marks on the digits', () => {
    for (const number of [
      '1990-01-01-0017',
      '1990-01-01 0017',
      '90 01 01-0017',
      '1990.01.01/0017',
      '900101.0017',
      '900101/0017',
      '900101_0017',
      '900101:0017',
      '900101 : 0017',
      '9\uFE0F\u20E300101-0017',
      '9\u030300101-0017',
    ]) {
      expect(findPersonalIdentityNumbers(`Iakttagelse: ${number} var på plats.`), number).toHaveLength(1);
    }
  });

  it('leaves numbers with a wrong checksum, dates, phone numbers and case numbers alone', () => {
    for (const text of [
      '900101-0018',
      'Den 2026-11-24 kl 22',
      'Ring 0583-810 00',
      'Dnr KS 2026/123',
      'Ärende 20261124-1234 5',
      '070-123 45 67',
      '070 123 45 67',
      '08-123 456 78',
      'Den 2026-11-24 19:30',
      'Mellan 2025-01-01 och 2025-12-31',
      'Period 2024-01-01/2024-12-31',
      'Version 1.2.3.4567',
    ]) {
      expect(findPersonalIdentityNumbers(text)).toEqual([]);
    }
  });

  it('refuses them in a guarded field with a message that says why', () => {
    const schema = guardedText(z.string());
    const result = schema.safeParse('Ungdom 19900101-0017 syntes vid stationen');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('personnummer');
    expect(schema.safeParse('Grupp ungdomar vid stationen på kvällstid').success).toBe(true);
  });

  it('never misses a valid number however it is written', () => {
    const birth = fc.date({
      min: new Date('1920-01-01T00:00:00Z'),
      max: new Date('2020-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(
        birth,
        fc.integer({ min: 1, max: 999 }),
        fc.boolean(),
        fc.boolean(),
        (date, serial, long, separator) => {
          const yyyymmdd = date.toISOString().slice(0, 10).replaceAll('-', '');
          const base = `${yyyymmdd.slice(2)}${String(serial).padStart(3, '0')}`;
          const luhn = [...base].reduce((sum, digit, i) => {
            const n = Number(digit) * (i % 2 === 0 ? 2 : 1);
            return sum + (n > 9 ? n - 9 : n);
          }, 0);
          const check = (10 - (luhn % 10)) % 10;
          const number = `${long ? yyyymmdd.slice(0, 2) : ''}${base.slice(0, 6)}${separator ? '-' : ''}${base.slice(6)}${check}`;
          return findPersonalIdentityNumbers(`text ${number} text`).length === 1;
        },
      ),
    );
  });

  it('answers as the whole scan does when it skips folding a plain text', () => {
    // Digits, separators, Latin-1 letters, and characters that fold into digits or vanish.
    const piece = fc.constantFrom(...'0123456789 -+./_:åäöÅÄÖéü×abc¹²½\u00ad\u200b\u0303\ufe0f０９－\t\n'.split(''));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(findPersonalIdentityNumbers(text)).toEqual(foldedNumbers(text));
      }),
      { numRuns: 2000 },
    );
    // Nine plain digits and one that folds into a digit are still a number.
    expect(findPersonalIdentityNumbers('Plats 900101-00¹7')).toEqual(['900101-0017']);
    expect(findPersonalIdentityNumbers('Plats 900101-001７')).toEqual(['900101-0017']);
  });
});
