import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { fold, given } from '@send/testing';
import { amendedSections } from './amendment.js';
import { ehcpDecider } from './ehcp.decider.js';
import { EhcpErrors as E } from './ehcp.errors.js';
import type { EhcpEvent } from './ehcp.events.js';
import { amending, cmd, finalised, hillside, met, oakwood, reviewed, sections, started } from './lifecycle.fixtures.js';

const amended = (issuedOn: string, s = sections, today?: string) => cmd('IssueAmendedPlan', { issuedOn, sections: s }, today);
const representations = (receivedOn: string, nothingFurther?: boolean) =>
  cmd('ReceiveRepresentations', { receivedOn, ...(nothingFurther === undefined ? {} : { nothingFurther }) });

/** A notice outside a review, Mon 2 Mar 2026: 15 days end Mon 16 Mar; the plan is due Mon 27 Apr (8 weeks). */
const noticed: EhcpEvent[] = [
  ...finalised,
  {
    type: 'AmendmentNoticeSent',
    data: { noticeId: 'n1', sentOn: '2026-03-02', proposedAmendments: 'Section B: add SEMH', reason: 'New EP advice' },
  },
  started('amendment-representations:n1', 'amendment-representations', '2026-03-02', '2026-03-16'),
  started('amended-plan:n1', 'amended-plan', '2026-03-02', '2026-04-27'),
];

describe('SendAmendmentNotice (Reg 22(1)–(2))', () => {
  it('starts the 15 days beginning with the notice and the 8 weeks from it', () => {
    given(ehcpDecider, finalised)
      .when(
        cmd('SendAmendmentNotice', {
          noticeId: 'n1',
          sentOn: '2026-03-02',
          proposedAmendments: 'Section B: add SEMH',
          reason: 'New EP advice',
        }),
      )
      .then(noticed.slice(finalised.length));
  });

  it('counts the 15 days across Christmas and the 8 weeks across the new year, with no roll', () => {
    const events = ehcpDecider.decide(
      cmd('SendAmendmentNotice', { noticeId: 'n2', sentOn: '2025-12-19', proposedAmendments: 'Section F', reason: 'r' }),
      fold(ehcpDecider, finalised),
    );
    // 19 Dec + 14 = Fri 2 Jan 2026; 19 Dec + 56 = Fri 13 Feb 2026.
    expect(events.slice(1)).toEqual([
      started('amendment-representations:n2', 'amendment-representations', '2025-12-19', '2026-01-02'),
      started('amended-plan:n2', 'amended-plan', '2025-12-19', '2026-02-13'),
    ]);
  });

  it('refuses a notice on a plan not final, before the plan, in the future, or while another is open; the same again is nothing', () => {
    const notice = (sentOn: string, noticeId = 'n1') =>
      cmd('SendAmendmentNotice', { noticeId, sentOn, proposedAmendments: 'p', reason: 'r' });
    given(ehcpDecider, finalised.slice(0, 3)).when(notice('2026-03-02')).thenThrows(E.PLAN_NOT_FINAL);
    given(ehcpDecider, finalised).when(notice('2025-01-30')).thenThrows(E.NOTICE_BEFORE_PLAN);
    given(ehcpDecider, finalised).when(notice('2026-11-29')).thenThrows(DATE_IN_THE_FUTURE);
    given(ehcpDecider, noticed).when(notice('2026-03-03', 'n2')).thenThrows(E.AMENDMENT_ALREADY_OPEN);
    given(ehcpDecider, noticed).when(notice('2026-03-02')).then([]);
  });
});

describe('representations on an open notice', () => {
  it('answers the notice, and nothing further ends its 15 days', () => {
    given(ehcpDecider, noticed)
      .when(representations('2026-03-05', true))
      .then([
        {
          type: 'RepresentationsReceived',
          data: { draftVersion: 2, noticeId: 'n1', receivedOn: '2026-03-05', nothingFurther: true },
        },
        met('amendment-representations:n1', 'amendment-representations', '2026-03-05'),
      ]);
  });

  it('refuses representations dated before the notice; with no notice open the final plan takes none', () => {
    given(ehcpDecider, noticed).when(representations('2026-03-01')).thenThrows(E.REPRESENTATIONS_BEFORE_NOTICE);
    given(ehcpDecider, finalised).when(representations('2026-03-01')).thenThrows(E.PLAN_ALREADY_FINAL);
  });
});

