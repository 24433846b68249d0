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
}
