import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { ruleOf } from '@send/statutory';
import { fold, given } from '@send/testing';
import type { EhcpCommand } from './ehcp.commands.js';
import { ehcpDecider } from './ehcp.decider.js';
import { EhcpErrors as E } from './ehcp.errors.js';
import type { EhcpEvent } from './ehcp.events.js';
import type { PlanSections } from './plan-sections.js';
import { noteLastReview } from './transfer.model.js';

const TODAY = '2026-01-20';
const cmd = <T extends EhcpCommand['type']>(type: T, data: Extract<EhcpCommand, { type: T }>['data'], today = TODAY) =>
  ({ type, data, today }) as Extract<EhcpCommand, { type: T }>;

const sections = { I: { type: 'special' } } as unknown as PlanSections;
const opened: EhcpEvent[] = [
  { type: 'PlanOpened', data: { caseId: 'case-1', la: '202', requestedOn: '2024-11-01', decidedOn: '2025-01-20' } },
];
const drafted: EhcpEvent[] = [
  ...opened,
  { type: 'DraftPlanIssued', data: { version: 1, issuedOn: '2025-01-27', sections } },
  {
    type: 'DeadlineStarted',
    data: {
      deadlineId: 'draft-representations:1',
      rule: 'draft-representations',
      source: ruleOf('draft-representations').source,
      startedOn: '2025-01-27',
      dueOn: '2025-02-10',
    },
  },
];
/** Made final on 2025-02-11: 12 months beginning with that day end on 2026-02-10. */
const finalised: EhcpEvent[] = [
  ...drafted,
  { type: 'FinalPlanIssued', data: { version: 2, issuedOn: '2025-02-11', sections } },
  { type: 'DeadlineMet', data: { deadlineId: 'draft-representations:1', rule: 'draft-representations', metOn: '2025-02-10' } },
];

const request = (data: Partial<{ toLa: string; movedOn: string; learnedOn: string }> = {}, today?: string) =>
  cmd('RequestPlanTransfer', { transferId: 't1', toLa: '203', movedOn: '2025-12-22', learnedOn: '2025-12-19', ...data }, today);
const accept = (acceptedOn: string, byLa = '203', today?: string) => cmd('AcceptPlanTransfer', { acceptedOn, byLa }, today);

const started = (
  deadlineId: string,
  rule: 'transfer-plan' | 'transfer-notice' | 'transfer-review',
  startedOn: string,
  dueOn: string,
) => ({ type: 'DeadlineStarted', data: { deadlineId, rule, source: ruleOf(rule).source, startedOn, dueOn } }) as EhcpEvent;

/** Told on Fri 19 Dec 2025 of a move on Mon 22 Dec: 15 working days beginning with 19 Dec end on 13 Jan 2026. */
const requested: EhcpEvent[] = [
  {
    type: 'PlanTransferRequested',
    data: { transferId: 't1', fromLa: '202', toLa: '203', movedOn: '2025-12-22', learnedOn: '2025-12-19' },
  },
  started('transfer-plan:t1', 'transfer-plan', '2025-12-19', '2026-01-13'),
];
const accepted: EhcpEvent[] = [
  { type: 'PlanTransferAccepted', data: { transferId: 't1', fromLa: '202', toLa: '203', acceptedOn: '2026-01-12' } },
  { type: 'DeadlineMet', data: { deadlineId: 'transfer-plan:t1', rule: 'transfer-plan', metOn: '2026-01-12' } },
  started('transfer-notice:t1', 'transfer-notice', '2026-01-12', '2026-02-23'),
  started('transfer-review:t1', 'transfer-review', '2026-01-12', '2026-04-11'),
];

describe('transfer requested by the old LA (Reg 15(2))', () => {
  it('records the transfer and starts the clock from the day the LA learned, over Christmas', () => {
    given(ehcpDecider, finalised).when(request()).then(requested);
  });

  it('is due on the day of the move when the LA knew 15 working days before it', () => {
    given(ehcpDecider, finalised)
      .when(request({ learnedOn: '2025-11-03' }))
      .then([
        {
          type: 'PlanTransferRequested',
          data: { transferId: 't1', fromLa: '202', toLa: '203', movedOn: '2025-12-22', learnedOn: '2025-11-03' },
        },
        started('transfer-plan:t1', 'transfer-plan', '2025-11-03', '2025-12-22'),
      ]);
  });

  it('refuses a plan that is not final: there is nothing maintained to transfer', () => {
    given(ehcpDecider).when(request()).thenThrows(E.TRANSFER_NEEDS_FINAL_PLAN);
    given(ehcpDecider, opened).when(request()).thenThrows(E.TRANSFER_NEEDS_FINAL_PLAN);
    given(ehcpDecider, drafted).when(request()).thenThrows(E.TRANSFER_NEEDS_FINAL_PLAN);
  });

  it('refuses a transfer to the LA that maintains the plan, naming toLa', () => {
    const error = given(ehcpDecider, finalised)
      .when(request({ toLa: '202' }))
      .thenThrows(E.TRANSFER_TO_SAME_LA);
    expect(error.details).toEqual({ field: 'toLa' });
  });

  it('refuses a day learned after today', () => {
    const error = given(ehcpDecider, finalised).when(request({}, '2025-12-18')).thenThrows(DATE_IN_THE_FUTURE);
    expect(error.details).toEqual({ field: 'learnedOn' });
  });

  it('refuses a second transfer while one waits to be accepted', () => {
    given(ehcpDecider, finalised, requested)
      .when(request({ toLa: '204' }))
      .thenThrows(E.TRANSFER_ALREADY_PENDING);
  });
});

