import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { ruleOf } from '@send/statutory';
import { fold, given } from '@send/testing';
import type { EhcpCommand } from './ehcp.commands.js';
import { ehcpDecider } from './ehcp.decider.js';
import { EhcpErrors as E } from './ehcp.errors.js';
import type { EhcpEvent } from './ehcp.events.js';
import type { PlanSections, PlanSectionsInput, SectionI } from './plan-sections.js';

const TODAY = '2025-06-30';
const cmd = <T extends EhcpCommand['type']>(type: T, data: Extract<EhcpCommand, { type: T }>['data'], today = TODAY) =>
  ({ type, data, today }) as Extract<EhcpCommand, { type: T }>;

const text = (t: string) => ({ text: t });
const sections: PlanSections = {
  A: text('Loves trains; wants to be a driver'),
  B: { primaryNeed: 'SLCN', secondaryNeeds: ['SEMH'], description: 'Severe expressive language disorder' },
  C: text('None'),
  D: text('None'),
  E: [{ outcomeId: 'o-1', text: 'Uses 3-word phrases', area: 'community', by: '2026-07-17' }],
  F: {
    items: [
      {
        provision: 'Speech and language therapy, direct 1:1',
        hours: 1,
        frequency: 'weekly',
        deliveredBy: 'specialist speech and language therapist',
      },
      { provision: 'Sloped writing board', frequency: 'at all times', deliveredBy: 'class teacher' },
    ],
  },
  G: text('None'),
  H1: text('None'),
  H2: text('None'),
  J: text('No personal budget requested'),
  K: [{ title: 'Educational psychology advice', from: 'Educational psychologist', date: '2025-01-10' }],
};
/** The same sections as a caseworker sends them: outcomes without their ids. */
const input: PlanSectionsInput = { ...sections, E: [{ text: 'Uses 3-word phrases', area: 'community', by: '2026-07-17' }] };
const mainstream: SectionI = { type: 'mainstream', settingId: 'urn-100001', name: 'Hillside Primary' };

const DECIDED_ON = '2025-03-10';
const opened: EhcpEvent[] = [
  { type: 'PlanOpened', data: { caseId: 'case-1', la: '202', requestedOn: '2024-11-07', decidedOn: DECIDED_ON } },
];
const SOURCE = ruleOf('draft-representations').source;
const periodStarted = (version: number, startedOn: string, dueOn: string): EhcpEvent => ({
  type: 'DeadlineStarted',
  data: { deadlineId: `draft-representations:${version}`, rule: 'draft-representations', source: SOURCE, startedOn, dueOn },
});
/** CFA s.44(1): the first annual review clock, 12 months starting with the day the plan is made final. */
const annualReview = (n: number, startedOn: string, dueOn: string): EhcpEvent => ({
  type: 'DeadlineStarted',
  data: { deadlineId: `annual-review:${n}`, rule: 'annual-review', source: ruleOf('annual-review').source, startedOn, dueOn },
});
const periodMet = (version: number, metOn: string): EhcpEvent => ({
  type: 'DeadlineMet',
  data: { deadlineId: `draft-representations:${version}`, rule: 'draft-representations', metOn },
});

/** Draft served 2025-03-20: 15 days beginning with that day end on 2025-04-03 (Reg 13(1)). */
const drafted: EhcpEvent[] = [
  ...opened,
  { type: 'DraftPlanIssued', data: { version: 1, issuedOn: '2025-03-20', sections } },
  periodStarted(1, '2025-03-20', '2025-04-03'),
];
const nothingFurther: EhcpEvent[] = [
  { type: 'RepresentationsReceived', data: { draftVersion: 1, receivedOn: '2025-03-25', nothingFurther: true } },
  periodMet(1, '2025-03-25'),
];
const finalised: EhcpEvent[] = [
  ...drafted,
  { type: 'FinalPlanIssued', data: { version: 2, issuedOn: '2025-04-04', sections: { ...sections, I: mainstream } } },
  periodMet(1, '2025-04-03'),
  annualReview(1, '2025-04-04', '2026-04-03'),
];

const draft = (issuedOn: string, s: PlanSectionsInput = input, today?: string) =>
  cmd('IssueDraftPlan', { issuedOn, sections: s }, today);
