import { CEASE_RESTRICTIONS, academicYearEnds, ageOn, ceaseRestrictionsInForce, type CeaseRestriction } from '@send/statutory';
import { given } from '@send/testing';
import type { EhcpCommand } from './ehcp.commands.js';
import { ehcpDecider } from './ehcp.decider.js';
import { EhcpErrors as E } from './ehcp.errors.js';
import type { EhcpEvent } from './ehcp.events.js';
import { CEASE_REASON_CODES } from './cease.js';
import type { PlanSections } from './plan-sections.js';

const sections = { I: { type: 'mainstream', name: 'Hillside College' } } as unknown as PlanSections;
const final: EhcpEvent[] = [
  { type: 'PlanOpened', data: { caseId: 'case-1', la: '202', requestedOn: '2025-09-01', decidedOn: '2025-10-10' } },
  { type: 'DraftPlanIssued', data: { version: 1, issuedOn: '2025-11-03', sections } },
  { type: 'FinalPlanIssued', data: { version: 2, issuedOn: '2025-12-01', sections } },
];
const review = (decision: 'maintain' | 'amend' | 'cease', decidedOn: string, reviewId = 'r1'): EhcpEvent[] => [
  { type: 'ReviewStarted', data: { reviewId, meetingOn: decidedOn, findings: [] } },
  {
    type: 'ReviewDecided',
    data: {
      reviewId,
      decision,
      decidedOn,
      meetingOn: decidedOn,
      stepDownConsidered: true,
      stepDownRationale: 'Considered',
      rationale: 'The young person has left college and does not wish to return',
      outcomesProgress: [],
    },
  },
];
const cease = (reason: string, dateOfBirth?: string, decidedOn = '2026-06-10') =>
  ({
    type: 'CeasePlan',
    data: { decidedOn, consultedOn: '2026-05-20', reason, ...(dateOfBirth ? { dateOfBirth } : {}) },
    today: '2026-06-20',
  }) as Extract<EhcpCommand, { type: 'CeasePlan' }>;
const decided = (reason: string, decidedOn = '2026-06-10'): EhcpEvent[] => [
  {
    type: 'CeaseDecided',
    data: { decidedOn, reason: reason as never, consultedOn: '2026-05-20', appealWindowEndsOn: '2026-09-01' },
  },
];

// On 10 Jun 2026: born 11 Jun 2008 is 17, born 10 Jun 2008 is 18; born 1 Jul 2001 turns 25 within the academic
// year ending 31 Jul 2026, born 1 Aug 2001 in the next one.
const SEVENTEEN = '2008-06-11';
const EIGHTEEN = '2008-06-10';

describe('the statutory cease restrictions (data)', () => {
  it('cites each one’s source, in force since 1 September 2014', () => {
    expect(ceaseRestrictionsInForce('2026-06-10').map((r) => [r.id, r.source])).toEqual([
      ['under-18-not-in-education', 'SEND Regulations 2014 reg 29'],
      ['over-18-not-in-education', 'SEND Regulations 2014 reg 30(1)'],
      ['maximum-age', 'Children and Families Act 2014 s.46'],
    ]);
    expect(CEASE_RESTRICTIONS.every((r) => r.effectiveFrom === '2014-09-01')).toBe(true);
    expect(CEASE_RESTRICTIONS.flatMap((r) => r.reasons).every((code) => (CEASE_REASON_CODES as string[]).includes(code))).toBe(
      true,
    );
  });

  it('takes a later version of a restriction from its effectiveFrom, and none before the law', () => {
    const later: CeaseRestriction = { ...CEASE_RESTRICTIONS[2], effectiveFrom: '2030-09-01', source: 'a later Act' };
    expect(ceaseRestrictionsInForce('2030-08-31', [...CEASE_RESTRICTIONS, later]).at(-1)?.source).toBe(
      'Children and Families Act 2014 s.46',
    );
    expect(ceaseRestrictionsInForce('2030-09-01', [...CEASE_RESTRICTIONS, later]).at(-1)?.source).toBe('a later Act');
    expect(ceaseRestrictionsInForce('2014-08-31')).toEqual([]);
  });

  it('counts age in completed years, and academic years from 1 August', () => {
    expect([ageOn(SEVENTEEN, '2026-06-10'), ageOn(EIGHTEEN, '2026-06-10')]).toEqual([17, 18]);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect([academicYearEnds('2026-06-10'), academicYearEnds('2026-08-01'), academicYearEnds('2026-07-31')]).toEqual([
      '2026-07-31',
      '2027-07-31',
      '2026-07-31',
    ]);
  });
});

describe('Reg 29: under 18, a plan is not ceased because the child left education or will not engage', () => {
  it('refuses reasons 6 and 7 at 17, citing Reg 29, with the field named', () => {
    for (const reason of ['6', '7']) {
      const error = given(ehcpDecider, final).when(cease(reason, SEVENTEEN)).thenThrows(E.CEASE_UNDER_18_NOT_IN_EDUCATION);
      expect(error.details).toEqual({ field: 'reason', source: 'SEND Regulations 2014 reg 29' });
    }
  });

  it('accepts the lawful grounds at 17: needs met without a plan, a move, higher education, death, other', () => {
    for (const reason of ['2', '3', '4', '5', '8', '9']) {
      given(ehcpDecider, final).when(cease(reason, SEVENTEEN)).then(decided(reason));
    }
  });
});

describe('Reg 30(1): 18 or over and out of education, only after a review proposing to cease', () => {
  it('refuses reasons 6 and 7 at 18 with no review, or when the latest review kept the plan', () => {
    given(ehcpDecider, final).when(cease('6', EIGHTEEN)).thenThrows(E.CEASE_NEEDS_REVIEW);
    given(ehcpDecider, final, review('cease', '2026-03-01', 'r0'), review('maintain', '2026-05-01'))
      .when(cease('7', EIGHTEEN))
      .thenThrows(E.CEASE_NEEDS_REVIEW);
  });

  it('accepts them after a review decided on or before the decision proposed ceasing', () => {
    given(ehcpDecider, final, review('cease', '2026-05-01')).when(cease('6', EIGHTEEN)).then(decided('6'));
    given(ehcpDecider, final, review('cease', '2026-06-10')).when(cease('7', EIGHTEEN)).then(decided('7'));
  });

  it('does not count a review decided after the day of the decision', () => {
    given(ehcpDecider, final, review('cease', '2026-06-11'))
      .when({ ...cease('6', EIGHTEEN), today: '2026-06-20' })
      .thenThrows(E.CEASE_NEEDS_REVIEW);
  });
});

describe('CFA s.46: maximum age only in the academic year the young person turns 25', () => {
  it('accepts reason 1 when the 25th birthday falls in the academic year of the decision, or before it', () => {
    given(ehcpDecider, final).when(cease('1', '2001-07-01')).then(decided('1'));
    given(ehcpDecider, final).when(cease('1', '1999-01-01')).then(decided('1'));
  });

  it('refuses reason 1 when the young person turns 25 in a later academic year', () => {
    const error = given(ehcpDecider, final).when(cease('1', '2001-08-01')).thenThrows(E.CEASE_BEFORE_MAXIMUM_AGE);
    expect(error.message).toContain('2026-08-01');
    expect(error.details).toEqual({ field: 'reason', source: 'Children and Families Act 2014 s.46' });
  });
});

describe('without a date of birth', () => {
  it('checks nothing the plan cannot show', () => {
    for (const reason of ['1', '6', '7']) given(ehcpDecider, final).when(cease(reason)).then(decided(reason));
  });
});
