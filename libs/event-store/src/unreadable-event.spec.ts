import type { StoredEvent } from '@send/kernel';
import { UnreadableEventError, readAllRows, readRows } from './unreadable-event.js';

type Row = { stream_id: string; revision: number; position: number; data: string };
const row = (revision: number, data: string): Row => ({ stream_id: 's-1', revision, position: 10 + revision, data });
const toStored = (r: Row) => ({ revision: r.revision, data: JSON.parse(r.data) }) as unknown as StoredEvent;

describe('reading rows that may be damaged', () => {
  const rows = [row(0, '{}'), row(1, '{}'), row(2, '{bad'), row(3, '{}')];

  it('readRows throws at the damaged row, naming stream, revision and position, with the events before it', () => {
    let error: unknown;
    try {
      readRows(rows, toStored);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnreadableEventError);
    expect(error).toMatchObject({ streamId: 's-1', revision: 2, position: 12n, problem: 'SyntaxError' });
    expect((error as UnreadableEventError).before.map((e) => e.revision)).toEqual([0, 1]);
    expect((error as Error).message).not.toContain('{bad');
  });

  it('readAllRows delivers what comes before the damage and throws only when the damage comes first', () => {
    expect(readAllRows(rows, toStored).map((e) => e.revision)).toEqual([0, 1]);
    expect(() => readAllRows(rows.slice(2), toStored)).toThrow(UnreadableEventError);
    expect(readAllRows([row(0, '{}')], toStored)).toHaveLength(1);
  });
});
