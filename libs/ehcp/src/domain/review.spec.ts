import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { fold, given } from '@send/testing';
import { ehcpDecider } from './ehcp.decider.js';
import { EhcpErrors as E } from './ehcp.errors.js';
import type { EhcpEvent } from './ehcp.events.js';
import { amending, cmd, decision, drafted, finalised, late, met, reviewed, sections, started } from './lifecycle.fixtures.js';

const review = (meetingOn: string, extra: { invitationsSentOn?: string; adviceCirculatedOn?: string } = {}, today?: string) =>
  cmd('StartReview', { reviewId: 'r1', meetingOn, ...extra }, today);

describe('the annual review clock (CFA s.44(1))', () => {
  it('starts with the final plan: 12 months starting with 31 Jan 2025 end on 30 Jan 2026', () => {
    const state = fold(ehcpDecider, finalised);
    expect(state.status === 'final' && state.deadlines['annual-review:1']).toMatchObject({ dueOn: '2026-01-30', state: 'open' });
  });

  it('restarts with each review decision, not with the meeting', () => {
    given(ehcpDecider, reviewed)
      .when(decision('2025-09-12'))
      .then([
        {
          type: 'ReviewDecided',
          data: {
            reviewId: 'r1',
            decision: 'maintain',
            decidedOn: '2025-09-12',
            meetingOn: '2025-08-22',
            stepDownConsidered: true,
            stepDownRationale: 'Targeted support alone would not meet the need for weekly therapy',
            rationale: 'Progress is good but needs remain',
            outcomesProgress: [],
          },
        },
        met('review-decision:r1', 'review-decision', '2025-09-12'),
        met('annual-review:1', 'annual-review', '2025-09-12'),
        started('annual-review:2', 'annual-review', '2025-09-12', '2026-09-11'),
      ]);
  });

  it('closes a breached annual review late and still starts the next from the decision', () => {
    const lateReview: EhcpEvent[] = [
      ...finalised,
      {
        type: 'DeadlineBreached',
        data: { deadlineId: 'annual-review:1', rule: 'annual-review', dueOn: '2026-01-30', breachedOn: '2026-01-31' },
      },
      { type: 'ReviewStarted', data: { reviewId: 'r1', meetingOn: '2026-02-02', findings: [] } },
      started('review-report:r1', 'review-report', '2026-02-02', '2026-02-16'),
      started('review-decision:r1', 'review-decision', '2026-02-02', '2026-03-02'),
    ];
    const events = ehcpDecider.decide(decision('2026-02-27'), fold(ehcpDecider, lateReview));
    expect(events.slice(1)).toEqual([
      met('review-decision:r1', 'review-decision', '2026-02-27'),
      late('annual-review:1', 'annual-review', '2026-02-27', '2026-01-30'),
      // 27 Feb 2026 + 12 months starting with it: the day before 27 Feb 2027.
      started('annual-review:2', 'annual-review', '2026-02-27', '2027-02-26'),
    ]);
  });

  it('is not restarted by an amended plan', () => {
    const events = ehcpDecider.decide(cmd('IssueAmendedPlan', { issuedOn: '2025-09-29', sections }), fold(ehcpDecider, amending));
    expect(events.some((e) => e.type === 'DeadlineStarted')).toBe(false);
  });
});

