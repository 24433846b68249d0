import { situationEntriesList } from '../repositories/situation-entry-repository.js';
import { countableFields } from '../repositories/situation-count-repository.js';
import { queryAll, type StoragePort, type StoredItem } from '../store/port.js';
import type { SituationEntry } from '../domain/situation/entry.js';

const periodKey = (fields: { date: unknown; area: unknown; category: unknown }) =>
  JSON.stringify([fields.date, fields.area, fields.category]);

/**
 * Brå's preliminary figures that final ones replace: stored preliminary Brå entries of the same period,
 * place and category as a final row being imported. Two indexed filters, whatever the list's size.
 */
export async function supersededPreliminary(
  store: StoragePort,
  rows: readonly Pick<SituationEntry, 'date' | 'area' | 'category' | 'source' | 'preliminary'>[],
): Promise<StoredItem[]> {
  const finals = new Set(rows.filter((row) => row.source === 'bra' && !row.preliminary).map(periodKey));
  if (finals.size === 0) return [];
  const preliminary = await queryAll(store, situationEntriesList, {
    filters: [
      { field: 'source', op: 'eq', value: 'bra' },
      { field: 'preliminary', op: 'eq', value: true },
    ],
    select: countableFields,
    top: 500,
  });
  return preliminary.filter((item) =>
    finals.has(periodKey(item.fields as { date: unknown; area: unknown; category: unknown })),
  );
}
