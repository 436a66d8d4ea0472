import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { fold, given } from '@send/testing';
import { ceasesOn, planStatusOf, type CeaseFile } from './cease.js';
import type { EhcpCommand } from './ehcp.commands.js';
import { ehcpDecider } from './ehcp.decider.js';
import { EhcpErrors as E } from './ehcp.errors.js';
import type { EhcpEvent } from './ehcp.events.js';
import type { PlanSections } from './plan-sections.js';

const TODAY = '2026-06-20';
const cmd = <T extends EhcpCommand['type']>(type: T, data: Extract<EhcpCommand, { type: T }>['data'], today = TODAY) =>
  ({ type, data, today }) as Extract<EhcpCommand, { type: T }>;

const sections = { I: { type: 'mainstream', name: 'Hillside Primary' } } as unknown as PlanSections;
const final: EhcpEvent[] = [
  { type: 'PlanOpened', data: { caseId: 'case-1', la: '202', requestedOn: '2025-09-01', decidedOn: '2025-10-10' } },
  { type: 'DraftPlanIssued', data: { version: 1, issuedOn: '2025-11-03', sections } },
  { type: 'FinalPlanIssued', data: { version: 2, issuedOn: '2025-12-01', sections } },
];

/**
 * Decided Wed 10 Jun 2026: 2 months → Mon 10 Aug 2026, in August, so the last day to appeal moves to the
 * first working day after 31 Aug: Tue 1 Sep 2026 (HESC Rules r.12(3)(a)). The plan ceases on 2 Sep.
 */
const decided: EhcpEvent = {
  type: 'CeaseDecided',
  data: { decidedOn: '2026-06-10', reason: '3', consultedOn: '2026-05-20', appealWindowEndsOn: '2026-09-01' },
};
const cease = (decidedOn = '2026-06-10', consultedOn = '2026-05-20', reason = '3', today?: string) =>
  cmd('CeasePlan', { decidedOn, consultedOn, reason: reason as never }, today);
const sweep = (today: string) => cmd('CeaseAfterAppealWindow', {}, today);
const note = (step: 'disputed' | 'certificate' | 'appeal-registered', on: string, sourceEventId: string, windowEndsOn?: string) =>
  cmd('NoteCeaseChallenge', { step, disputeId: 'd1', on, sourceEventId, ...(windowEndsOn ? { windowEndsOn } : {}) }, on);
const noted = (
  step: 'disputed' | 'certificate' | 'appeal-registered',
  on: string,
  sourceEventId: string,
  windowEndsOn?: string,
): EhcpEvent => ({
  type: 'CeaseChallengeNoted',
  data: { step, disputeId: 'd1', on, ...(windowEndsOn ? { windowEndsOn } : {}), sourceEventId },
});
const dismissed = (madeOn: string, sourceEventId = 'order-event-1') =>
  cmd('CeaseOnTribunalOrder', { orderId: 'o1', disputeId: 'd1', madeOn, sourceEventId }, madeOn);

