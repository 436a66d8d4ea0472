import {
  type PhaseTransfer,
  TribunalOrder,
  appealWindowEnds,
  orderComplianceDue,
  phaseTransferDue,
  phaseTransferDueFor,
  proposedPhaseTransfers,
  transferPlanDue,
  transferReviewDue,
  year7StartsIn,
} from './rules.js';
import { thrownCode } from '@send/testing';

describe('appealWindowEnds', () => {
  it('keeps a last day that is a working day', () => {
    // 10 Feb 2025 + 2 months = Thu 10 Apr 2025.
    expect(appealWindowEnds('2025-02-10')).toBe('2025-04-10');
  });

  it('moves a last day in the Christmas week to the first working day after 1 January', () => {
    // 28 Oct 2025 + 2 months = Sun 28 Dec 2025, inside 25 Dec–1 Jan → Fri 2 Jan 2026.
    expect(appealWindowEnds('2025-10-28')).toBe('2026-01-02');
  });

  it('moves a last day of 1 January itself past the new year', () => {
    // 1 Nov 2025 + 2 months = Thu 1 Jan 2026 → Fri 2 Jan 2026.
    expect(appealWindowEnds('2025-11-01')).toBe('2026-01-02');
  });

  it('moves past a weekend straight after 1 January', () => {
    // 30 Oct 2026 + 2 months = 30 Dec 2026; 1 Jan 2027 is a Friday, so Sat 2, Sun 3 → Mon 4 Jan 2027.
    expect(appealWindowEnds('2026-10-30')).toBe('2027-01-04');
  });

  it('moves a last day in August to the first working day of September', () => {
    // 15 Jun 2025 + 2 months = Fri 15 Aug 2025 (a working day, but August) → Mon 1 Sep 2025.
    expect(appealWindowEnds('2025-06-15')).toBe('2025-09-01');
  });

  it('moves the end of August 2026 over the summer bank holiday into September', () => {
    // 30 Jun 2026 + 2 months = Sun 30 Aug 2026; Mon 31 Aug is a bank holiday and in August anyway → Tue 1 Sep.
    expect(appealWindowEnds('2026-06-30')).toBe('2026-09-01');
  });

  it('lets a later mediation certificate decide the date', () => {
    // Decision 3 Mar 2025 + 2 months = 3 May; certificate 20 Apr + 1 month = Tue 20 May, which is later.
    expect(appealWindowEnds('2025-03-03', '2025-04-20')).toBe('2025-05-20');
  });

  it('ignores a certificate whose month ends before the decision’s two', () => {
    // Decision 10 Feb + 2 months = 10 Apr 2025; certificate 20 Feb + 1 month = 20 Mar, earlier.
    expect(appealWindowEnds('2025-02-10', '2025-02-20')).toBe('2025-04-10');
  });

  it('applies the Christmas rule to a certificate-driven last day', () => {
    // Decision 1 Oct 2025 + 2 months = 1 Dec; certificate 29 Nov + 1 month = 29 Dec, later and in the
    // Christmas week → Fri 2 Jan 2026.
    expect(appealWindowEnds('2025-10-01', '2025-11-29')).toBe('2026-01-02');
  });

  it('moves a weekend last day to the Monday', () => {
    // 15 Sep 2025 + 2 months = Sat 15 Nov 2025 → Mon 17 Nov 2025.
    expect(appealWindowEnds('2025-09-15')).toBe('2025-11-17');
  });

  it('moves a bank holiday last day to the next working day', () => {
    // 21 Feb 2025 + 2 months = Mon 21 Apr 2025, Easter Monday → Tue 22 Apr.
    expect(appealWindowEnds('2025-02-21')).toBe('2025-04-22');
  });

  it('ends a decision on 31 December on the last day of February', () => {
    // 31 Dec 2024 + 2 months: no 31 Feb 2025, so Fri 28 Feb 2025, a working day.
    expect(appealWindowEnds('2024-12-31')).toBe('2025-02-28');
  });

  it('moves 24 December, outside the Christmas rule, only to the next working day', () => {
    // 24 Oct 2022 + 2 months = Sat 24 Dec 2022: not 25 Dec–1 Jan, so r.12(2) alone applies.
    // Sun 25; Mon 26 Boxing Day; Tue 27 substitute for Christmas Day → Wed 28 Dec 2022.
    expect(appealWindowEnds('2022-10-24')).toBe('2022-12-28');
  });

  it('refuses a certificate date that does not exist', () => {
    expect(thrownCode(() => appealWindowEnds('2025-01-10', '2025-02-30'))).toBe('STATUTORY.INVALID_DATE');
  });
});

