import { createHash } from 'node:crypto';
import { z } from 'zod';
import { bilingual, englishTwin } from '../../../i18n/bilingual.js';
import { categoryFor } from '../entry-query.js';
import { situationEntrySchema, type EntryCategory, type SituationEntry } from '../entry.js';
import { parseCount, parsePeriodStart, parseSwedishDate } from './values.js';

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

/**
 * The same event, imported again from any file, gets the same key and is left out: the key is made of what the
 * row means (date, place, category, count, text), not how a file wrote it, so the same rows as CSV and as
 * XLSX are one and the same.
 */
export function rowKey(
  source: ImportSource,
  entry: Pick<SituationEntry, 'date' | 'area' | 'category' | 'description' | 'count'> & { preliminary?: boolean },
): string {
  const text = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  // A preliminary figure is not the final one, even when the numbers agree: the final row is imported and replaces it.
  const values = [
    source,
    entry.date,
    text(entry.area),
    entry.category,
    entry.count,
    text(entry.description),
    ...(entry.preliminary ? ['prel'] : []),
  ];
  return createHash('sha256').update(JSON.stringify(values)).digest('base64url').slice(0, 32);
}

const preliminaryWords = /^(prel|preliminär|preliminära|preliminary|p|ja|yes|true|1|x)\b/i;

const truthy = /^(ja|yes|true|1|x)$/i;

/**
 * Every row checked before anything is stored: the entries of a file that is whole, or the errors of
 * each row (row, column, why) for the person to fix.
 */
export function rowsToEntries(
  table: { columns: string[]; rows: string[][]; rowNumbers?: number[] },
  mapping: ImportMapping,
  context: { source: ImportSource; sourceName: string; categories: readonly EntryCategory[]; today: string },
): { entries: (SituationEntry & { importKey: string })[]; errors: RowError[] } {
  const entries: (SituationEntry & { importKey: string })[] = [];
  const errors: RowError[] = [];
  // Two identical rows in one file are two events; the second gets its own key, the same each time.
  const seen = new Map<string, number>();
  const name = (index: number | null) => (index === null ? '' : (table.columns[index] ?? `#${index + 1}`));
  for (const [index, raw] of table.rows.entries()) {
    // The row as the spreadsheet numbers it, empty rows and a title above the header counted.
    const row = table.rowNumbers?.[index] ?? index + 2;
    const cell = (i: number | null) => (i === null ? '' : (raw[i] ?? '').trim());
    const fail = (columnIndex: number | null, sv: string, en: string): void => {
      errors.push({ row, column: name(columnIndex), sv, en });
    };
    const date = parseSwedishDate(cell(mapping.date)) ?? parsePeriodStart(cell(mapping.date));
    if (!date) {
      fail(
        mapping.date,
        `”${cell(mapping.date)}” är inget datum eller period (ÅÅÅÅ-MM-DD, D/M/ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ K1)`,
        `“${cell(mapping.date)}” is not a date or period (YYYY-MM-DD, D/M/YYYY, YYYY-MM, YYYY Q1)`,
      );
      continue;
    }
    if (date > context.today) {
      fail(mapping.date, `datumet ${date} ligger i framtiden`, `the date ${date} is in the future`);
      continue;
    }
    const count = mapping.count === null ? 1 : parseCount(cell(mapping.count));
    if (count === undefined || count < 1) {
      fail(
        mapping.count,
        `”${cell(mapping.count)}” är inget heltal större än noll`,
        `“${cell(mapping.count)}” is not a whole number above zero`,
      );
      continue;
    }
    const word = cell(mapping.category);
    const category =
      mapping.category === null
        ? (mapping.fixedCategory ?? categoryFor('', context.categories))
        : (mapping.categoryValues[word] ?? categoryFor(word, context.categories));
    const parsed = situationEntrySchema.safeParse({
      date,
      area: cell(mapping.area),
      category,
      source: context.source,
      sourceName: context.sourceName,
      description: cell(mapping.description),
      newPhenomenon: truthy.test(cell(mapping.newPhenomenon)),
      count,
      preliminary: preliminaryWords.test(cell(mapping.preliminary)),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = String(issue.path[0]);
      const columnIndex =
        field === 'area'
          ? mapping.area
          : field === 'description'
            ? mapping.description
            : field === 'category'
              ? mapping.category
              : null;
      fail(columnIndex, issue.message, englishOf(issue.message));
      continue;
    }
    const key = rowKey(context.source, parsed.data);
    const earlier = seen.get(key) ?? 0;
    seen.set(key, earlier + 1);
    entries.push({ ...parsed.data, importKey: earlier === 0 ? key : `${key.slice(0, 28)}~${earlier}` });
  }
  return { entries, errors };
}

const englishOf = (sv: string) => englishTwin(sv) ?? sv;
