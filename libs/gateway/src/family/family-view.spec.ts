import type { StoredEvent, TimelineEntry } from '@send/kernel';
import type { DeadlineView } from '@send/read-models';
import { decidedBy, familyView } from './family-view.js';

// Worked dates: request 5 January 2026; decision to assess due 16 February, made 10 February; draft issued
// 1 April, representations until 15 April; a decision not to assess elsewhere on 20 February, appeal until 20 April.
const entry = (over: Partial<TimelineEntry>): TimelineEntry => ({
  at: '2026-02-10',
  kind: 'decision',
  title: 'Decision to secure an EHC needs assessment',
  actor: { id: 'caseworker@202', role: 'caseworker' },
  eventIds: ['e1'],
  recordedAt: '2026-02-10T10:00:00.000Z',
  ...over,
});

const deadline = (over: Partial<DeadlineView>): DeadlineView => ({
  deadlineId: 'd1',
  rule: 'assessment-decision',
  source: 'SEND Regulations 2014 reg 4(1), 5(1)',
  startedOn: '2026-01-05',
  dueOn: '2026-02-16',
  status: 'met',
  closedOn: '2026-02-10',
  ...over,
});

const view = (timeline: TimelineEntry[], deadlines: DeadlineView[], planState: unknown = { status: 'none' }) =>
  familyView({
    caseId: 'c1',
    today: '2026-04-06',
    child: { givenName: 'Amara', familyName: 'Okafor' },
    stage: 'draft',
    timeline,
    deadlines,
    planState,
    placementEvents: [],
  });

describe("the family's view", () => {
  it('tells decisions with their date, the team that made them and the reason, and leaves out other entries', () => {
    const v = view(
      [
        entry({ kind: 'request', title: 'Request for an EHC needs assessment' }),
        entry({ reason: 'Evidence of needs the school cannot meet', source: 'CFA 2014 s.36(8)' }),
        entry({ at: '2026-04-01', kind: 'plan', title: 'Draft EHC plan issued', actor: { id: 'manager@202', role: 'manager' } }),
      ],
      [],
    );
    expect(v.decisions).toEqual([
      {
        on: '2026-02-10',
        what: 'Decision to secure an EHC needs assessment',
        by: "The council's SEND team",
        why: 'Evidence of needs the school cannot meet',
        source: 'CFA 2014 s.36(8)',
        details: [],
      },
      { on: '2026-04-01', what: 'Draft EHC plan issued', by: "A manager in the council's SEND team", details: [] },
    ]);
  });

  it("says who acted in the family's words, never a staff account", () => {
    expect(decidedBy('family')).toBe('You');
    expect(decidedBy('system')).toBe('Recorded automatically after an earlier step');
    expect(decidedBy('admin')).toBe('The council');
  });

  it("gives the council's duties with met, missed or open in plain English", () => {
    const v = view(
      [],
      [
        deadline({}),
        deadline({ rule: 'final-plan', dueOn: '2026-05-25', status: 'open', closedOn: undefined }),
        deadline({ rule: 'advice', dueOn: '2026-03-10', status: 'breached', closedOn: undefined }),
        deadline({ rule: 'advice', dueOn: '2026-03-10', status: 'met', closedOn: '2026-03-12' }),
      ],
    );
    expect(v.laDeadlines.map((d) => [d.status, d.summary])).toEqual([
      ['met', 'Met on 10 February 2026'],
      ['open', 'Due by 25 May 2026'],
      ['missed', 'Missed: due 10 March 2026, not done yet'],
      ['met', 'Met on 12 March 2026'],
    ]);
    expect(v.laDeadlines[0].what).toBe('Decision whether to secure an EHC needs assessment');
    expect(v.yourRights).toEqual([]);
  });

  it("keeps the family's own time limits apart, with what the family can do and until when", () => {
    const v = view(
      [],
      [
        deadline({
          rule: 'draft-representations',
          startedOn: '2026-04-01',
          dueOn: '2026-04-15',
          status: 'open',
          closedOn: undefined,
        }),
        deadline({ rule: 'appeal-window', startedOn: '2026-02-20', dueOn: '2026-04-20', status: 'open', closedOn: undefined }),
      ],
    );
    expect(v.laDeadlines).toEqual([]);
    expect(v.yourRights.map((r) => [r.what, r.from, r.until, r.status])).toEqual([
      ["Family's representations on the draft plan", '2026-04-01', '2026-04-15', 'open'],
      ['Last day to appeal to the First-tier Tribunal (SEND)', '2026-02-20', '2026-04-20', 'open'],
      ['Mediation with the council', '2026-02-20', '2026-04-20', 'open'],
    ]);
    expect(v.yourRights[0].whatYouCanDo).toContain('until 15 April 2026');
    expect(v.yourRights[1].whatYouCanDo).toContain('mediation adviser');
    expect(v.yourRights[2]).toMatchObject({ source: expect.stringContaining('SEND Regulations 2014 reg 34, 39') });
    expect(v.yourRights[2].whatYouCanDo).toContain('by 20 April 2026');
  });

  it('shows the latest issued version of the plan, or none before a draft', () => {
    expect(view([], []).plan).toBeNull();
    const versions = [
      { version: 1, status: 'draft', issuedOn: '2026-04-01', sections: { A: { text: 'One' } } },
      { version: 2, status: 'final', issuedOn: '2026-05-01', sections: { A: { text: 'Two' } } },
    ];
    expect(view([], [], { status: 'final', versions }).plan).toEqual(versions[1]);
    expect(view([], [], { status: 'final', versions, cease: { decidedOn: '2026-06-01' } }).plan?.status).toBe('ceasing');
  });

  it("gives the latest tailored list's settings to choose from, and the preferences last sent with their names", () => {
    const event = (type: string, data: unknown) => ({ type, data }) as unknown as StoredEvent;
    const placement = familyView({
      caseId: 'c1',
      today: '2026-04-06',
      child: { givenName: 'Amara', familyName: 'Okafor' },
      stage: 'draft',
      timeline: [],
      deadlines: [],
      planState: null,
      placementEvents: [
        event('TailoredListProduced', {
          producedOn: '2026-03-01',
          items: [{ settingId: 'urn-0', name: 'Ash Primary', type: 'mainstream', reasons: [] }],
        }),
        event('PreferencesExpressed', { ranked: ['urn-0'], expressedOn: '2026-03-02' }),
        event('TailoredListProduced', {
          producedOn: '2026-03-30',
          items: [{ settingId: 'urn-1', name: 'Elm Primary', type: 'mainstream', la: '202', reasons: ['meets SLCN'] }],
        }),
        event('PreferencesExpressed', { ranked: ['urn-1', 'urn-0', 'urn-9'], expressedOn: '2026-04-02' }),
      ],
    }).placement;
    expect(placement).toEqual({
      choices: [{ settingId: 'urn-1', name: 'Elm Primary', type: 'mainstream', reasons: ['meets SLCN'] }],
      listGivenOn: '2026-03-30',
      preferences: {
        expressedOn: '2026-04-02',
        ranked: [
          { settingId: 'urn-1', name: 'Elm Primary' },
          { settingId: 'urn-0', name: 'Ash Primary' },
          { settingId: 'urn-9' },
        ],
      },
    });
    expect(view([], []).placement).toEqual({ choices: [], listGivenOn: null, preferences: null });
  });
});