describe('transfer accepted by the new LA (Reg 15(3)–(5))', () => {
  it('moves the plan to the new LA, meets the old LA’s clock and starts the 6 weeks and the review', () => {
    // 6 weeks from Mon 12 Jan 2026: Mon 23 Feb. Review: 12 months beginning with 11 Feb 2025 end on 10 Feb
    // 2026; 3 months beginning with 12 Jan 2026 end on Sat 11 Apr 2026, which is later.
    given(ehcpDecider, finalised, requested).when(accept('2026-01-12')).then(accepted);
    const state = fold(ehcpDecider, [...finalised, ...requested, ...accepted]);
    expect(state.status === 'final' && state.la).toBe('203');
    expect(state.status === 'final' && state.transfer).toEqual({ accepted: [accepted[0].data] });
  });

  it('closes the old LA’s clock late when the plan reached the new LA after the 15 working days', () => {
    given(ehcpDecider, finalised, requested)
      .when(accept('2026-01-14'))
      .then([
        { type: 'PlanTransferAccepted', data: { transferId: 't1', fromLa: '202', toLa: '203', acceptedOn: '2026-01-14' } },
        {
          type: 'DeadlineClosedLate',
          data: { deadlineId: 'transfer-plan:t1', rule: 'transfer-plan', closedOn: '2026-01-14', dueOn: '2026-01-13' },
        },
        started('transfer-notice:t1', 'transfer-notice', '2026-01-14', '2026-02-25'),
        started('transfer-review:t1', 'transfer-review', '2026-01-14', '2026-04-13'),
      ]);
  });

  it('keeps the 12 months from the last review when they end after the 3 months from the transfer', () => {
    // Reviewed 20 Nov 2025: 12 months beginning with it end on 19 Nov 2026.
    const state = noteLastReview(fold(ehcpDecider, [...finalised, ...requested]), {
      type: 'ReviewDecided',
      data: { reviewId: 'r1', decision: 'maintain', decidedOn: '2025-11-20' },
    });
    const events = ehcpDecider.decide(accept('2026-01-12'), state);
    expect(events.at(-1)).toEqual(started('transfer-review:t1', 'transfer-review', '2026-01-12', '2026-11-19'));
  });

  it('refuses an acceptance by an LA the plan is not going to', () => {
    given(ehcpDecider, finalised, requested).when(accept('2026-01-12', '202')).thenThrows(E.TRANSFER_NOT_TO_YOUR_LA);
    given(ehcpDecider, finalised, requested).when(accept('2026-01-12', '204')).thenThrows(E.TRANSFER_NOT_TO_YOUR_LA);
  });

  it('refuses an acceptance with no transfer waiting, or a second one', () => {
    given(ehcpDecider, finalised).when(accept('2026-01-12')).thenThrows(E.NO_TRANSFER_PENDING);
    given(ehcpDecider, drafted).when(accept('2026-01-12')).thenThrows(E.NO_TRANSFER_PENDING);
    given(ehcpDecider, finalised, requested, accepted).when(accept('2026-01-12')).thenThrows(E.NO_TRANSFER_PENDING);
  });

  it('refuses an acceptance dated before the old LA learned of the move, or after today', () => {
    const error = given(ehcpDecider, finalised, requested)
      .when(accept('2025-12-18'))
      .thenThrows(E.TRANSFER_ACCEPTED_BEFORE_LEARNED);
    expect(error.details).toEqual({ field: 'acceptedOn' });
    given(ehcpDecider, finalised, requested).when(accept('2026-01-21')).thenThrows(DATE_IN_THE_FUTURE);
  });

  it('lets the new LA transfer the plan on again, from itself', () => {
    given(ehcpDecider, finalised, requested, accepted)
      .when(request({ toLa: '204', movedOn: '2026-06-01', learnedOn: '2026-01-19' }))
      .then([
        {
          type: 'PlanTransferRequested',
          data: { transferId: 't1', fromLa: '203', toLa: '204', movedOn: '2026-06-01', learnedOn: '2026-01-19' },
        },
        started('transfer-plan:t1', 'transfer-plan', '2026-01-19', '2026-06-01'),
      ]);
    given(ehcpDecider, finalised, requested, accepted)
      .when(request({ toLa: '203' }))
      .thenThrows(E.TRANSFER_TO_SAME_LA);
  });
});

describe('folding old streams', () => {
  it('leaves a plan with no transfer without a transfer file', () => {
    const state = fold(ehcpDecider, finalised);
    expect(state.status === 'final' && state.transfer).toBeUndefined();
  });

  it('ignores a review decision before the plan opens', () => {
    const none = fold(ehcpDecider, []);
    expect(noteLastReview(none, { type: 'ReviewDecided', data: { decidedOn: '2025-11-20' } })).toBe(none);
  });
});
