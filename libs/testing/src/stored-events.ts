import type { StoredEvent } from '@send/kernel';

let position = 0n;

/**
 * A stored event as a projection or a process manager receives it, for tests that feed them by hand. Each call
 * takes the next position (and, unless given, that number as its revision); the envelope is a fixed, valid
 * one for case c1 of LA 202 in an assessment stream. Hash and actor are placeholders: nothing here verifies them.
 */
export function storedEvent(
  type: string,
  data: unknown,
  envelope: Partial<Omit<StoredEvent, 'type' | 'data'>> = {},
): StoredEvent {
  position += 1n;
  return {
    id: `e${position}`,
    type,
    schemaVersion: 1,
    streamId: 'assessment-c1',
    revision: Number(position),
    position,
    caseId: 'c1',
    la: '202',
    occurredAt: '2024-02-29',
    recordedAt: '2026-01-01T00:00:00.000Z',
    actor: { id: 'u', role: 'caseworker' },
    correlationId: 'k',
    causationId: 'k',
    data,
    hash: 'h',
    prevHash: 'p',
    ...envelope,
  };
}
