/**
 * better-sqlite3 is synchronous: if one connection held a write transaction open across an await (as
 * TypeORM's async transactions do) while another connection to the same file tried to write, the
 * second would block the event loop on the file lock and the first could never finish. So every write
 * transaction to the embedded file, from the event store or the read models, takes its turn here.
 */
let tail: Promise<unknown> = Promise.resolve();

export function inWriteTurn<T>(work: () => Promise<T> | T): Promise<T> {
  const next = tail.then(work, work);
  tail = next.catch(() => undefined);
  return next;
}