const final = (issuedOn: string, sectionI?: SectionI) =>
  cmd('IssueFinalPlan', { issuedOn, ...(sectionI === undefined ? {} : { sectionI }) });
const representations = (
  receivedOn: string,
  extra: { nothingFurther?: boolean; requestedSettingId?: string; views?: string } = {},
) => cmd('ReceiveRepresentations', { receivedOn, ...extra });
const open = (decidedOn = DECIDED_ON, today?: string) =>
  cmd('OpenPlan', { caseId: 'case-1', la: '202', requestedOn: '2024-11-07', decidedOn }, today);

describe('no plan opened', () => {
  it('opens the plan when the assessment decided to issue one', () => {
    given(ehcpDecider).when(open()).then(opened);
  });

  it('refuses an opening decision dated after today', () => {
    given(ehcpDecider).when(open('2025-03-11', '2025-03-10')).thenThrows(DATE_IN_THE_FUTURE);
  });

  it('refuses a draft before the LA decided to issue a plan', () => {
    given(ehcpDecider).when(draft('2025-03-20')).thenThrows(E.PLAN_NOT_OPEN);
  });

  it('refuses representations and a final plan without a draft', () => {
    given(ehcpDecider).when(representations('2025-03-25')).thenThrows(E.NO_DRAFT);
    given(ehcpDecider).when(final('2025-04-04', mainstream)).thenThrows(E.NO_DRAFT);
  });
});

