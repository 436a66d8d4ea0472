/** A plan made final on Fri 31 Jan 2025, for the tests of what follows a final plan. */
import { ruleOf, type RuleId } from '@send/statutory';
import type { EhcpCommand } from './ehcp.commands.js';
import type { EhcpEvent } from './ehcp.events.js';
import type { PlanSections, SectionI } from './plan-sections.js';

export const TODAY = '2026-11-28';
export const cmd = <T extends EhcpCommand['type']>(type: T, data: Extract<EhcpCommand, { type: T }>['data'], today = TODAY) =>
  ({ type, data, today }) as Extract<EhcpCommand, { type: T }>;

const text = (t: string) => ({ text: t });
export const sections: PlanSections = {
  A: text('Loves trains'),
  B: { primaryNeed: 'SLCN', description: 'Severe expressive language disorder' },
  C: text('None'),
  D: text('None'),
  E: [{ outcomeId: 'o-1', text: 'Uses 3-word phrases by July 2026', area: 'community' }],
  F: {
    items: [
      {
        provision: 'Speech and language therapy, direct 1:1',
        hours: 1,
        frequency: 'weekly',
        deliveredBy: 'speech and language therapist',
      },
    ],
  },
  G: text('None'),
  H1: text('None'),
  H2: text('None'),
  J: text('None'),
  K: [{ title: 'EP report', date: '2024-11-10' }],
};
export const hillside: SectionI = { type: 'mainstream', settingId: 'urn-100001', name: 'Hillside Primary' };
export const oakwood: SectionI = { type: 'mainstream', settingId: 'urn-100002', name: 'Oakwood Academy' };

export const started = (deadlineId: string, rule: RuleId, startedOn: string, dueOn: string): EhcpEvent => ({
  type: 'DeadlineStarted',
  data: { deadlineId, rule, source: ruleOf(rule).source, startedOn, dueOn },
});
export const met = (deadlineId: string, rule: RuleId, metOn: string): EhcpEvent => ({
  type: 'DeadlineMet',
  data: { deadlineId, rule, metOn },
});
export const late = (deadlineId: string, rule: RuleId, closedOn: string, dueOn: string): EhcpEvent => ({
  type: 'DeadlineClosedLate',
  data: { deadlineId, rule, closedOn, dueOn },
});

export const drafted: EhcpEvent[] = [
  { type: 'PlanOpened', data: { caseId: 'case-1', la: '202', requestedOn: '2024-09-02', decidedOn: '2024-12-02' } },
  { type: 'DraftPlanIssued', data: { version: 1, issuedOn: '2025-01-10', sections } },
  started('draft-representations:1', 'draft-representations', '2025-01-10', '2025-01-24'),
];

/** Final on 2025-01-31: CFA s.44(1) 12 months starting with that day end on 2026-01-30. */
export const finalised: EhcpEvent[] = [
  ...drafted,
  { type: 'FinalPlanIssued', data: { version: 2, issuedOn: '2025-01-31', sections: { ...sections, I: hillside } } },
  met('draft-representations:1', 'draft-representations', '2025-01-24'),
  started('annual-review:1', 'annual-review', '2025-01-31', '2026-01-30'),
];

/**
 * Review meeting on Fri 22 Aug 2025, the Friday before the August bank holiday (Mon 25 Aug): no roll,
 * so the report is due Fri 5 Sep (2 weeks) and the decision Fri 19 Sep (4 weeks).
 */
export const reviewed: EhcpEvent[] = [
  ...finalised,
  { type: 'ReviewStarted', data: { reviewId: 'r1', meetingOn: '2025-08-22', invitationsSentOn: '2025-08-01', findings: [] } },
  started('review-report:r1', 'review-report', '2025-08-22', '2025-09-05'),
  started('review-decision:r1', 'review-decision', '2025-08-22', '2025-09-19'),
];

export const decision = (
  decidedOn: string,
  decision: 'maintain' | 'amend' | 'cease' = 'maintain',
  extra: Partial<Extract<EhcpCommand, { type: 'DecideReview' }>['data']> = {},
) =>
  cmd('DecideReview', {
    reviewId: 'r1',
    decision,
    decidedOn,
    stepDownConsidered: true,
    stepDownRationale: 'Targeted support alone would not meet the need for weekly therapy',
    rationale: 'Progress is good but needs remain',
    ...extra,
  });

/** Decided to amend on Fri 12 Sep 2025: the 15 days end Fri 26 Sep, the amended plan is due Fri 7 Nov. */
export const amending: EhcpEvent[] = [
  ...reviewed,
  {
    type: 'ReviewDecided',
    data: {
      reviewId: 'r1',
      decision: 'amend',
      decidedOn: '2025-09-12',
      meetingOn: '2025-08-22',
      stepDownConsidered: true,
      stepDownRationale: 'Targeted support alone would not meet the need for weekly therapy',
      rationale: 'Progress is good but needs remain',
      proposedAmendments: 'Section F: therapy to 2 hours weekly',
      outcomesProgress: [],
    },
  },
  met('review-decision:r1', 'review-decision', '2025-09-12'),
  met('annual-review:1', 'annual-review', '2025-09-12'),
  started('annual-review:2', 'annual-review', '2025-09-12', '2026-09-11'),
  {
    type: 'AmendmentNoticeSent',
    data: {
      noticeId: 'r1',
      sentOn: '2025-09-12',
      proposedAmendments: 'Section F: therapy to 2 hours weekly',
      reason: 'Progress is good but needs remain',
      reviewId: 'r1',
    },
  },
  started('amendment-representations:r1', 'amendment-representations', '2025-09-12', '2025-09-26'),
  started('amended-plan:r1', 'amended-plan', '2025-09-12', '2025-11-07'),
];
