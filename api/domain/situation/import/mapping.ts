import { hash } from 'node:crypto';
import { z } from 'zod';
import { bilingual, englishTwin } from '../../../i18n/bilingual.js';
import { issueText } from '../../../i18n/zod-issue-text.js';
import { categoryFor } from '../entry-query.js';
import { situationEntrySchema, type EntryCategory, type SituationEntry } from '../entry.js';
import { isMissingDay, parseCount, parsePeriodStart, parseSwedishDate } from './values.js';
import { atOnce } from '../../steps.js';
import { datedYears, isDatedYear } from '../../calendar-date.js';
import { shownInput } from '../../text-policy.js';
import { containsPersonalIdentityNumber } from '../../personal-identity-numbers.js';
import { textLimits } from '../../text-limits.js';

const column = z.number().int().min(0).max(200);

/** Which column holds what, and how the file's category words become the municipality's categories. */
export const importMappingSchema = z.object({
  date: column,
  area: column,
  category: column.nullable().default(null),
  description: column.nullable().default(null),
  count: column.nullable().default(null),
  /** For files without a category column: one category for every row. */
  fixedCategory: z.string().nullable().default(null),
  /** The file's word → a category id; words not listed are matched by name, else "övrigt". */
  categoryValues: z.record(z.string(), z.string()).default({}),
  newPhenomenon: column.nullable().default(null),
  /** Brå's "Preliminär"/"Slutlig": a row marked preliminary is replaced when the final figures come. */
  preliminary: column.nullable().default(null),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importSourceSchema = z.enum(['est', 'police', 'bra', 'other'], {
  error: bilingual('välj källa: est, police, bra eller other', 'choose the source: est, police, bra or other'),
});
export type ImportSource = z.infer<typeof importSourceSchema>;

export interface RowError {
  /** As the spreadsheet numbers it: the header is row 1. */
  row: number;
  column: string;
  sv: string;
  en: string;
}

const guesses: {
  field: keyof Pick<ImportMapping, 'date' | 'area' | 'category' | 'description' | 'count' | 'preliminary'>;
  names: RegExp;
}[] = [
  { field: 'date', names: /^(datum|date|datetime|händelsedatum|tidpunkt|inrapporterad|period|månad|kvartal)/i },
  { field: 'area', names: /^(plats|område|omrade|location\.name|adress|place|area|ort|kommundel)/i },
  { field: 'category', names: /^(kategori|category|type|typ|brottstyp|händelsetyp|brottskategori)/i },
  // The police feed's summary says what happened; its name is only the headline.
  { field: 'description', names: /^(beskrivning|description|summary|text|händelse|kommentar)$/i },
  { field: 'description', names: /^name$/i },
  { field: 'count', names: /^(antal|count|anmälda|number)/i },
  { field: 'preliminary', names: /^(status|prel|preliminär|statistiktyp)/i },
];

/** A first mapping from the column names, for the person to check in the preview. */
export function suggestMapping(columns: readonly string[]): Partial<ImportMapping> {
  const mapping: Partial<ImportMapping> = {};
  for (const { field, names } of guesses) {
    if (mapping[field] !== undefined) continue;
    const index = columns.findIndex((name, i) => names.test(name.trim()) && !Object.values(mapping).includes(i));
    if (index >= 0) mapping[field] = index;
  }
  return mapping;
}

/** Text as the key sees it: composed, spaces as one, lower case. Plain text of single spaces is that already but for case. */
function keyText(value: string): string {
  if (plainText.test(value) && !value.includes('  ')) return value.trim().toLowerCase();
  return value.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}
const plainText = /^[\x20-\x7E\u00C0-\u00FF]*$/;

/**
 * The same event, imported again from any file, gets the same key and is left out: the key is made of what the
 * row means (date, place, category, count, text), not how a file wrote it, so the same rows as CSV and as
 * XLSX are one and the same.
 */
export function rowKey(
  source: ImportSource,
  entry: Pick<SituationEntry, 'date' | 'area' | 'category' | 'description' | 'count'> & { preliminary?: boolean },
): string {
  // A preliminary figure is not the final one, even when the numbers agree: the final row is imported and replaces it.
  const values = [
    source,
    entry.date,
    keyText(entry.area),
    entry.category,
    entry.count,
    keyText(entry.description),
    ...(entry.preliminary ? ['prel'] : []),
  ];
  return hash('sha256', JSON.stringify(values), 'base64url').slice(0, 32);
}

const preliminaryWords = /^(prel|preliminär|preliminära|preliminary|p|ja|yes|true|1|x)\b/i;

const truthy = /^(ja|yes|true|1|x)$/i;

type ImportedEntry = SituationEntry & { importKey: string };
type Checked<T> = { value: T } | { message: string; messageEn: string };

function checkedBy<T>(schema: z.ZodType<T>, value: unknown): Checked<T> {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return { value: parsed.data };
  const { sv, en } = issueText(parsed.error.issues[0]!);
  return { message: sv, messageEn: en };
}

/** A field's own schema, its answer kept for each value: a file repeats its places and categories thousands of times. */
function fieldChecker<T>(schema: z.ZodType<T>): (value: unknown) => Checked<T> {
  const known = new Map<unknown, Checked<T>>();
  return (value) => {
    let checked = known.get(value);
    if (!checked) {
      checked = checkedBy(schema, value);
      if (known.size < 10_000) known.set(value, checked);
    }
    return checked;
  };
}

const fields = situationEntrySchema.shape;

type MappedRows = { entries: ImportedEntry[]; errors: RowError[] };
type MappingContext = { source: ImportSource; sourceName: string; categories: readonly EntryCategory[]; today: string };

/**
 * Every row checked before anything is stored: the entries of a file that is whole, or the errors of
 * each row (row, column, why) for the person to fix. Each row meets the entry's schema field by field, in its
 * order, so the first fault named is the one the whole schema names; what every row shares is checked once.
 */
export function rowsToEntries(
  table: { columns: string[]; rows: string[][]; rowNumbers?: number[] },
  mapping: ImportMapping,
  context: MappingContext,
): MappedRows {
  return atOnce(rowsToEntriesInSteps(table, mapping, context));
}

/** Rows between two steps: some tens of milliseconds of work. */
const rowsPerStep = 10_000;

/** rowsToEntries, pausing every `rowsPerStep` rows, so a server can answer other requests in between. */
export function* rowsToEntriesInSteps(
  table: { columns: string[]; rows: string[][]; rowNumbers?: number[] },
  mapping: ImportMapping,
  context: MappingContext,
): Generator<void, MappedRows, void> {
  const entries: ImportedEntry[] = [];
  const errors: RowError[] = [];
  // Two identical rows in one file are two events; the second gets its own key, the same each time.
  const seen = new Map<string, number>();
  // The file's own header text, quoted shortly in the message.
  const name = (index: number | null) =>
    index === null ? '' : shownInput(table.columns[index] ?? `#${index + 1}`, 40);
  const shared = situationEntrySchema.parse({
    date: context.today,
    area: '-',
    category: '-',
    source: context.source,
    sourceName: context.sourceName,
  });
  const checkArea = fieldChecker(fields.area);
  const checkCategory = fieldChecker(fields.category);
  // Each row's own text: nothing to keep for the next row.
  const checkDescription = (value: string): Checked<string> =>
    plainDescription(value) ? { value } : checkedBy(fields.description, value);
  const checkCount = fieldChecker(fields.count);
  const categoryOf = new Map<string, string>();
  // An export has many rows a day: each date's text is read once.
  const dateOf = new Map<string, string | null>();
  const fail = (row: number, columnIndex: number | null, sv: string, en = englishOf(sv)): void => {
    errors.push({ row, column: name(columnIndex), sv, en });
  };
  for (let index = 0; index < table.rows.length; index += 1) {
    if (index > 0 && index % rowsPerStep === 0) yield;
    const raw = table.rows[index]!;
    // The row as the spreadsheet numbers it, empty rows and a title above the header counted.
    const row = table.rowNumbers?.[index] ?? index + 2;
    const dateText = cellOf(raw, mapping.date);
    let date = dateOf.get(dateText);
    if (date === undefined) {
      date = parseSwedishDate(dateText) ?? parsePeriodStart(dateText) ?? null;
      dateOf.set(dateText, date);
    }
    if (!date && isMissingDay(dateText)) {
      fail(
        row,
        mapping.date,
        `”${shownInput(dateText)}”: datumet finns inte i kalendern`,
        `“${shownInput(dateText)}”: the date does not exist in the calendar`,
      );
      continue;
    }
    if (!date) {
      fail(
        row,
        mapping.date,
        `”${shownInput(dateText)}” är inget datum eller period (ÅÅÅÅ-MM-DD, D/M/ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ K1)`,
        `“${shownInput(dateText)}” is not a date or period (YYYY-MM-DD, D/M/YYYY, YYYY-MM, YYYY Q1)`,
      );
      continue;
    }
    if (!isDatedYear(date)) {
      fail(
        row,
        mapping.date,
        `datumet ${date} ligger utanför åren ${datedYears.first}–${datedYears.last}`,
        `the date ${date} is outside the years ${datedYears.first}–${datedYears.last}`,
      );
      continue;
    }
    if (date > context.today) {
      fail(row, mapping.date, `datumet ${date} ligger i framtiden`, `the date ${date} is in the future`);
      continue;
    }
    const countText = cellOf(raw, mapping.count);
    const count = mapping.count === null ? 1 : parseCount(countText);
    if (count === undefined || count < 1) {
      fail(
        row,
        mapping.count,
        `”${shownInput(countText)}” är inget heltal större än noll`,
        `“${shownInput(countText)}” is not a whole number above zero`,
      );
      continue;
    }
    const word = cellOf(raw, mapping.category);
    let category = categoryOf.get(word);
    if (category === undefined) {
      category =
        mapping.category === null
          ? (mapping.fixedCategory ?? categoryFor('', context.categories))
          : (mapping.categoryValues[word] ?? categoryFor(word, context.categories));
      categoryOf.set(word, category);
    }
    const area = checkArea(cellOf(raw, mapping.area));
    if ('message' in area) {
      fail(row, mapping.area, area.message, area.messageEn);
      continue;
    }
    const categoryId = checkCategory(category);
    if ('message' in categoryId) {
      fail(row, mapping.category, categoryId.message, categoryId.messageEn);
      continue;
    }
    const description = checkDescription(cellOf(raw, mapping.description));
    if ('message' in description) {
      fail(row, mapping.description, description.message, description.messageEn);
      continue;
    }
    const counted = checkCount(count);
    if ('message' in counted) {
      fail(row, null, counted.message, counted.messageEn);
      continue;
    }
    const entry: ImportedEntry = {
      ...shared,
      date,
      area: area.value,
      category: categoryId.value,
      description: description.value,
      newPhenomenon: truthy.test(cellOf(raw, mapping.newPhenomenon)),
      count: counted.value,
      preliminary: preliminaryWords.test(cellOf(raw, mapping.preliminary)),
      importKey: '',
    };
    const key = rowKey(context.source, entry);
    const earlier = seen.get(key) ?? 0;
    seen.set(key, earlier + 1);
    entry.importKey = earlier === 0 ? key : `${key.slice(0, 28)}~${earlier}`;
    entries.push(entry);
  }
  return { entries, errors };
}

/**
 * A description the entry's schema keeps as it is: printable Latin-1 text with nothing to trim, remove or refuse
 * (no lone surrogate, control or bidi character can be in it), within the limit and without a personal
 * identity number. Any other text meets the schema itself, which names the fault; the answer is the same.
 */
function plainDescription(value: string): boolean {
  return (
    value.length <= textLimits.description &&
    plainText.test(value) &&
    value.charCodeAt(0) !== 32 &&
    value.charCodeAt(value.length - 1) !== 32 &&
    !containsPersonalIdentityNumber(value)
  );
}

function cellOf(raw: readonly string[], index: number | null): string {
  return index === null ? '' : (raw[index] ?? '').trim();
}

const englishOf = (sv: string) => englishTwin(sv) ?? sv;
