import { type IsoDate, isIsoDate } from '@send/statutory';

/**
 * Another context's event data, read field by field. Contexts share no code, only event names and
 * fields (docs/architecture.md "Contexts"), so a process manager never casts
 * another context's data to a type: a field that is missing or of another kind reads as undefined.
 */
export interface EventData {
  text(field: string): string | undefined;
  number(field: string): number | undefined;
  /** The first of these fields holding a real date, YYYY-MM-DD. */
  date(...fields: string[]): IsoDate | undefined;
}

export function eventData(data: unknown): EventData {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const field = (name: string) => (Object.hasOwn(record, name) ? record[name] : undefined);
  return {
    text: (name) => {
      const value = field(name);
      return typeof value === 'string' ? value : undefined;
    },
    number: (name) => {
      const value = field(name);
      return typeof value === 'number' ? value : undefined;
    },
    date: (...names) => names.map(field).find(isIsoDate),
  };
}
