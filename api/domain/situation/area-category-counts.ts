/** One place's count of one category: what the map shows when a single category is chosen. */
export interface AreaCategoryCount {
  area: string;
  category: string;
  count: number;
}

/** Counts per area and category (each entry weighs its count), most first; the same sums the tables make. */
export function areaCategoryCounts(
  entries: readonly { area: string; category: string; count: number }[],
): AreaCategoryCount[] {
  const sums = new Map<string, AreaCategoryCount>();
  for (const entry of entries) {
    const key = `${entry.area}\u0000${entry.category}`;
    const row = sums.get(key) ?? { area: entry.area, category: entry.category, count: 0 };
    row.count += entry.count;
    sums.set(key, row);
  }
  return [...sums.values()].sort(
    (a, b) => b.count - a.count || a.area.localeCompare(b.area, 'sv') || a.category.localeCompare(b.category, 'sv'),
  );
}
