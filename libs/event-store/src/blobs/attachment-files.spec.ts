import type { StoredEvent } from '@send/kernel';
import { AttachmentLedger } from './attachment-files.js';

const event = (type: string, caseId: string, recordedAt: string, data: object): StoredEvent =>
  ({ type, data, caseId, streamId: `ehcp-${caseId}`, recordedAt }) as unknown as StoredEvent;
const added = (caseId: string, attachmentId: string, recordedAt: string) =>
  event('AttachmentAdded', caseId, recordedAt, {
    attachmentId,
    sha256: 'a'.repeat(64),
    mediaType: 'image/png',
    size: 3,
    addedBy: 'cw',
    addedOn: recordedAt.slice(0, 10),
  });
const erasure = (caseId: string, recordedAt: string) =>
  event('PersonalDataErased', caseId, recordedAt, { erasedOn: recordedAt.slice(0, 10) });

/** docs/architecture.md "Security": an erasure takes the files added before it, whichever stream is read first. */
describe('AttachmentLedger', () => {
  const fold = (events: StoredEvent[]) => {
    const ledger = new AttachmentLedger();
    for (const e of events) ledger.note(e);
    return Object.fromEntries(ledger.attachments().map((a) => [a.attachmentId, a.withdrawn]));
  };
  const events = [
    added('case-1', 'before', '2026-11-01T10:00:00.000Z'),
    added('case-1', 'after', '2026-11-20T10:00:00.000Z'),
    added('case-2', 'other-case', '2026-11-01T10:00:00.000Z'),
    erasure('case-1', '2026-11-10T10:00:00.000Z'),
  ];
  const expected = {
    before: { withdrawnOn: '2026-11-10', bytesRemoved: true },
    after: undefined,
    'other-case': undefined,
  };

  it('marks erased what the case added before its erasure, the erasure folded last', () => {
    expect(fold(events)).toEqual(expected);
  });

  it('marks the same, the erasure folded first', () => {
    expect(fold([events[3], ...events.slice(0, 3)])).toEqual(expected);
  });

  it('keeps erasures apart per ledger', () => {
    const first = new AttachmentLedger();
    first.note(erasure('case-1', '2026-11-10T10:00:00.000Z'));
    expect(fold([events[0]])).toEqual({ before: undefined });
  });
});
