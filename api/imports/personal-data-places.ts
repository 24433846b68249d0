import { containsPersonalIdentityNumber } from '../domain/personal-data.js';

/**
 * Where a file holds a personal identity number: a row as the spreadsheet numbers it, a column by its index
 * (a letter to the person) or, in the police feed, by its field, and a sheet other than the one read.
 */
export interface PersonalDataPlace {
  row: number;
  column: number | string;
  sheet?: string;
  /** The number is in a sheet's name (its index): the name is kept in the file as much as any cell. */
  sheetName?: number;
}

/** The places a file holds numbers in, the first `placesKept` of them by place, and how many in all. */
export interface PersonalDataFound {
  places: PersonalDataPlace[];
  count: number;
}

/** As many as a refusal lists, like the rows an import's check lists. */
export const placesKept = 200;

export const nothingFound = (): PersonalDataFound => ({ places: [], count: 0 });

function add(found: PersonalDataFound, place: PersonalDataPlace): void {
  found.count += 1;
  if (found.places.length < placesKept) found.places.push(place);
}

/**
 * Scans each cell of a row on its own, never the row as one text: a date in one cell and four digits in the
 * next (`20260314`, `1234`) are no number. Every cell of the file passes here, above the header and on every
 * sheet, since the file is kept as it came.
 */
export function scanCells(found: PersonalDataFound, cells: readonly string[], row: number, sheet?: string): void {
  for (let column = 0; column < cells.length; column += 1) {
    if (containsPersonalIdentityNumber(cells[column]!))
      add(found, sheet === undefined ? { row, column } : { row, column, sheet });
  }
}

/** Sheet names are kept in the workbook too. */
export function scanSheetNames(found: PersonalDataFound, names: readonly string[]): void {
  names.forEach((name, index) => {
    if (containsPersonalIdentityNumber(name)) add(found, { row: 0, column: 0, sheetName: index });
  });
}

/** Every text and number in a JSON value (an event of the police feed), its field named by its path. */
export function scanJson(found: PersonalDataFound, value: unknown, row: number, path = ''): void {
  if (typeof value === 'string' || typeof value === 'number') {
    if (containsPersonalIdentityNumber(String(value))) add(found, { row, column: path || 'värde' });
  } else if (value !== null && typeof value === 'object') {
    // An array's entries are its indexes: `involved.0.id`.
    for (const [key, item] of Object.entries(value)) scanJson(found, item, row, path ? `${path}.${key}` : key);
  }
}

/** A spreadsheet's name for a column: 0 is A, 25 is Z, 26 is AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
