type Fields = Record<string, unknown>;

/** The things people change in the app whose history anyone entitled to read them may read. */
export const historyKinds = ['entry', 'action', 'planPart', 'report', 'agreement', 'council', 'template'] as const;
export type HistoryKind = (typeof historyKinds)[number];

/** One field as it was before a change and after it, as text an auditor reads. */
export interface HistoryChange {
  field: string;
  before: string;
  after: string;
}

/** Who changed what and when: the first version is the item's creation, each later one its changed fields. */
export interface HistoryEntry {
  at: string;
  by: string;
  action: 'created' | 'changed';
  changes: HistoryChange[];
}

const asText = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

/** The item's versions as changes, newest first; a field left out of `shown` (the app's bookkeeping) is not listed. */
export function historyOf(
  versions: readonly { at: string; by: string; fields: Fields }[],
  shown: (field: string) => boolean = () => true,
): HistoryEntry[] {
  const entries = versions.map((version, index): HistoryEntry => {
    const before: Fields = index === 0 ? {} : versions[index - 1]!.fields;
    const changes = Object.keys({ ...before, ...version.fields })
      .filter(shown)
      .map((field) => ({ field, before: asText(before[field]), after: asText(version.fields[field]) }))
      .filter((change) => change.before !== change.after);
    return { at: version.at, by: version.by, action: index === 0 ? 'created' : 'changed', changes };
  });
  return entries.filter((entry) => entry.action === 'created' || entry.changes.length > 0).reverse();
}

/** What a spreadsheet may run as a formula at a cell's start (OWASP's list: = + - @, tab and carriage return). */
const formulaStart = /^[=+\-@\t\r]/;

/** The history as CSV for an auditor: one row per changed field, semicolons as Swedish Excel reads them. */
export function historyCsv(entries: readonly (HistoryEntry & { byName: string })[]): string {
  const cell = (text: string) =>
    /[;"\n\r]/.test(text) || formulaStart.test(text)
      ? `"${(formulaStart.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`
      : text;
  const rows = [['Tidpunkt', 'Vem', 'Händelse', 'Fält', 'Före', 'Efter']];
  for (const entry of entries) {
    const action = entry.action === 'created' ? 'Skapad' : 'Ändrad';
    if (entry.changes.length === 0) rows.push([entry.at, entry.byName, action, '', '', '']);
    for (const change of entry.changes)
      rows.push([entry.at, entry.byName, action, change.field, change.before, change.after]);
  }
  return `\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