describe('StartReview (Reg 20)', () => {
  it('starts the report (2 weeks) and decision (4 weeks) clocks from a Friday meeting before a bank holiday, without roll', () => {
    given(ehcpDecider, finalised)
      .when(review('2025-08-22', { invitationsSentOn: '2025-08-01' }))
      .then(reviewed.slice(finalised.length));
  });

  it('records short notice of invitations and advice as findings, not a refusal (Reg 20(3), 20(4))', () => {
    // Meeting Fri 22 Aug: both were due by Fri 8 Aug; the invitations went on Mon 11 Aug, the advice on Fri 8 Aug.
    const [started] = ehcpDecider.decide(
      review('2025-08-22', { invitationsSentOn: '2025-08-11', adviceCirculatedOn: '2025-08-08' }),
      fold(ehcpDecider, finalised),
    );
    expect(started).toMatchObject({
      type: 'ReviewStarted',
      data: { invitationsSentOn: '2025-08-11', adviceCirculatedOn: '2025-08-08' },
    });
    expect(started?.type === 'ReviewStarted' && started.data.findings).toEqual([
      expect.stringMatching(
        /^Invitations were sent on 2025-08-11, less than 2 weeks before the meeting on 2025-08-22 .*reg 20\(3\).*2025-08-08$/,
      ),
    ]);
  });

  it('refuses a review of a plan that is not final', () => {
    given(ehcpDecider, drafted).when(review('2025-08-22')).thenThrows(E.PLAN_NOT_FINAL);
    given(ehcpDecider).when(review('2025-08-22')).thenThrows(E.PLAN_NOT_FINAL);
  });

  it('refuses a meeting in the future, before the plan, or invitations after the meeting', () => {
    given(ehcpDecider, finalised).when(review('2026-11-29')).thenThrows(DATE_IN_THE_FUTURE);
    given(ehcpDecider, finalised).when(review('2025-01-30')).thenThrows(E.REVIEW_BEFORE_PLAN);
    given(ehcpDecider, finalised)
      .when(review('2025-08-22', { invitationsSentOn: '2025-08-23' }))
      .thenThrows(E.REVIEW_DATES_AFTER_MEETING);
  });

  it('refuses a second review while one awaits its decision; the same review again changes nothing', () => {
    given(ehcpDecider, reviewed)
      .when(cmd('StartReview', { reviewId: 'r2', meetingOn: '2025-08-29' }))
      .thenThrows(E.REVIEW_ALREADY_OPEN);
    given(ehcpDecider, reviewed).when(review('2025-08-22')).then([]);
  });
});

describe('SendReviewReport (Reg 20(7))', () => {
  it('closes review-report, met on the due date and late the day after', () => {
    given(ehcpDecider, reviewed)
      .when(cmd('SendReviewReport', { reviewId: 'r1', sentOn: '2025-09-05' }))
      .then([
        { type: 'ReviewReportSent', data: { reviewId: 'r1', sentOn: '2025-09-05' } },
        met('review-report:r1', 'review-report', '2025-09-05'),
      ]);
    given(ehcpDecider, reviewed)
      .when(cmd('SendReviewReport', { reviewId: 'r1', sentOn: '2025-09-08' }))
      .then([
        { type: 'ReviewReportSent', data: { reviewId: 'r1', sentOn: '2025-09-08' } },
        late('review-report:r1', 'review-report', '2025-09-08', '2025-09-05'),
      ]);
  });

  it('refuses an unknown review or a report before the meeting; a second report changes nothing', () => {
    given(ehcpDecider, reviewed)
      .when(cmd('SendReviewReport', { reviewId: 'nope', sentOn: '2025-09-05' }))
      .thenThrows(E.REVIEW_NOT_FOUND);
    given(ehcpDecider, reviewed)
      .when(cmd('SendReviewReport', { reviewId: 'r1', sentOn: '2025-08-21' }))
      .thenThrows(E.REPORT_BEFORE_MEETING);
    given(ehcpDecider, reviewed, { type: 'ReviewReportSent', data: { reviewId: 'r1', sentOn: '2025-09-01' } })
      .when(cmd('SendReviewReport', { reviewId: 'r1', sentOn: '2025-09-02' }))
      .then([]);
  });
});

