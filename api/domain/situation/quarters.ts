/** The year's quarters: their days, and the one before. */
export type Quarter = 1 | 2 | 3 | 4;

export interface Period {
  year: number;
  quarter: Quarter;
  from: string;
  to: string;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function quarterPeriod(year: number, quarter: Quarter): Period {
  const firstMonth = (quarter - 1) * 3 + 1;
  const endMonth = firstMonth + 2;
  return {
    year,
    quarter,
    from: `${year}-${String(firstMonth).padStart(2, '0')}-01`,
    to: `${year}-${String(endMonth).padStart(2, '0')}-${lastDay(year, endMonth)}`,
  };
}

export function previousQuarter(year: number, quarter: Quarter): { year: number; quarter: Quarter } {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as Quarter };
}
