/** The years the product keeps a cycle, a plan or a lägesbild for: any address outside them names nothing. */
export const servedYears = { first: 2000, last: 2100 } as const;

/** A year as an address writes it ("2026"), when it is one of the served years. */
export function servedYearOf(text: string | undefined): number | undefined {
  if (!text || !/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= servedYears.first && year <= servedYears.last ? year : undefined;
}