describe('DecideReview (Reg 20(10), Reg 22, Devon)', () => {
  it('to amend, is the amendment notice: 15 days beginning with the decision and 8 weeks from it', () => {
    given(ehcpDecider, reviewed)
      .when(decision('2025-09-12', 'amend', { proposedAmendments: 'Section F: therapy to 2 hours weekly' }))
      .then(amending.slice(reviewed.length));
  });

  it('caps the amended plan at 12 weeks from the meeting when the decision itself was late', () => {
    // Meeting 22 Aug; decided 26 Sep (5 weeks, late): 8 weeks would be 21 Nov, 12 weeks from the meeting is 14 Nov.
    const events = ehcpDecider.decide(
      decision('2025-09-26', 'amend', { proposedAmendments: 'Section I: Oakwood Academy from September 2026' }),
      fold(ehcpDecider, reviewed),
    );
    expect(events).toContainEqual(late('review-decision:r1', 'review-decision', '2025-09-26', '2025-09-19'));
    expect(events).toContainEqual(
      started('amendment-representations:r1', 'amendment-representations', '2025-09-26', '2025-10-10'),
    );
    expect(events).toContainEqual(started('amended-plan:r1', 'amended-plan', '2025-09-26', '2025-11-14'));
  });

  it('refuses to amend without the proposed amendments', () => {
    given(ehcpDecider, reviewed).when(decision('2025-09-12', 'amend')).thenThrows(E.PROPOSED_AMENDMENTS_REQUIRED);
    given(ehcpDecider, reviewed)
      .when(decision('2025-09-12', 'amend', { proposedAmendments: '  ' }))
      .thenThrows(E.PROPOSED_AMENDMENTS_REQUIRED);
  });

  it('refuses a decision without the step-down question answered', () => {
    given(ehcpDecider, reviewed)
      .when(decision('2025-09-12', 'maintain', { stepDownRationale: ' ' }))
      .thenThrows(E.STEP_DOWN_REQUIRED);
    given(ehcpDecider, reviewed)
      .when(decision('2025-09-12', 'maintain', { stepDownConsidered: undefined as never }))
      .thenThrows(E.STEP_DOWN_REQUIRED);
  });

  it('records progress towards the plan’s outcomes, by their ids', () => {
    const [decided] = ehcpDecider.decide(
      decision('2025-09-12', 'cease', { outcomesProgress: [{ outcomeId: 'o-1', progress: 'achieved' }] }),
      fold(ehcpDecider, reviewed),
    );
    expect(decided).toMatchObject({
      type: 'ReviewDecided',
      data: { decision: 'cease', outcomesProgress: [{ outcomeId: 'o-1', progress: 'achieved' }] },
    });
  });

  it('refuses progress on an outcome the current plan does not have, or the same outcome twice', () => {
    const withIds: EhcpEvent[] = reviewed.map((e) =>
      e.type === 'FinalPlanIssued'
        ? {
            ...e,
            data: {
              ...e.data,
              sections: {
                ...e.data.sections,
                E: [{ outcomeId: 'o-1', text: 'Speaks in sentences' }],
              },
            },
          }
        : e,
    );
    given(ehcpDecider, withIds)
      .when(decision('2025-09-12', 'maintain', { outcomesProgress: [{ outcomeId: 'o-9', progress: 'achieved' }] }))
      .thenThrows(E.UNKNOWN_OUTCOME);
    given(ehcpDecider, withIds)
      .when(
        decision('2025-09-12', 'maintain', {
          outcomesProgress: [
            { outcomeId: 'o-1', progress: 'achieved' },
            { outcomeId: 'o-1', progress: 'progressing' },
          ],
        }),
      )
      .thenThrows(E.DUPLICATE_OUTCOME);
    const [ok] = ehcpDecider.decide(
      decision('2025-09-12', 'maintain', { outcomesProgress: [{ outcomeId: 'o-1', progress: 'progressing' }] }),
      fold(ehcpDecider, withIds),
    );
    expect(ok?.type).toBe('ReviewDecided');
  });

  it('refuses a decision before the meeting, in the future, twice, on an unknown review, or on a plan not final', () => {
    given(ehcpDecider, reviewed).when(decision('2025-08-21')).thenThrows(E.DECISION_BEFORE_MEETING);
    given(ehcpDecider, reviewed).when(decision('2026-11-29')).thenThrows(DATE_IN_THE_FUTURE);
    given(ehcpDecider, amending).when(decision('2025-09-13')).thenThrows(E.REVIEW_ALREADY_DECIDED);
    given(ehcpDecider, reviewed)
      .when({ ...decision('2025-09-12'), data: { ...decision('2025-09-12').data, reviewId: 'x' } })
      .thenThrows(E.REVIEW_NOT_FOUND);
    given(ehcpDecider, drafted).when(decision('2025-09-12')).thenThrows(E.PLAN_NOT_FINAL);
  });

  it('lets a new review start once the last one is decided', () => {
    const events = ehcpDecider.decide(
      cmd('StartReview', { reviewId: 'r2', meetingOn: '2026-06-05' }),
      fold(ehcpDecider, amending),
    );
    expect(events[0]).toMatchObject({ type: 'ReviewStarted', data: { reviewId: 'r2' } });
  });

  it('keeps the decision, the step-down question and the progress in the plan state', () => {
    const state = fold(ehcpDecider, amending);
    expect(state.status === 'final' && state.reviews).toEqual({
      byId: {
        r1: {
          reviewId: 'r1',
          meetingOn: '2025-08-22',
          findings: [],
          decision: 'amend',
          decidedOn: '2025-09-12',
          stepDownConsidered: true,
          stepDownRationale: 'Targeted support alone would not meet the need for weekly therapy',
          outcomesProgress: [],
        },
      },
    });
    expect(state.status === 'final' && state.amendment?.open).toEqual({ noticeId: 'r1', sentOn: '2025-09-12', reviewId: 'r1' });
  });
});
