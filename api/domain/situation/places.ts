import { nameKey } from '../names.js';

/**
 * Counted entries with a place written in several ways (Torget, torget, TORGET) under one spelling: the one
 * counted most, then the first in Swedish order. A table or a map then shows the place once, with its whole
 * count, whichever way people and files wrote it.
 */
export function withPlacesAlike<T extends { area: string; count: number }>(entries: readonly T[]): readonly T[] {
  const spellings = new Map<string, Map<string, number>>();
  for (const entry of entries) {
    const key = nameKey(entry.area);
    const counts = spellings.get(key) ?? new Map<string, number>();
    counts.set(entry.area, (counts.get(entry.area) ?? 0) + entry.count);
    spellings.set(key, counts);
  }
  if ([...spellings.values()].every((counts) => counts.size === 1)) return entries;
  const shown = new Map<string, string>();
  for (const [key, counts] of spellings)
    shown.set(key, [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'sv'))[0]![0]);
  return entries.map((entry) => {
    const area = shown.get(nameKey(entry.area))!;
    return area === entry.area ? entry : { ...entry, area };
  });
}
