import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { containsPersonalIdentityNumber, freeText } from './personal-data.js';
import { foldForScan, isWellFormedText, shownInput, storableText, xmlSafe } from './text-policy.js';

/** A valid personal identity number (or, with `coordination`, samordningsnummer: day + 60) for a date. */
function identityNumber(date: Date, serial: number, coordination: boolean, checkOffset = 0) {
  const [year, month, day] = date.toISOString().slice(0, 10).split('-') as [string, string, string];
  const shownDay = String(Number(day) + (coordination ? 60 : 0)).padStart(2, '0');
  const base = `${year.slice(2)}${month}${shownDay}${String(serial).padStart(3, '0')}`;
  const luhn = [...base].reduce((sum, digit, i) => {
    const n = Number(digit) * (i % 2 === 0 ? 2 : 1);
    return sum + (n > 9 ? n - 9 : n);
  }, 0);
  const check = (((10 - (luhn % 10)) % 10) + checkOffset) % 10;
  return { century: year.slice(0, 2), date: base.slice(0, 6), serial: `${base.slice(6)}${check}` };
}

const separators = [
  '',
  '-',
  ' ',
  ' - ',
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2212',
  '\uFE63',
  '\uFF0D',
  '\u00A0',
  '\u2007',
  '\u2009',
  '\u202F',
  '\u3000',
  '\t',
  '\u00A0\u2013\u00A0',
  '.',
  '/',
  ' / ',
  '_',
  ':',
];
/** The date in parts, as in `1985-07-09` or `85 07 09`. */
const dateSeparators = ['', '-', '.', ' '];
/** Marks that sit on a digit without changing it: a combining tilde, a variation selector, a keycap. */
const marks = ['\u0303', '\uFE0F', '\uFE0F\u20E3'];
const invisibles = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F'];
const fullWidth = (text: string) => text.replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
const arabicIndic = (text: string) => text.replace(/\d/g, (d) => String.fromCodePoint(0x0660 + Number(d)));

const variant = fc.record({
  date: fc.date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true }),
  serial: fc.integer({ min: 1, max: 999 }),
  coordination: fc.boolean(),
  long: fc.boolean(),
  separator: fc.constantFrom(...separators),
  dateSeparator: fc.constantFrom(...dateSeparators),
  mark: fc.option(fc.record({ char: fc.constantFrom(...marks), after: fc.nat() }), { nil: undefined }),
  digits: fc.constantFrom<(t: string) => string>((t) => t, fullWidth, arabicIndic),
  invisible: fc.option(fc.record({ char: fc.constantFrom(...invisibles), at: fc.nat() }), { nil: undefined }),
  context: fc.constantFrom(['', ''], ['Ungdom ', ' syntes'], ['(', ')'], ['nr:', '.']),
});

type Variant = typeof variant extends fc.Arbitrary<infer T> ? T : never;

function write(v: Variant, checkOffset = 0): string {
  const number = identityNumber(v.date, v.serial, v.coordination, checkOffset);
  const date = [
    `${v.long ? number.century : ''}${number.date.slice(0, 2)}`,
    number.date.slice(2, 4),
    number.date.slice(4),
  ];
  let text = v.digits(date.join(v.dateSeparator)) + v.separator + v.digits(number.serial);
  if (v.mark) {
    const at = (v.mark.after % text.length) + 1;
    text = `${text.slice(0, at)}${v.mark.char}${text.slice(at)}`;
  }
  if (v.invisible) {
    const at = v.invisible.at % (text.length + 1);
    text = `${text.slice(0, at)}${v.invisible.char}${text.slice(at)}`;
  }
  return `${v.context[0]}${text}${v.context[1]}`;
}

describe('the text policy', () => {
  it('finds a personal identity or coordination number however it is written', () => {
    fc.assert(
      fc.property(variant, (v) => containsPersonalIdentityNumber(write(v))),
      { numRuns: 2000 },
    );
  });

  it('leaves the same numbers with a wrong check digit alone, however they are written', () => {
    fc.assert(
      fc.property(
        variant,
        fc.integer({ min: 1, max: 9 }),
        (v, offset) => !containsPersonalIdentityNumber(write(v, offset)),
      ),
      { numRuns: 2000 },
    );
  });

  it('names the examples the adversarial run found', () => {
    for (const text of [
      '850709 9805',
      '19850709 9805',
      '850709–9805',
      '850709\u00A09805',
      '8507\u200B09-9805',
      '８５０７０９－９８０５',
      '850769-9802',
    ]) {
      expect(containsPersonalIdentityNumber(text), JSON.stringify(text)).toBe(true);
    }
    for (const text of [
      'Ring 0583-810 00',
      'Den 2026-11-24 kl 22',
      '070-123 45 67',
      'Dnr KS 2026/123',
      '850709 9806',
    ]) {
      expect(containsPersonalIdentityNumber(text), text).toBe(false);
    }
  });

  it('keeps right-to-left text and its marks, and removes the controls that would turn text around', () => {
    expect(storableText('Rapport\u202Efdp.exe')).toBe('Rapportfdp.exe');
    expect(storableText('a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i')).toBe('abcdefghi');
    expect(storableText('مركز الشباب \u200Fفي\u200E Askersund')).toBe('مركز الشباب \u200Fفي\u200E Askersund');
    const field = z.object({ text: freeText(100) });
    expect(field.parse({ text: 'Torget \u202Egnimmälpso' }).text).toBe('Torget gnimmälpso');
  });

  it('folds look-alike characters for scanning only', () => {
    expect(foldForScan('１２\u200B–\u00A034')).toBe('12- 34');
  });

  it('removes characters XML cannot hold and refuses a lone surrogate', () => {
    expect(xmlSafe('a\uFFFEb\uFFFFc\u0000d\u0008e\tf\ng')).toBe('abcde\tf\ng');
    expect(isWellFormedText('ok 😀')).toBe(true);
    expect(isWellFormedText('bad \uD83D end')).toBe(false);
    expect(isWellFormedText('bad \uDE00 end')).toBe(false);
    const field = z.object({ text: freeText(100) });
    expect(field.parse({ text: 'Trygg\uFFFE plats' }).text).toBe('Trygg plats');
    const refused = field.safeParse({ text: 'x \uD800 y' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/surrogat/);
  });

  it('quotes what the caller sent on one short line, without controls that would turn it around', () => {
    expect(shownInput('Torget')).toBe('Torget');
    expect(shownInput('x'.repeat(5_000))).toBe(`${'x'.repeat(59)}…`);
    expect(shownInput('😀'.repeat(100), 10)).toBe(`${'😀'.repeat(9)}…`);
    expect(shownInput(' rad ett\r\nrad\u2028två\t ')).toBe('rad ett rad två');
    expect(shownInput('fil\u202Etxt.exe')).toBe('filtxt.exe');
    expect(shownInput('a\uD800b\u0000c')).toBe('a\uFFFDbc');
  });
});