describe('IssueAmendedPlan (Reg 22(3))', () => {
  it('is refused on the last of the 15 days, and issued the day after as a new version', () => {
    const error = given(ehcpDecider, amending).when(amended('2025-09-26')).thenThrows(E.REPRESENTATION_PERIOD_OPEN);
    expect(error.details).toEqual({ periodEndsOn: '2025-09-26' });
    given(ehcpDecider, amending)
      .when(amended('2025-09-29'))
      .then([
        {
          type: 'AmendedPlanIssued',
          data: { version: 3, issuedOn: '2025-09-29', sections: { ...sections, I: hillside }, noticeId: 'r1', reviewId: 'r1' },
        },
        met('amendment-representations:r1', 'amendment-representations', '2025-09-26'),
        met('amended-plan:r1', 'amended-plan', '2025-09-29'),
      ]);
  });

  it('is issued inside the 15 days once the family said nothing further', () => {
    const answered: EhcpEvent[] = [
      ...noticed,
      {
        type: 'RepresentationsReceived',
        data: { draftVersion: 2, noticeId: 'n1', receivedOn: '2026-03-05', nothingFurther: true },
      },
      met('amendment-representations:n1', 'amendment-representations', '2026-03-05'),
    ];
    given(ehcpDecider, answered).when(amended('2026-03-04')).thenThrows(E.REPRESENTATION_PERIOD_OPEN);
    given(ehcpDecider, answered)
      .when(amended('2026-03-05', { ...sections, I: oakwood }))
      .then([
        {
          type: 'AmendedPlanIssued',
          data: { version: 3, issuedOn: '2026-03-05', sections: { ...sections, I: oakwood }, noticeId: 'n1' },
        },
        met('amended-plan:n1', 'amended-plan', '2026-03-05'),
      ]);
  });

  it('closes the amended-plan clock late after 8 weeks', () => {
    const events = ehcpDecider.decide(amended('2026-04-28'), fold(ehcpDecider, noticed));
    expect(events).toContainEqual({
      type: 'DeadlineClosedLate',
      data: { deadlineId: 'amended-plan:n1', rule: 'amended-plan', closedOn: '2026-04-28', dueOn: '2026-04-27' },
    });
  });

  it('becomes the current final version, kept beside every earlier one', () => {
    const state = fold(ehcpDecider, [...amending, ...ehcpDecider.decide(amended('2025-09-29'), fold(ehcpDecider, amending))]);
    expect(state.status).toBe('final');
    expect(state.status === 'final' && state.final).toMatchObject({ version: 3, status: 'final', issuedOn: '2025-09-29' });
    expect(state.status === 'final' && state.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'draft'],
      [2, 'final'],
      [3, 'final'],
    ]);
    expect(state.status === 'final' && state.amendment).toEqual({});
  });

  it('refuses unquantified provision, a date before the notice, in the future, or on a plan not final', () => {
    const vague = {
      ...sections,
      F: { items: [{ provision: 'Access to support as required', frequency: 'as required', deliveredBy: 'staff' }] },
    };
    given(ehcpDecider, noticed.concat()).when(amended('2026-03-20', vague)).thenThrows(E.SECTION_F_NOT_SPECIFIC);
    given(ehcpDecider, noticed).when(amended('2026-03-01')).thenThrows(E.AMENDED_BEFORE_NOTICE);
    given(ehcpDecider, noticed).when(amended('2026-11-29')).thenThrows(DATE_IN_THE_FUTURE);
    given(ehcpDecider, finalised.slice(0, 3)).when(amended('2026-03-20')).thenThrows(E.PLAN_NOT_FINAL);
    given(ehcpDecider, finalised).when(amended('2025-01-30')).thenThrows(E.AMENDED_BEFORE_PLAN);
  });

  it('without a notice (a tribunal order or agreement settled it), issues the version with no clocks of its own', () => {
    given(ehcpDecider, finalised)
      .when(amended('2026-03-20', { ...sections, I: oakwood }))
      .then([{ type: 'AmendedPlanIssued', data: { version: 3, issuedOn: '2026-03-20', sections: { ...sections, I: oakwood } } }]);
  });
});

describe('amendedSections', () => {
  it('keeps the sections as given, with the ids they carry, and section I from the previous version when none is given', () => {
    const { I: _none, ...withoutI } = { ...sections, I: oakwood };
    expect(amendedSections({ ...sections, I: hillside }, withoutI)).toEqual({ ...sections, I: hillside });
    expect(amendedSections({ ...sections, I: hillside }, { ...sections, I: oakwood })).toEqual({ ...sections, I: oakwood });
    // Outcomes keep their ids: one given with its id, one matching an earlier text, and a new one.
    const E = [{ outcomeId: 'o-1', text: 'Speaks in sentences' }, 'uses 3-word phrases by july 2026', 'Reads simple words'];
    expect(
      amendedSections(sections, { ...sections, E }, [{ outcomeId: 'o-2', text: 'Uses 3-word phrases by July 2026' }]).E,
    ).toEqual([
      { outcomeId: 'o-1', text: 'Speaks in sentences' },
      { outcomeId: 'o-2', text: 'uses 3-word phrases by july 2026' },
      { outcomeId: 'o-3', text: 'Reads simple words' },
    ]);
  });
});

describe('DecideNotToAmend (Reg 22(4))', () => {
  it('closes the notice’s clocks', () => {
    given(ehcpDecider, amending)
      .when(cmd('DecideNotToAmend', { decidedOn: '2025-10-03', reason: 'Representations show the plan is still right' }))
      .then([
        {
          type: 'DecidedNotToAmend',
          data: {
            noticeId: 'r1',
            decidedOn: '2025-10-03',
            reason: 'Representations show the plan is still right',
            reviewId: 'r1',
          },
        },
        met('amendment-representations:r1', 'amendment-representations', '2025-09-26'),
        met('amended-plan:r1', 'amended-plan', '2025-10-03'),
      ]);
  });

  it('refuses with no notice open, or dated before the notice', () => {
    given(ehcpDecider, reviewed)
      .when(cmd('DecideNotToAmend', { decidedOn: '2025-10-03', reason: 'r' }))
      .thenThrows(E.NO_AMENDMENT_NOTICE);
    given(ehcpDecider, noticed)
      .when(cmd('DecideNotToAmend', { decidedOn: '2026-03-01', reason: 'r' }))
      .thenThrows(E.NOT_AMENDING_BEFORE_NOTICE);
  });

  it('leaves no notice open, so representations are refused again', () => {
    const closed = [
      ...noticed,
      { type: 'DecidedNotToAmend', data: { noticeId: 'n1', decidedOn: '2026-03-20', reason: 'r' } } as EhcpEvent,
    ];
    given(ehcpDecider, closed).when(representations('2026-03-21')).thenThrows(E.PLAN_ALREADY_FINAL);
  });
});
