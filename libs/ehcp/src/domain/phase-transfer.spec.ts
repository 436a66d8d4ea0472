import { fold, given } from '@send/testing';
import { ehcpDecider } from './ehcp.decider.js';
import { EhcpErrors as E } from './ehcp.errors.js';
import type { EhcpEvent } from './ehcp.events.js';
import { cmd, drafted, finalised, hillside, met, oakwood, sections, started } from './lifecycle.fixtures.js';

const transfer = (transferId: string, t: Parameters<typeof cmd<'StartPhaseTransfer'>>[1]['transfer'], transferOn: string) =>
  cmd('StartPhaseTransfer', { transferId, transfer: t, transferOn }, '2026-10-01');

const toSecondary: EhcpEvent[] = [
  ...finalised,
  {
    type: 'PhaseTransferStarted',
    data: {
      transferId: 't1',
      transfer: 'primary-to-secondary',
      transferOn: '2027-09-01',
      dueOn: '2027-02-14',
      proposed: false,
      recordedOn: '2026-10-01',
    },
  },
  started('phase-transfer:t1', 'phase-transfer', '2026-10-01', '2027-02-14'),
];

describe('StartPhaseTransfer (Reg 18)', () => {
  it('is due before 15 February of the year of transfer: 14 Feb 2027, a Sunday, no roll', () => {
    given(ehcpDecider, finalised)
      .when(transfer('t1', 'primary-to-secondary', '2027-09-01'))
      .then(toSecondary.slice(finalised.length));
  });

  it('is due before 31 March from secondary school to post-16, and five months before a post-16 move', () => {
    const s16 = ehcpDecider.decide(transfer('t2', 'secondary-to-post-16', '2027-09-01'), fold(ehcpDecider, finalised));
    expect(s16[1]).toEqual(started('phase-transfer:t2', 'phase-transfer', '2026-10-01', '2027-03-30'));
    const move = ehcpDecider.decide(transfer('t3', 'post-16-move', '2027-01-04'), fold(ehcpDecider, finalised));
    expect(move[1]).toEqual(started('phase-transfer:t3', 'phase-transfer', '2026-10-01', '2026-08-04'));
  });

  it('records the same transfer on the same day once', () => {
    given(ehcpDecider, toSecondary)
      .when(transfer('t9', 'primary-to-secondary', '2027-09-01'))
      .then([]);
    given(ehcpDecider, toSecondary)
      .when(transfer('t1', 'primary-to-secondary', '2027-09-01'))
      .then([]);
  });

  it('refuses a transfer on a plan that is not final', () => {
    given(ehcpDecider, drafted)
      .when(transfer('t1', 'primary-to-secondary', '2027-09-01'))
      .thenThrows(E.PLAN_NOT_FINAL);
  });
});

describe('met by the amended plan naming the setting', () => {
  const amend = (I: typeof hillside | { type: 'mainstream' }) =>
    cmd('IssueAmendedPlan', { issuedOn: '2026-11-20', sections: { ...sections, I } });

  it('closes phase-transfer when section I names the new setting', () => {
    const events = ehcpDecider.decide(amend(oakwood), fold(ehcpDecider, toSecondary));
    expect(events).toContainEqual(met('phase-transfer:t1', 'phase-transfer', '2026-11-20'));
  });

  it('leaves it open when section I gives only a type', () => {
    const events = ehcpDecider.decide(amend({ type: 'mainstream' }), fold(ehcpDecider, toSecondary));
    expect(events.filter((e) => e.type !== 'AmendedPlanIssued')).toEqual([]);
  });
});
