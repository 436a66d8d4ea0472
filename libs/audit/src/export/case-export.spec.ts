import { createHash } from 'node:crypto';
import { buildRecords } from '@send/event-store';
import { GENESIS_HASH } from '@send/kernel';
import type { StoredRow } from '../store-copy/store-copy.port.js';
import { exportJsonLines, exportLine } from './case-export.js';

const ctx = {
  caseId: 'c1',
  la: '202',
  actor: { id: 'caseworker@202', role: 'caseworker' as const },
  correlationId: 'k',
  causationId: 'k',
  reason: 'Needs cannot be met from resources normally available',
  recordedAt: new Date('2026-01-01T00:00:00Z'),
};
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const rows: StoredRow[] = buildRecords(
  'assessment-c1',
  undefined,
  [
    { type: 'AssessmentRequested', data: { z: 1, a: [1.5, null, 'Zoë ✓ 😀'], big: 9007199254740991 } },
    { type: 'AssessmentDecided', data: { decision: 'assess' } },
  ],
  ctx,
).map((record, i) => ({ type: 'event', event: { ...record, position: BigInt(40 + i) } }));

describe('a case export line', () => {
  it('carries the envelope as stored, its canonical form exactly as hashed, and its place in the chain', () => {
    const [first, second] = rows.map(exportLine) as { envelope: any; canonical: string; hash: string; prevHash: string }[];
    expect(first).toMatchObject({ position: '40', hash: first.envelope.hash, prevHash: GENESIS_HASH });
    expect(first.envelope).not.toHaveProperty('position');
    expect(sha256(first.canonical)).toBe(first.hash);
    expect(sha256(second.canonical)).toBe(second.hash);
    expect(second.prevHash).toBe(first.hash);
  });

  it('writes the canonical form in RFC 8785 order: members sorted, no whitespace, hash left out, reason kept', () => {
    const { canonical } = exportLine(rows[0]) as { canonical: string };
    const keys = Object.keys(JSON.parse(canonical));
    expect(keys).toEqual([...keys].sort());
    expect(keys).toContain('reason');
    expect(keys).toContain('prevHash');
    expect(keys).not.toContain('hash');
    expect(keys).not.toContain('position');
    expect(canonical).toContain('"data":{"a":[1.5,null,"Zoë ✓ 😀"],"big":9007199254740991,"z":1}');
  });

  it('exports an unreadable row as such, so that a checker fails at it', () => {
    const line = exportLine({ type: 'unreadable', streamId: 'ehcp-c1', revision: 3, position: 7n, problem: 'bad JSON' });
    expect(line).toEqual({ position: '7', streamId: 'ehcp-c1', revision: 3, unreadable: 'bad JSON' });
  });

  it('is one JSON document per line', () => {
    const lines = exportJsonLines([rows, []]);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).not.toContain('\n');
  });
});