describe('orderComplianceDue', () => {
  // Every order below is made on Monday 3 March 2025.
  it('times an order to assess: notify, decide not to issue, or issue the final plan', () => {
    expect(orderComplianceDue('assess', '2025-03-03')).toEqual([
      { step: 'notify-assessment', dueOn: '2025-03-17' }, // + 14 days
      { step: 'decision-not-to-issue', dueOn: '2025-05-12' }, // + 70: 31 Mar +28, 30 Apr +58, 12 May +70
      { step: 'final-plan', dueOn: '2025-06-09' }, // + 98: 31 May +89, 9 Jun +98
    ]);
  });

  it('times an order to make a plan: draft then final', () => {
    expect(orderComplianceDue('make-plan', '2025-03-03')).toEqual([
      { step: 'draft-plan', dueOn: '2025-04-07' }, // + 35: 31 Mar +28, 7 Apr +35
      { step: 'final-plan', dueOn: '2025-05-19' }, // + 77: 30 Apr +58, 19 May +77
    ]);
  });

  it('gives 5 weeks to amend needs or provision', () => {
    expect(orderComplianceDue('amend-provision', '2025-03-03')).toEqual([{ step: 'amended-plan', dueOn: '2025-04-07' }]);
  });

  it('gives 2 weeks to amend the setting only', () => {
    expect(orderComplianceDue('amend-setting', '2025-03-03')).toEqual([{ step: 'amended-plan', dueOn: '2025-03-17' }]);
  });

  it('requires the plan to cease the same day when an appeal against ceasing is dismissed', () => {
    expect(orderComplianceDue('cease-dismissed', '2025-03-03')).toEqual([{ step: 'cease-plan', dueOn: '2025-03-03' }]);
  });

  it('counts weeks across a leap day', () => {
    // 20 Feb 2024 + 14 days = 5 Mar 2024 (29 Feb is day 9 of them).
    expect(orderComplianceDue('amend-setting', '2024-02-20')).toEqual([{ step: 'amended-plan', dueOn: '2024-03-05' }]);
  });

  it('refuses an order it does not know', () => {
    expect(thrownCode(() => orderComplianceDue('strike-out' as TribunalOrder, '2025-03-03'))).toBe('STATUTORY.UNKNOWN_ORDER');
    // An inherited property is not an order either.
    expect(thrownCode(() => orderComplianceDue('toString' as TribunalOrder, '2025-03-03'))).toBe('STATUTORY.UNKNOWN_ORDER');
  });
});

describe('phaseTransferDue', () => {
  it('gives 14 February of the transfer year for a school transfer ("before 15 February"), even on a Saturday', () => {
    // Reg 18 has no working-day rule: 14 Feb 2026 is a Saturday and stays the date.
    expect(phaseTransferDue(2026, 'school')).toBe('2026-02-14');
  });

  it('gives 30 March of the transfer year for secondary school to post-16 ("before 31 March")', () => {
    expect(phaseTransferDue(2026, 'post-16')).toBe('2026-03-30');
  });

  it('refuses a year that is not a four-digit whole number', () => {
    expect(thrownCode(() => phaseTransferDue(2026.5, 'school'))).toBe('RangeError');
    expect(thrownCode(() => phaseTransferDue(26, 'school'))).toBe('RangeError');
  });
});

describe('transferPlanDue (Reg 15(2))', () => {
  it('is the day of the move when the old LA knew 15 working days before it', () => {
    // Learned Mon 2 Jun 2025: the 15th working day after is Mon 23 Jun, the move day itself.
    expect(transferPlanDue('2025-06-23', '2025-06-02')).toBe('2025-06-23');
    expect(transferPlanDue('2025-07-14', '2025-06-02')).toBe('2025-07-14');
  });

  it('counts 15 working days beginning with the day learned when told one working day too late', () => {
    // Learned Tue 3 Jun 2025 for a move on Mon 23 Jun: day 1 is 3 Jun, day 15 is Mon 23 Jun.
    expect(transferPlanDue('2025-06-23', '2025-06-03')).toBe('2025-06-23');
    // Learned Mon 2 Jun for a move on Fri 20 Jun: 2 Jun is day 1, so day 15 is Fri 20 Jun.
    expect(transferPlanDue('2025-06-20', '2025-06-02')).toBe('2025-06-20');
  });

  it('skips Christmas Day, Boxing Day and New Year’s Day', () => {
    // Learned Fri 19 Dec 2025 (day 1) for a move on Mon 22 Dec: 22, 23, 24, 29, 30, 31 Dec, 2, 5–9, 12, 13 Jan.
    expect(transferPlanDue('2025-12-22', '2025-12-19')).toBe('2026-01-13');
  });

  it('starts on the next working day when the day learned is not one', () => {
    // Learned Sat 20 Dec 2025: day 1 is Mon 22 Dec, day 15 Wed 14 Jan 2026.
    expect(transferPlanDue('2025-12-22', '2025-12-20')).toBe('2026-01-14');
  });

  it('skips Good Friday and Easter Monday', () => {
    // Learned Thu 2 Apr 2026 (day 1); 3 and 6 Apr are bank holidays; day 15 is Fri 24 Apr.
    expect(transferPlanDue('2026-04-06', '2026-04-02')).toBe('2026-04-24');
  });

  it('counts from the day learned when the LA is told after the move, over the August bank holiday', () => {
    // Moved 1 Aug 2025, learned Wed 20 Aug (day 1); Mon 25 Aug is a bank holiday; day 15 is Wed 10 Sep.
    expect(transferPlanDue('2025-08-01', '2025-08-20')).toBe('2025-09-10');
  });
});