describe('deciding to cease (CFA s.45, Reg 31)', () => {
  it('records the decision with the last day to appeal moved out of August to Tue 1 Sep 2026', () => {
    given(ehcpDecider, final).when(cease()).then([decided]);
  });

  it('puts the plan in status ceasing: it is still maintained', () => {
    expect(planStatusOf(fold(ehcpDecider, [...final, decided]))).toBe('ceasing');
  });

  it('accepts a consultation on the same day as the decision', () => {
    given(ehcpDecider, final)
      .when(cease('2026-06-10', '2026-06-10'))
      .then([{ ...decided, data: { ...decided.data, consultedOn: '2026-06-10' } }]);
  });

  it('refuses a decision before the consultation (Reg 31(1))', () => {
    const error = given(ehcpDecider, final).when(cease('2026-06-10', '2026-06-11')).thenThrows(E.CONSULTATION_AFTER_DECISION);
    expect(error.details).toEqual({ field: 'consultedOn' });
  });

  it('refuses a code that is not a SEN2 cease reason', () => {
    given(ehcpDecider, final)
      .when(cease('2026-06-10', '2026-05-20', '10'))
      .thenThrows(E.CEASE_REASON_UNKNOWN);
  });

  it('refuses on a plan that is not final', () => {
    given(ehcpDecider, final.slice(0, 2)).when(cease()).thenThrows(E.PLAN_NOT_FINAL);
    given(ehcpDecider).when(cease()).thenThrows(E.PLAN_NOT_FINAL);
  });

  it('refuses a decision dated before the final plan, or after today', () => {
    given(ehcpDecider, final).when(cease('2025-11-30', '2025-11-01')).thenThrows(E.CEASE_BEFORE_PLAN);
    given(ehcpDecider, final).when(cease('2026-06-21')).thenThrows(DATE_IN_THE_FUTURE);
  });

  it('refuses a second decision while the first stands', () => {
    given(ehcpDecider, final, decided).when(cease('2026-06-12')).thenThrows(E.CEASE_ALREADY_DECIDED);
  });
});

describe('the sweep after the appeal window', () => {
  it('does nothing on the last day to appeal', () => {
    given(ehcpDecider, final, decided).when(sweep('2026-09-01')).then([]);
  });

  it('ceases the plan the day after the last day to appeal, whenever the sweep runs', () => {
    const ceased: EhcpEvent = { type: 'PlanCeased', data: { ceasedOn: '2026-09-02', reason: '3', why: 'appeal-window-closed' } };
    given(ehcpDecider, final, decided).when(sweep('2026-09-02')).then([ceased]);
    given(ehcpDecider, final, decided).when(sweep('2026-11-28')).then([ceased]);
    expect(planStatusOf(fold(ehcpDecider, [...final, decided, ceased]))).toBe('ceased');
  });

  it('does nothing twice, nor on a plan with no cease decision', () => {
    const ceased: EhcpEvent = { type: 'PlanCeased', data: { ceasedOn: '2026-09-02', reason: '3', why: 'appeal-window-closed' } };
    given(ehcpDecider, final, decided, ceased).when(sweep('2026-09-03')).then([]);
    given(ehcpDecider, final).when(sweep('2026-09-03')).then([]);
    given(ehcpDecider).when(sweep('2026-09-03')).then([]);
  });

  it('leaves the plan maintained while an appeal on the cease decision is registered', () => {
    const appealed = [noted('disputed', '2026-06-15', 'e1'), noted('appeal-registered', '2026-07-01', 'e2')];
    given(ehcpDecider, final, decided, appealed).when(sweep('2026-12-01')).then([]);
  });

  it('waits for the later window a mediation certificate gave (HESC Rules r.20(1)(b))', () => {
    // Certificate Thu 1 Oct 2026: one month → Sun 1 Nov → Mon 2 Nov 2026; the plan ceases on 3 Nov.
    const certified = [noted('disputed', '2026-06-15', 'e1'), noted('certificate', '2026-10-01', 'e2', '2026-11-02')];
    given(ehcpDecider, final, decided, certified).when(sweep('2026-11-02')).then([]);
    given(ehcpDecider, final, decided, certified)
      .when(sweep('2026-11-03'))
      .then([{ type: 'PlanCeased', data: { ceasedOn: '2026-11-03', reason: '3', why: 'appeal-window-closed' } }]);
  });
});

describe('the sweep’s selection (ceasesOn)', () => {
  const file: CeaseFile = { ...(decided.data as CeaseFile), disputes: {}, noted: [] };
  it.each<[string, CeaseFile, string | undefined]>([
    ['no dispute: the day after the window', file, '2026-09-02'],
    ['a dispute without an appeal changes nothing', { ...file, disputes: { d1: {} } }, '2026-09-02'],
    [
      'a certificate window before the decision’s keeps the decision’s',
      { ...file, disputes: { d1: { windowEndsOn: '2026-08-28' } } },
      '2026-09-02',
    ],
    ['an appeal registered: not by the sweep', { ...file, disputes: { d1: { appealRegisteredOn: '2026-07-01' } } }, undefined],
    ['already ceased', { ...file, ceasedOn: '2026-09-02' }, undefined],
  ])('%s', (_, f, expected) => {
    expect(ceasesOn(f)).toBe(expected);
  });
});

