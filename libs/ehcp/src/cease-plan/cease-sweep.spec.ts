import type { DataSource } from 'typeorm';
import type { AppConfig } from '@send/platform';
import { InMemoryWriter } from '@send/testing';
import type { EhcpEvent } from '../domain/index.js';
import { ehcpStream } from '../ehcp.stream.js';
import { CeaseSweep } from './cease-sweep.js';

const sections = { I: { type: 'mainstream', name: 'Hillside Primary' } } as never;
const finalPlan = (caseId: string): EhcpEvent[] => [
  { type: 'PlanOpened', data: { caseId, la: '202', requestedOn: '2025-09-01', decidedOn: '2025-10-10' } },
  { type: 'DraftPlanIssued', data: { version: 1, issuedOn: '2025-11-03', sections } },
  { type: 'FinalPlanIssued', data: { version: 2, issuedOn: '2025-12-01', sections } },
];
const decided = (decidedOn: string, appealWindowEndsOn: string): EhcpEvent => ({
  type: 'CeaseDecided',
  data: { decidedOn, reason: '2', consultedOn: decidedOn, appealWindowEndsOn },
});

/** The sweep over the case summary's `ceasing` cases, each decided from its own plan stream. */
describe('CeaseSweep', () => {
  const setUp = (today: string, ceasing: string[]) => {
    const writer = new InMemoryWriter(today);
    const asked: unknown[] = [];
    const find = async (options: unknown) => {
      asked.push(options);
      return ceasing.map((caseId) => ({ caseId, la: '202' }));
    };
    const db = { getRepository: () => ({ find }) } as unknown as DataSource;
    const sweep = new CeaseSweep(writer.asWriter(), { mode: 'embedded' } as AppConfig, db);
    return { writer, asked, sweep };
  };

  it('asks the case summary for the ceasing cases only', async () => {
    const { asked, sweep } = setUp('2026-09-02', []);
    await sweep.sweep();
    expect(asked).toEqual([expect.objectContaining({ where: { stage: 'ceasing' } })]);
  });

  it('ceases the plans whose last day to appeal has passed, and leaves the others maintained', async () => {
    const { writer, sweep } = setUp('2026-09-02', ['past', 'last-day', 'stale']);
    // Decided 10 Jun 2026: last day Tue 1 Sep (out of August). Decided 2 Jul: 2 Sep is its last day.
    writer.streams.set(ehcpStream('past'), [...finalPlan('past'), decided('2026-06-10', '2026-09-01')]);
    writer.streams.set(ehcpStream('last-day'), [...finalPlan('last-day'), decided('2026-07-02', '2026-09-02')]);
    // A summary row behind its stream (already ceased): the decider writes nothing.
    writer.streams.set(ehcpStream('stale'), [
      ...finalPlan('stale'),
      decided('2026-06-10', '2026-09-01'),
      { type: 'PlanCeased', data: { ceasedOn: '2026-09-02', reason: '2', why: 'appeal-window-closed' } },
    ]);
    const written = await sweep.sweep();
    expect(written).toHaveLength(1);
    expect(writer.streams.get(ehcpStream('past'))!.at(-1)).toEqual({
      type: 'PlanCeased',
      data: { ceasedOn: '2026-09-02', reason: '2', why: 'appeal-window-closed' },
    });
    expect(writer.streams.get(ehcpStream('last-day'))!.at(-1)?.type).toBe('CeaseDecided');
    expect(writer.streams.get(ehcpStream('stale'))).toHaveLength(5);
    // Run again: nothing more.
    expect(await sweep.sweep()).toEqual([]);
  });
});
