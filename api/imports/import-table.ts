/** Any imported file as columns and rows of text; row 1 is the header, as a spreadsheet shows it. */
export interface ImportTable {
  format: 'csv' | 'xlsx' | 'police-json';
  encoding?: string;
  columns: string[];
  rows: string[][];
}