describe('challenges to the cease decision (noted from mediation)', () => {
  it('notes a dispute about ceasing, then its appeal, once each', () => {
    given(ehcpDecider, final, decided)
      .when(note('disputed', '2026-06-15', 'e1'))
      .then([noted('disputed', '2026-06-15', 'e1')]);
    given(ehcpDecider, final, decided, noted('disputed', '2026-06-15', 'e1'))
      .when(note('disputed', '2026-06-15', 'e1'))
      .then([]);
    given(ehcpDecider, final, decided, noted('disputed', '2026-06-15', 'e1'))
      .when(note('appeal-registered', '2026-07-01', 'e2'))
      .then([noted('appeal-registered', '2026-07-01', 'e2')]);
  });

  it('ignores an appeal on a dispute it does not know (about something else), and anything on a plan not ceasing', () => {
    given(ehcpDecider, final, decided)
      .when(note('appeal-registered', '2026-07-01', 'e2'))
      .then([]);
    given(ehcpDecider, final)
      .when(note('disputed', '2026-06-15', 'e1'))
      .then([]);
  });

  it('ignores a certificate that did not move the window', () => {
    given(ehcpDecider, final, decided, noted('disputed', '2026-06-15', 'e1'))
      .when(note('certificate', '2026-07-01', 'e3'))
      .then([]);
  });
});

describe('a tribunal dismissing the appeal (Reg 44(2)(a))', () => {
  const appealed = [noted('disputed', '2026-06-15', 'e1'), noted('appeal-registered', '2026-07-01', 'e2')];
  const ceased: EhcpEvent = {
    type: 'PlanCeased',
    data: { ceasedOn: '2026-10-15', reason: '3', why: 'appeal-dismissed', sourceEventId: 'order-event-1' },
  };

  it('ceases the plan on the day of the order', () => {
    given(ehcpDecider, final, decided, appealed).when(dismissed('2026-10-15')).then([ceased]);
  });

  it('does nothing for a repeat of the order, or with no cease decision', () => {
    given(ehcpDecider, final, decided, appealed, ceased).when(dismissed('2026-10-15')).then([]);
    given(ehcpDecider, final).when(dismissed('2026-10-15')).then([]);
  });
});

describe('after the plan ceased', () => {
  const ceased: EhcpEvent = { type: 'PlanCeased', data: { ceasedOn: '2026-09-02', reason: '3', why: 'appeal-window-closed' } };
  const history = [...final, decided, ceased];

  it('refuses a draft, a final plan, representations, a cease and a re-assessment', () => {
    given(ehcpDecider, history)
      .when(cmd('IssueDraftPlan', { issuedOn: '2026-09-10', sections }, '2026-09-10'))
      .thenThrows(E.PLAN_CEASED);
    given(ehcpDecider, history)
      .when(cmd('IssueFinalPlan', { issuedOn: '2026-09-10' }, '2026-09-10'))
      .thenThrows(E.PLAN_CEASED);
    given(ehcpDecider, history)
      .when(cmd('ReceiveRepresentations', { receivedOn: '2026-09-10' }, '2026-09-10'))
      .thenThrows(E.PLAN_CEASED);
    given(ehcpDecider, history)
      .when(cease('2026-09-10', '2026-09-01', '3', '2026-09-10'))
      .thenThrows(E.PLAN_CEASED);
    given(ehcpDecider, history)
      .when(cmd('RequestReassessment', { reassessmentId: 'r1', requestedOn: '2026-09-10', requestedBy: 'parent' }, '2026-09-10'))
      .thenThrows(E.PLAN_CEASED);
  });
});
