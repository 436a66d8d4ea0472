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

const notice = (sentOn: string, today?: string) => cmd('SendTransferNotice', { sentOn }, today);
const withdraw = (withdrawnOn: string, reason = 'The family decided not to move', today?: string) =>
  cmd('WithdrawPlanTransfer', { withdrawnOn, reason }, today);

/** Runs commands one after another from a history, as the command path does: the history and what they wrote. */
function after(history: EhcpEvent[], ...commands: EhcpCommand[]): EhcpEvent[] {
  return commands.reduce<EhcpEvent[]>(
    (events, command) => [...events, ...ehcpDecider.decide(command, fold(ehcpDecider, events))],
    history,
  );
}

describe('the new LA’s notice to the family (Reg 15(4))', () => {
  it('meets transfer-notice when sent within the 6 weeks of the transfer', () => {
    given(ehcpDecider, finalised, requested, accepted)
      .when(notice('2026-02-20', '2026-03-02'))
      .then([
        { type: 'TransferNoticeSent', data: { transferId: 't1', la: '203', sentOn: '2026-02-20' } },
        { type: 'DeadlineMet', data: { deadlineId: 'transfer-notice:t1', rule: 'transfer-notice', metOn: '2026-02-20' } },
      ]);
  });

  it('counts 6 calendar weeks across Christmas: accepted Fri 18 Dec 2026, due Fri 29 Jan 2027, met that day', () => {
    // Reg 15(4) says "within 6 weeks of the date of the transfer": whole weeks of calendar days (rule table
    // transfer-notice, weeks 6); bank holidays neither stop nor lengthen it.
    expect(ruleOf('transfer-notice')).toMatchObject({
      source: 'SEND Regulations 2014 reg 15(4)',
      period: { unit: 'weeks', amount: 6 },
    });
    const december = after(
      finalised,
      request({ movedOn: '2026-12-18', learnedOn: '2026-12-01' }, '2026-12-01'),
      accept('2026-12-18', '203', '2026-12-18'),
    );
    expect(december).toContainEqual(started('transfer-notice:t1', 'transfer-notice', '2026-12-18', '2027-01-29'));
    given(ehcpDecider, december)
      .when(notice('2027-01-29', '2027-02-01'))
      .then([
        { type: 'TransferNoticeSent', data: { transferId: 't1', la: '203', sentOn: '2027-01-29' } },
        { type: 'DeadlineMet', data: { deadlineId: 'transfer-notice:t1', rule: 'transfer-notice', metOn: '2027-01-29' } },
      ]);
    // The Monday after is late, though the weeks held three bank holidays (25, 28 Dec, 1 Jan).
    given(ehcpDecider, december)
      .when(notice('2027-02-01', '2027-02-01'))
      .then([
        { type: 'TransferNoticeSent', data: { transferId: 't1', la: '203', sentOn: '2027-02-01' } },
        {
          type: 'DeadlineClosedLate',
          data: { deadlineId: 'transfer-notice:t1', rule: 'transfer-notice', closedOn: '2027-02-01', dueOn: '2027-01-29' },
        },
      ]);
  });

  it('refuses a notice with no accepted transfer: none asked, or one still waiting', () => {
    given(ehcpDecider).when(notice('2026-01-12')).thenThrows(E.NO_ACCEPTED_TRANSFER);
    given(ehcpDecider, drafted).when(notice('2026-01-12')).thenThrows(E.NO_ACCEPTED_TRANSFER);
    given(ehcpDecider, finalised).when(notice('2026-01-12')).thenThrows(E.NO_ACCEPTED_TRANSFER);
    given(ehcpDecider, finalised, requested).when(notice('2026-01-12')).thenThrows(E.NO_ACCEPTED_TRANSFER);
  });

  it('refuses a second notice on the same transfer, naming the day the first went', () => {
    const sent = after([...finalised, ...requested, ...accepted], notice('2026-01-19'));
    const error = given(ehcpDecider, sent).when(notice('2026-01-20')).thenThrows(E.TRANSFER_NOTICE_ALREADY_SENT);
    expect(error.details).toEqual({ transferId: 't1', sentOn: '2026-01-19' });
  });

  it('refuses a notice dated before the transfer, or after today', () => {
    const error = given(ehcpDecider, finalised, requested, accepted)
      .when(notice('2026-01-11'))
      .thenThrows(E.TRANSFER_NOTICE_BEFORE_TRANSFER);
    expect(error.details).toEqual({ field: 'sentOn' });
    given(ehcpDecider, finalised, requested, accepted).when(notice('2026-01-21')).thenThrows(DATE_IN_THE_FUTURE);
  });
});

describe('a pending transfer withdrawn by the old LA', () => {
  it('ends the transfer; transfer-plan stops applying, and the plan stays with the old LA', () => {
    given(ehcpDecider, finalised, requested)
      .when(withdraw('2026-01-05'))
      .then([
        {
          type: 'PlanTransferWithdrawn',
          data: {
            transferId: 't1',
            fromLa: '202',
            toLa: '203',
            withdrawnOn: '2026-01-05',
            reason: 'The family decided not to move',
          },
        },
        {
          type: 'DeadlineNotApplicable',
          data: { deadlineId: 'transfer-plan:t1', rule: 'transfer-plan', on: '2026-01-05', why: 'the transfer was withdrawn' },
        },
      ]);
    const state = fold(ehcpDecider, after([...finalised, ...requested], withdraw('2026-01-05')));
    expect(state.status === 'final' && state.la).toBe('202');
    expect(state.status === 'final' && state.transfer).toEqual({ accepted: [] });
    expect(state.status === 'final' && state.deadlines['transfer-plan:t1'].state).toBe('not-applicable');
  });

  it('leaves nothing to accept, and lets the old LA transfer the plan again later', () => {
    const withdrawn = after([...finalised, ...requested], withdraw('2026-01-05'));
    given(ehcpDecider, withdrawn).when(accept('2026-01-12')).thenThrows(E.NO_TRANSFER_PENDING);
    given(ehcpDecider, withdrawn).when(withdraw('2026-01-06')).thenThrows(E.NO_TRANSFER_PENDING);
    const again = ehcpDecider.decide(request({ learnedOn: '2026-01-19', movedOn: '2026-03-02' }), fold(ehcpDecider, withdrawn));
    expect(again.map((e) => e.type)).toEqual(['PlanTransferRequested', 'DeadlineStarted']);
  });

  it('refuses a withdrawal with nothing pending: no transfer, or one already accepted', () => {
    given(ehcpDecider, drafted).when(withdraw('2026-01-05')).thenThrows(E.NO_TRANSFER_PENDING);
    given(ehcpDecider, finalised).when(withdraw('2026-01-05')).thenThrows(E.NO_TRANSFER_PENDING);
    given(ehcpDecider, finalised, requested, accepted).when(withdraw('2026-01-13')).thenThrows(E.NO_TRANSFER_PENDING);
  });

  it('refuses a blank reason, a date before the old LA learned of the move, or after today', () => {
    const blank = given(ehcpDecider, finalised, requested).when(withdraw('2026-01-05', '  ')).thenThrows(E.REASON_REQUIRED);
    expect(blank.details).toEqual({ field: 'reason' });
    const early = given(ehcpDecider, finalised, requested)
      .when(withdraw('2025-12-18'))
      .thenThrows(E.TRANSFER_WITHDRAWN_BEFORE_LEARNED);
    expect(early.details).toEqual({ field: 'withdrawnOn' });
    given(ehcpDecider, finalised, requested).when(withdraw('2026-01-21')).thenThrows(DATE_IN_THE_FUTURE);
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