describe('transferReviewDue (Reg 15(5))', () => {
  it('keeps the 12 months beginning with the making of the plan when they end later', () => {
    // 12 months beginning with 31 Oct 2025 end on 30 Oct 2026; 3 months beginning with 12 Jan 2026 on 11 Apr.
    expect(transferReviewDue('2025-10-31', '2026-01-12')).toBe('2026-10-30');
  });

  it('gives 3 months beginning with the transfer when the annual review would fall sooner', () => {
    // Last reviewed 10 Mar 2025: 12 months end on 9 Mar 2026, before 11 Apr 2026 (a Saturday: no roll).
    expect(transferReviewDue('2025-03-10', '2026-01-12')).toBe('2026-04-11');
  });

  it('ends 3 months beginning with 30 November on the last day of February, there being no 30 February', () => {
    expect(transferReviewDue('2024-12-01', '2025-11-30')).toBe('2026-02-28');
  });

  it('ends 12 months beginning with a leap day on 28 February', () => {
    // 29 Feb 2024: no 29 Feb 2025, so the period ends on the last day of February.
    expect(transferReviewDue('2024-02-29', '2024-10-01')).toBe('2025-02-28');
  });

  it('ends 3 months beginning with 30 November 2023 on 29 February 2024, and with 29 November on 28 February', () => {
    expect(transferReviewDue('2023-01-15', '2023-11-30')).toBe('2024-02-29');
    expect(transferReviewDue('2023-01-15', '2023-11-29')).toBe('2024-02-28');
  });

  it('does not move a period ending over Christmas to a working day', () => {
    // 3 months beginning with 26 Sep 2025 end on Thu 25 Dec 2025, after the 12 months' 9 Sep 2025.
    expect(transferReviewDue('2024-09-10', '2025-09-26')).toBe('2025-12-25');
  });

  it('refuses a date that does not exist', () => {
    expect(thrownCode(() => transferReviewDue('2025-02-29', '2025-06-01'))).toBe('STATUTORY.INVALID_DATE');
  });
});

describe('phaseTransferDueFor', () => {
  it.each<[PhaseTransfer, string, string, string]>([
    ['primary-to-secondary', '2027-09-01', '2027-02-14', 'Reg 18(1)(b): before 15 Feb 2027 (a Sunday; no roll)'],
    ['early-years-to-school', '2026-09-01', '2026-02-14', 'Reg 18(1)(b), a Saturday, no roll'],
    ['infant-to-junior', '2028-09-04', '2028-02-14', 'Reg 18(1)(b) in a leap year'],
    ['primary-to-middle', '2027-09-01', '2027-02-14', 'Reg 18(1)(b)'],
    ['middle-to-secondary', '2027-09-01', '2027-02-14', 'Reg 18(1)(b)'],
    ['secondary-to-post-16', '2027-09-01', '2027-03-30', 'Reg 18(1)(a): before 31 Mar 2027'],
    ['post-16-move', '2027-01-04', '2026-08-04', 'Reg 18(2): five months before, in August, no roll'],
    ['post-16-move', '2027-07-31', '2027-02-28', 'five months before 31 Jul: no 31 Feb, so 28 Feb'],
  ])('%s on %s → %s (%s)', (transfer, transferOn, expected) => {
    expect(phaseTransferDueFor(transfer, transferOn)).toBe(expected);
  });

  it('refuses a transfer it does not know', () => {
    expect(thrownCode(() => phaseTransferDueFor('college-to-work' as never, '2027-09-01'))).toBe('STATUTORY.UNKNOWN_TRANSFER');
  });
});

describe('year7StartsIn and proposedPhaseTransfers (English school years from 1 September)', () => {
  it.each<[string, number, string]>([
    ['2015-09-01', 2027, 'the first day of the 2015/16 birth year'],
    ['2016-08-31', 2027, 'the last day of the same birth year'],
    ['2016-03-01', 2027, 'spring-born'],
    ['2016-09-01', 2028, 'a day later, a year later'],
    ['2012-02-29', 2023, 'a leap-day birthday'],
  ])('a child born %s starts Year 7 in September %i (%s)', (dob, year) => {
    expect(year7StartsIn(dob)).toBe(year);
  });

  it('proposes Reception, Year 7 and Year 12 with their Reg 18 dates', () => {
    expect(proposedPhaseTransfers('2016-03-01')).toEqual([
      { transfer: 'early-years-to-school', transferOn: '2020-09-01', dueOn: '2020-02-14' },
      { transfer: 'primary-to-secondary', transferOn: '2027-09-01', dueOn: '2027-02-14' },
      { transfer: 'secondary-to-post-16', transferOn: '2032-09-01', dueOn: '2032-03-30' },
    ]);
  });
});