describe('open', () => {
  it('ignores a repeated opening (at-least-once delivery)', () => {
    given(ehcpDecider, opened).when(open()).then([]);
  });

  it('issues draft version 1 and starts the family’s 15 days, ending 2025-04-03', () => {
    given(ehcpDecider, opened).when(draft('2025-03-20')).then(drafted.slice(opened.length));
  });

  it('refuses a draft that names a setting or a type in section I, citing CFA s.38(5), and records nothing', () => {
    const error = given(ehcpDecider, opened)
      .when(draft('2025-03-20', { ...input, I: mainstream }))
      .thenThrows(E.SECTION_I_IN_DRAFT);
    expect(error.message).toContain('s.38(5)');
    expect(error.details).toEqual({ field: 'sections.I' });
    given(ehcpDecider, opened)
      .when(draft('2025-03-20', { ...input, I: { type: 'special' } }))
      .thenThrows(E.SECTION_I_IN_DRAFT);
  });

  it('gives each outcome an id, o-1, o-2 …, in the order sent', () => {
    const [issued] = ehcpDecider.decide(
      draft('2025-03-20', { ...input, E: ['Reads a page', { text: 'Dresses alone', area: 'independent-living' }] }),
      fold(ehcpDecider, opened),
    );
    expect(issued).toMatchObject({
      type: 'DraftPlanIssued',
      data: {
        sections: {
          E: [
            { outcomeId: 'o-1', text: 'Reads a page' },
            { outcomeId: 'o-2', text: 'Dresses alone', area: 'independent-living' },
          ],
        },
      },
    });
  });

  it('refuses a draft dated before the decision to issue a plan', () => {
    given(ehcpDecider, opened).when(draft('2025-03-09')).thenThrows(E.DRAFT_BEFORE_DECISION);
  });

  it('refuses a draft dated after today', () => {
    const error = given(ehcpDecider, opened)
      .when(draft('2025-03-21', sections, '2025-03-20'))
      .thenThrows(DATE_IN_THE_FUTURE);
    expect(error.details).toEqual({ field: 'issuedOn' });
  });

  it('refuses a draft whose section F is not specified and quantified, naming every field', () => {
    const vague = { ...input, F: { items: [{ provision: 'Access to SALT', frequency: 'regularly', deliveredBy: '' }] } };
    const error = given(ehcpDecider, opened).when(draft('2025-03-20', vague)).thenThrows(E.SECTION_F_NOT_SPECIFIC);
    const fields = (error.details?.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(['sections.F.items[0].provision', 'sections.F.items[0].frequency', 'sections.F.items[0].deliveredBy']);
  });

  it('refuses representations and a final plan without a draft', () => {
    given(ehcpDecider, opened).when(representations('2025-03-25')).thenThrows(E.NO_DRAFT);
    given(ehcpDecider, opened).when(final('2025-04-04', mainstream)).thenThrows(E.NO_DRAFT);
  });
});

describe('draft', () => {
  it('records representations and a requested setting while the period runs', () => {
    given(ehcpDecider, drafted)
      .when(representations('2025-03-28', { requestedSettingId: 'urn-200002' }))
      .then([
        {
          type: 'RepresentationsReceived',
          data: { draftVersion: 1, receivedOn: '2025-03-28', nothingFurther: false, requestedSettingId: 'urn-200002' },
        },
      ]);
  });

  it("records the family's views in their own words, without ending the period", () => {
    given(ehcpDecider, drafted)
      .when(representations('2025-03-28', { views: 'Speech therapy in class, please.' }))
      .then([
        {
          type: 'RepresentationsReceived',
          data: { draftVersion: 1, receivedOn: '2025-03-28', nothingFurther: false, views: 'Speech therapy in class, please.' },
        },
      ]);
  });

  it('ends the period when the family says it has nothing further', () => {
    given(ehcpDecider, drafted)
      .when(representations('2025-03-25', { nothingFurther: true }))
      .then(nothingFurther);
  });

  it('refuses representations dated before the draft', () => {
    given(ehcpDecider, drafted).when(representations('2025-03-19')).thenThrows(E.REPRESENTATIONS_BEFORE_DRAFT);
  });

  it('refuses a final plan on 2025-04-03, the last day of the period', () => {
    const error = given(ehcpDecider, drafted).when(final('2025-04-03')).thenThrows(E.REPRESENTATION_PERIOD_OPEN);
    expect(error.details).toEqual({ periodEndsOn: '2025-04-03' });
  });

  it('issues the final plan on 2025-04-04 as version 2 with section I from its body, the period met on its last day', () => {
    given(ehcpDecider, drafted).when(final('2025-04-04', mainstream)).then(finalised.slice(drafted.length));
  });

  it('issues the final plan on 2025-03-25 once the family said nothing further that day', () => {
    given(ehcpDecider, drafted, nothingFurther)
      .when(final('2025-03-25', mainstream))
      .then([
        { type: 'FinalPlanIssued', data: { version: 2, issuedOn: '2025-03-25', sections: { ...sections, I: mainstream } } },
        annualReview(1, '2025-03-25', '2026-03-24'),
      ]);
  });

  it('refuses a final plan dated before the family said nothing further', () => {
    given(ehcpDecider, drafted, nothingFurther).when(final('2025-03-24')).thenThrows(E.REPRESENTATION_PERIOD_OPEN);
  });

  it('names the setting given with the final plan over the draft’s', () => {
    const special: SectionI = { type: 'special', settingId: 'urn-300003', name: 'Oak Special School' };
    given(ehcpDecider, drafted)
      .when(final('2025-04-04', special))
      .then([
        { type: 'FinalPlanIssued', data: { version: 2, issuedOn: '2025-04-04', sections: { ...sections, I: special } } },
        periodMet(1, '2025-04-03'),
        annualReview(1, '2025-04-04', '2026-04-03'),
      ]);
  });

  it('refuses a final plan with no section I in its body and none from placement', () => {
    given(ehcpDecider, drafted).when(final('2025-04-04')).thenThrows(E.SECTION_I_REQUIRED);
  });

  it('refuses a final plan dated before the draft', () => {
    given(ehcpDecider, drafted).when(final('2025-03-19')).thenThrows(E.FINAL_BEFORE_DRAFT);
  });

  it('issues a second draft as version 2 and restarts the period, the outcome keeping its id', () => {
    given(ehcpDecider, drafted)
      .when(draft('2025-03-27'))
      .then([
        { type: 'DraftPlanIssued', data: { version: 2, issuedOn: '2025-03-27', sections } },
        {
          type: 'DeadlineNotApplicable',
          data: {
            deadlineId: 'draft-representations:1',
            rule: 'draft-representations',
            on: '2025-03-27',
            why: 'superseded by draft 2',
          },
        },
        periodStarted(2, '2025-03-27', '2025-04-10'),
      ]);
  });

  it('starts a fresh period for a second draft even after nothing further on the first', () => {
    given(ehcpDecider, drafted, nothingFurther)
      .when(draft('2025-03-27'))
      .then([
        { type: 'DraftPlanIssued', data: { version: 2, issuedOn: '2025-03-27', sections } },
        periodStarted(2, '2025-03-27', '2025-04-10'),
      ]);
  });

  it('holds a final plan to the second draft’s period', () => {
    const redrafted: EhcpEvent[] = [
      ...drafted,
      ...nothingFurther,
      { type: 'DraftPlanIssued', data: { version: 2, issuedOn: '2025-03-27', sections } },
      periodStarted(2, '2025-03-27', '2025-04-10'),
    ];
    given(ehcpDecider, redrafted).when(final('2025-04-10', mainstream)).thenThrows(E.REPRESENTATION_PERIOD_OPEN);
    given(ehcpDecider, redrafted)
      .when(final('2025-04-11', mainstream))
      .then([
        { type: 'FinalPlanIssued', data: { version: 3, issuedOn: '2025-04-11', sections: { ...sections, I: mainstream } } },
        periodMet(2, '2025-04-10'),
        annualReview(1, '2025-04-11', '2026-04-10'),
      ]);
  });

  it('refuses a second draft dated before the first', () => {
    given(ehcpDecider, drafted).when(draft('2025-03-19')).thenThrows(E.DRAFT_BEFORE_PREVIOUS_DRAFT);
  });
});

describe('final', () => {
  it('refuses any further draft, representations or final plan', () => {
    given(ehcpDecider, finalised).when(draft('2025-05-01')).thenThrows(E.PLAN_ALREADY_FINAL);
    given(ehcpDecider, finalised).when(representations('2025-05-01')).thenThrows(E.PLAN_ALREADY_FINAL);
    given(ehcpDecider, finalised).when(final('2025-05-01', mainstream)).thenThrows(E.PLAN_ALREADY_FINAL);
  });

  it('ignores a repeated opening', () => {
    given(ehcpDecider, finalised).when(open()).then([]);
  });

  it('keeps every issued version in full', () => {
    const state = fold(ehcpDecider, finalised);
    expect(state.status).toBe('final');
    expect(state.status === 'final' && state.versions).toEqual([
      { version: 1, status: 'draft', issuedOn: '2025-03-20', sections },
      { version: 2, status: 'final', issuedOn: '2025-04-04', sections: { ...sections, I: mainstream } },
    ]);
  });
});

describe('setting named by placement', () => {
  const special: SectionI = { type: 'special', settingId: 'urn-200002', name: 'Oakwood School' };
  const named: EhcpEvent = { type: 'SettingNamed', data: { setting: special, namedOn: '2025-03-28', sourceEventId: 'alloc-1' } };
  const noI = drafted;

  it('records the allocated setting for section I', () => {
    given(ehcpDecider, noI)
      .when(cmd('NameSetting', { setting: special, namedOn: '2025-03-28', sourceEventId: 'alloc-1' }))
      .then([named]);
  });

  it('does nothing when the same allocation arrives again', () => {
    given(ehcpDecider, noI, named)
      .when(cmd('NameSetting', { setting: special, namedOn: '2025-03-28', sourceEventId: 'alloc-1' }))
      .then([]);
  });

  it('is kept when it arrives before the plan opens, and the plan takes it when it does', () => {
    given(ehcpDecider)
      .when(cmd('NameSetting', { setting: special, namedOn: '2025-03-28', sourceEventId: 'alloc-1' }))
      .then([named]);
    const draftedAfter: EhcpEvent[] = [named, ...noI];
    const events = ehcpDecider.decide(cmd('IssueFinalPlan', { issuedOn: '2025-04-04' }), fold(ehcpDecider, draftedAfter));
    expect(events[0]).toMatchObject({ type: 'FinalPlanIssued', data: { sections: { I: special } } });
  });

  it('lets the final plan wait for it, then puts it in section I', () => {
    given(ehcpDecider, noI)
      .when(cmd('IssueFinalPlan', { issuedOn: '2025-04-04' }))
      .thenThrows(E.SECTION_I_REQUIRED);
    const events = ehcpDecider.decide(cmd('IssueFinalPlan', { issuedOn: '2025-04-04' }), fold(ehcpDecider, [...noI, named]));
    expect(events[0]).toMatchObject({ type: 'FinalPlanIssued', data: { sections: { I: special } } });
  });
});

describe('section E across drafts', () => {
  const second = (E: PlanSectionsInput['E']) =>
    ehcpDecider.decide(draft('2025-03-27', { ...input, E }), fold(ehcpDecider, drafted));
  const outcomesOf = (events: readonly EhcpEvent[]) =>
    events[0].type === 'DraftPlanIssued' ? events[0].data.sections.E.map((o) => [o.outcomeId, o.text]) : [];

  it('keeps the id of an outcome whose text is unchanged, and gives a new one the next id', () => {
    expect(outcomesOf(second(['Makes a friend', ' uses 3-WORD  phrases ']))).toEqual([
      ['o-2', 'Makes a friend'],
      ['o-1', ' uses 3-WORD  phrases '],
    ]);
  });

  it('keeps an id sent with a reworded outcome', () => {
    expect(outcomesOf(second([{ outcomeId: 'o-1', text: 'Uses 4-word phrases' }]))).toEqual([['o-1', 'Uses 4-word phrases']]);
  });

  it('never gives a dropped outcome’s id to a new one, and gives it back when the outcome returns', () => {
    const v2: EhcpEvent[] = [...drafted, ...second(['Makes a friend'])];
    const v3 = ehcpDecider.decide(
      draft('2025-03-31', { ...input, E: ['Rides a bike', 'Uses 3-word phrases'] }),
      fold(ehcpDecider, v2),
    );
    expect(outcomesOf(v3)).toEqual([
      ['o-3', 'Rides a bike'],
      ['o-1', 'Uses 3-word phrases'],
    ]);
  });
});

describe('a draft recorded before E and K were lists and before section I left the draft', () => {
  // As recorded then: E { text, outcomes? }, K { text }, and section I proposed in the draft.
  const legacy = {
    ...sections,
    E: { text: 'Communication', outcomes: ['Uses 3-word phrases by July 2026'] },
    K: { text: 'EP report 2025-01-10' },
    I: mainstream,
  } as unknown as PlanSections;
  const recorded: EhcpEvent[] = [
    ...opened,
    { type: 'DraftPlanIssued', data: { version: 1, issuedOn: '2025-03-20', sections: legacy } },
    periodStarted(1, '2025-03-20', '2025-04-03'),
  ];
  const asReadNow: PlanSections = {
    ...sections,
    E: [
      { outcomeId: 'o-1', text: 'Communication' },
      { outcomeId: 'o-2', text: 'Uses 3-word phrases by July 2026' },
    ],
    K: [{ title: 'EP report 2025-01-10' }],
    I: mainstream,
  };

  it('is read in today’s shape, with every word kept and ids by position, the event untouched', () => {
    const state = fold(ehcpDecider, recorded);
    expect(state.status === 'draft' && state.versions[0].sections).toEqual(asReadNow);
    expect((recorded[1].data as { sections: unknown }).sections).toBe(legacy);
  });

  it('reads a plain string E as one outcome and a plain string K as one entry', () => {
    const strings = { ...sections, E: 'Speaks in sentences', K: 'SALT report' } as unknown as PlanSections;
    const events: EhcpEvent[] = [
      ...opened,
      { type: 'DraftPlanIssued', data: { version: 1, issuedOn: '2025-03-20', sections: strings } },
    ];
    const state = fold(ehcpDecider, events);
    expect(state.status === 'draft' && [state.versions[0].sections.E, state.versions[0].sections.K]).toEqual([
      [{ outcomeId: 'o-1', text: 'Speaks in sentences' }],
      [{ title: 'SALT report' }],
    ]);
  });

  it('is finalised with the section I it proposed when the final plan names none', () => {
    given(ehcpDecider, recorded)
      .when(final('2025-04-04'))
      .then([
        { type: 'FinalPlanIssued', data: { version: 2, issuedOn: '2025-04-04', sections: asReadNow } },
        periodMet(1, '2025-04-03'),
        annualReview(1, '2025-04-04', '2026-04-03'),
      ]);
  });

  it('keeps its outcomes’ ids in a new draft', () => {
    const events = ehcpDecider.decide(
      draft('2025-03-27', { ...input, E: ['Uses 3-word phrases by July 2026'] }),
      fold(ehcpDecider, recorded),
    );
    expect(events[0]).toMatchObject({ data: { sections: { E: [{ outcomeId: 'o-2' }] } } });
  });
});
