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

/** At most this many counted places are offered: the most counted, which a datalist still shows quickly. */
export const offeredPlacesLimit = 500;

/**
 * The places to offer when an entry is written, so a place is written as before and counted as one: the
 * map's areas as the map names them, then the counted places no area names already (each under its most
 * counted spelling, the most counted first), in Swedish order.
 */
export function knownPlaces(
  counted: readonly { area: string; count: number }[],
  areaNames: readonly string[],
): string[] {
  const byKey = new Map<string, string>();
  for (const name of areaNames) byKey.set(nameKey(name), name);
  const totals = new Map<string, number>();
  for (const { area, count } of withPlacesAlike(counted))
    if (area.trim() !== '') totals.set(area, (totals.get(area) ?? 0) + count);
  const mostCounted = [...totals].sort((a, b) => b[1] - a[1]).slice(0, offeredPlacesLimit);
  for (const [area] of mostCounted) if (!byKey.has(nameKey(area))) byKey.set(nameKey(area), area);
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'sv'));
}
