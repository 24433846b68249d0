export interface Filters {
  from: string;
  to: string;
  category: string;
  area: string;
  source: string;
  onlyNew: boolean;
  q: string;
}

export const noFilters: Filters = { from: '', to: '', category: '', area: '', source: '', onlyNew: false, q: '' };
export const pageSize = 50;

/** The entries route's query string for the filters applied and the number of entries shown. */
export function entryQuery(applied: Filters, limit: number): string {
  const query = new URLSearchParams({ limit: String(limit) });
  if (applied.from) query.set('from', applied.from);
  if (applied.to) query.set('to', applied.to);
  if (applied.category) query.set('category', applied.category);
  if (applied.area.trim()) query.set('area', applied.area.trim());
  if (applied.source) query.set('source', applied.source);
  if (applied.onlyNew) query.set('newPhenomenon', 'true');
  if (applied.q.trim()) query.set('q', applied.q.trim());
  return query.toString();
}
