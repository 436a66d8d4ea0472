import { randomBytes } from 'node:crypto';
import { StoredEvent, verifyChain } from '@send/kernel';
import { buildRecords } from '@send/event-store';
import { fromWire, integrationName, toWire } from './wire-event.js';

const key = randomBytes(32);
const [requested, decided] = buildRecords(
  'assessment-c1',
  undefined,
  [
    {
      type: 'AssessmentRequested',
      data: {
        caseId: 'c1',
        la: '202',
        child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
        requestedBy: 'parent',
        receivedOn: '2024-02-29',
      },
    },
    {
      type: 'AssessmentDecided',
      data: { decision: 'assess', decidedOn: '2024-04-01', reason: 'Amara needs more than the school can give' },
    },
  ],
  {
    caseId: 'c1',
    la: '202',
    actor: { id: 'caseworker@202', role: 'caseworker' },
    correlationId: 'k',
    causationId: 'k',
    reason: 'Amara needs more',
    recordedAt: new Date('2026-01-01T00:00:00Z'),
  },
).map((r, i): StoredEvent => ({ ...r, position: BigInt(i + 1) }));

describe('events on the wire', () => {
  it('carry a public versioned name distinct from the internal type', () => {
    expect(integrationName(requested)).toBe('send.assessment.assessment-requested.v1');
    expect(toWire(requested, key).headers['event-type']).toBe('send.assessment.assessment-requested.v1');
  });

  it("never carry a child's details or free-text reasons in clear", () => {
    const wire = JSON.stringify(toWire(requested, key).value) + JSON.stringify(toWire(decided, key).value);
    expect(wire).not.toMatch(/Amara|Okafor|2016-03-01/);
  });

  it('come back exactly as stored, so the hash chain verifies at the consumer', () => {
    const back = [requested, decided].map((e) => fromWire(JSON.parse(JSON.stringify(toWire(e, key).value)), key));
    expect(back).toEqual([requested, decided]);
    expect(verifyChain(back).valid).toBe(true);
  });

  it('cannot be opened with another key or moved to another case', () => {
    const value = JSON.parse(JSON.stringify(toWire(requested, key).value));
    expect(() => fromWire(value, randomBytes(32))).toThrow();
    expect(() => fromWire({ ...value, caseId: 'c2' }, key)).toThrow();
  });
});

describe('attachment events on the wire', () => {
  const sha256 = 'ab'.repeat(32);
  const [added, withdrawn] = buildRecords(
    'ehcp-c1',
    undefined,
    [
      {
        type: 'AttachmentAdded',
        data: {
          attachmentId: 'a1',
          section: 'A',
          sha256,
          mediaType: 'image/jpeg',
          size: 48213,
          addedBy: 'caseworker@202',
          addedOn: '2026-11-28',
          caption: 'Amara at the swimming gala',
        },
      },
      {
        type: 'AttachmentWithdrawn',
        data: { attachmentId: 'a1', withdrawnOn: '2026-11-29', reason: 'Amara asked for it to go', bytesRemoved: true },
      },
    ],
    {
      caseId: 'c1',
      la: '202',
      actor: { id: 'caseworker@202', role: 'caseworker' },
      correlationId: 'k',
      causationId: 'k',
      recordedAt: new Date('2026-11-28T10:00:00Z'),
    },
  ).map((r, i): StoredEvent => ({ ...r, position: BigInt(i + 1) }));

  it('seal the caption and the reason; the hash, type, size and who added it travel for the record', () => {
    const wire = toWire(added, key).value as { data: Record<string, unknown> };
    expect(JSON.stringify(toWire(added, key).value) + JSON.stringify(toWire(withdrawn, key).value)).not.toMatch(/Amara|swimming/);
    expect(wire.data).toMatchObject({ sha256, mediaType: 'image/jpeg', size: 48213, addedBy: 'caseworker@202', section: 'A' });
    expect(wire.data.caption).toEqual({ sealed: expect.any(String) });
  });

  it('come back exactly as stored', () => {
    const back = [added, withdrawn].map((e) => fromWire(JSON.parse(JSON.stringify(toWire(e, key).value)), key));
    expect(back).toEqual([added, withdrawn]);
    expect(verifyChain(back).valid).toBe(true);
  });
});
