import { type EventRecord, canonicalEvent } from '@send/kernel';
import type { StoredRow } from '../store-copy/store-copy.port.js';

/**
 * One line of a case export (docs/audit-export.md): the event's envelope as stored, the canonical text its
 * hash was computed over, and its place in the chain. An unreadable row is exported as such, so that a
 * checker reading the file fails at it rather than never learning it was there.
 */
export type ExportLine =
  | {
      readonly position: string;
      readonly envelope: EventRecord;
      readonly canonical: string;
      readonly hash: string;
      readonly prevHash: string;
    }
  | {
      readonly position: string;
      readonly streamId: string;
      readonly revision: number;
      readonly unreadable: string;
    };

export function exportLine(row: StoredRow): ExportLine {
  switch (row.type) {
    case 'event': {
      const { position, ...envelope } = row.event;
      return {
        position: position.toString(),
        envelope,
        canonical: canonicalEvent(envelope),
        hash: envelope.hash,
        prevHash: envelope.prevHash,
      };
    }
    case 'unreadable':
      return { position: row.position.toString(), streamId: row.streamId, revision: row.revision, unreadable: row.problem };
    default: {
      const unknown: never = row;
      throw new Error(`unknown row ${JSON.stringify(unknown)}`);
    }
  }
}

/** The export of a case's streams as JSON Lines: stream by stream, each in revision order. */
export function exportJsonLines(streams: readonly (readonly StoredRow[])[]): string[] {
  return streams.flat().map((row) => JSON.stringify(exportLine(row)));
}
