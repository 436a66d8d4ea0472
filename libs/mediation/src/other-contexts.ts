import { isIsoDate, type IsoDate } from '@send/statutory';

/**
 * The first of these fields of another context's event data holding a real date. Other contexts'
 * events are read as data, never through their code (architecture.md: contexts talk through events).
 */
export function dateIn(data: unknown, ...fields: string[]): IsoDate | undefined {
  const record = (data ?? {}) as Record<string, unknown>;
  return fields.map((f) => record[f]).find(isIsoDate);
}
