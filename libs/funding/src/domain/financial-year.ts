import type { IsoDate } from '@send/statutory';

/** An English public-sector financial year, 1 April to 31 March, written '2025-26'. */
export type FinancialYear = string;

const SHAPE = /^(\d{4})-(\d{2})$/;

/** 2025-03-31 → '2024-25'; 2025-04-01 → '2025-26'. Reads the date as written: it is already a date in England. */
export function financialYearOf(date: IsoDate): FinancialYear {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const start = month >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** '2025-26' but not '2025-27' or '2025-2026'. */
export function isFinancialYear(value: unknown): value is FinancialYear {
  const m = typeof value === 'string' ? SHAPE.exec(value) : null;
  return m !== null && (Number(m[1]) + 1) % 100 === Number(m[2]);
}

export function financialYearBounds(year: FinancialYear): { from: IsoDate; to: IsoDate } {
  const start = Number(year.slice(0, 4));
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}
