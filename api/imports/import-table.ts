import type { PersonalDataFound } from './personal-data-places.js';

/** Any imported file as columns and rows of text; row 1 is the header, as a spreadsheet shows it. */
export interface ImportTable {
  format: 'csv' | 'xlsx' | 'police-json';
  encoding?: string;
  columns: string[];
  rows: string[][];
  /** Each row's number as the spreadsheet or text editor shows it (empty rows and a sep= line counted). */
  rowNumbers?: number[];
  /** Rows left out because they held nothing but empty cells (as Excel writes ;;;;). */
  skippedEmptyRows?: number;
  /** A workbook's sheet names, and which one (0-based) was read. */
  sheets?: string[];
  sheet?: number;
  /** The header's row number as the spreadsheet shows it, and the first rows with something in them, to choose another. */
  headerRow?: number;
  leadingRows?: { number: number; cells: string[] }[];
  /** Where the file, read whole (every row and sheet), holds a personal identity number. */
  personalData?: PersonalDataFound;
}

/** Which sheet and which row is the header, when the person chose rather than the reader guessed. */
export interface TableShape {
  /** 0-based index of the workbook's sheet. */
  sheet?: number;
  /** The header's row number as the spreadsheet shows it. */
  headerRow?: number;
}
