import type { FamilyView } from '../../family/family-view.js';
import { familyAccessModel, familyHomeModel, joinModel, sectionText } from './family.view-model.js';

const view: FamilyView = {
  caseId: 'c1',
  asOf: '2026-04-06',
  child: { givenName: 'Amara', familyName: 'Okafor' },
  stage: 'draft',
  decisions: [
    { on: '2026-02-10', what: 'Decision to assess', by: "The council's SEND team", why: 'Evidence of needs', details: [] },
  ],
  laDeadlines: [
    {
      what: 'Final EHC plan issued',
      source: 'SEND Regulations 2014 reg 13(2)',
      startedOn: '2026-01-05',
      dueOn: '2026-05-25',
      status: 'missed',
      summary: 'Missed: due 25 May 2026, not done yet',
    },
  ],
  yourRights: [
    {
      what: "Family's representations on the draft plan",
      source: 'SEND Regulations 2014 reg 13(1)',
      from: '2026-04-01',
      until: '2026-04-15',
      status: 'open',
      whatYouCanDo: 'You can tell the council …',
    },
  ],
  plan: { version: 1, status: 'draft', issuedOn: '2026-04-01', sections: { K: ['Advice'], A: { text: 'Loves drawing' }, F: [] } },
  placement: { choices: [], listGivenOn: null, preferences: null },
};

describe("the family's home page", () => {
  it('dates everything in words, tags the deadlines and lists the plan in its own order, empty sections left out', () => {
    const model = familyHomeModel(view);
    expect(model.childName).toBe('Amara Okafor');
    expect(model.decisions[0]).toMatchObject({ on: '10 February 2026', by: "The council's SEND team", why: 'Evidence of needs' });
    expect(model.deadlines[0]).toMatchObject({ dueOn: '25 May 2026', tag: { text: 'Missed', classes: 'govuk-tag--red' } });
    expect(model.rights[0]).toMatchObject({ until: '15 April 2026', open: true });
    expect(model.plan?.sections.map((s) => s.title)).toEqual([
      'A: Views, interests and aspirations',
      'K: Advice and information',
    ]);
    expect(model.canSendRepresentations).toBe(true);
  });

  it('offers the representations form only while the family has time to send them', () => {
    const closed = { ...view, yourRights: [{ ...view.yourRights[0], status: 'closed' as const }] };
    expect(familyHomeModel(closed).canSendRepresentations).toBe(false);
  });

  it('reads a section in whatever shape it was recorded', () => {
    expect(sectionText({ primaryNeed: 'SLCN', description: 'Severe' })).toEqual(['SLCN', 'Severe']);
    expect(sectionText([{ text: 'One' }, 'Two'])).toEqual(['One', 'Two']);
    expect(sectionText(null)).toEqual([]);
  });
});

describe('setting up an account', () => {
  it("says what is wrong in the family's words, by the API's code", () => {
    const expired = joinModel({ code: 'x', problem: { status: 422, code: 'FAMILY.INVITATION_EXPIRED' } });
    expect(expired.errorSummary).toEqual([{ text: 'That code has run out. Ask the council for a new code.', href: '#code' }]);
    const taken = joinModel({ problem: { status: 422, code: 'FAMILY.USERNAME_TAKEN' } });
    expect(taken.fieldErrors).toEqual({ username: { text: 'That username is taken. Choose another.' } });
    const bad = joinModel({
      problem: {
        status: 400,
        code: 'REQUEST.INVALID',
        errors: [
          { field: 'password', message: 'x' },
          { field: 'password', message: 'y' },
        ],
      },
    });
    expect(bad.errorSummary).toEqual([{ text: 'Enter a password of at least 12 characters.', href: '#password' }]);
  });
});

describe("the caseworker's family-access page", () => {
  it('shows each invitation without its code, and offers revoking while there is something to revoke', () => {
    const model = familyAccessModel({
      caseId: 'c1',
      invitations: [
        {
          invitationId: 'i1',
          issuedAt: '2026-04-06T09:00:00.000Z',
          issuedBy: 'caseworker@202',
          expiresOn: '2026-04-20',
          status: 'redeemed',
        },
      ],
      accounts: [{ username: 'parent@example.org', createdAt: '2026-04-06T10:00:00.000Z', revokedAt: null }],
    });
    expect(model.invitations[0]).toMatchObject({ expiresOn: '20 April 2026', status: 'Used' });
    expect(model.accounts[0].state).toBe('Open');
    expect(model.canRevoke).toBe(true);
  });

  it("offers the tailored list's settings to choose from, keeping a choice sent before that is not on it", () => {
    const model = familyHomeModel({
      ...view,
      placement: {
        choices: [
          { settingId: 'urn-1', name: 'Elm Primary', type: 'mainstream', reasons: ['meets SLCN', 'within 2 miles'] },
          { settingId: 'urn-2', name: 'Oak School', type: 'special', reasons: [] },
        ],
        listGivenOn: '2026-03-30',
        preferences: { expressedOn: '2026-04-02', ranked: [{ settingId: 'urn-2', name: 'Oak School' }, { settingId: 'urn-9' }] },
      },
    }).preferences;
    expect(model.fromList).toBe(true);
    expect(model.listGivenOn).toBe('30 March 2026');
    expect(model.choices[0]).toEqual({ name: 'Elm Primary', reasons: 'meets SLCN; within 2 miles' });
    expect(model.fields.map((f) => f.name)).toEqual(['first', 'second', 'third']);
    expect(model.fields[0]!.items.find((o) => o.selected)).toEqual({ value: 'urn-2', text: 'Oak School', selected: true });
    expect(model.fields[1]!.items.some((o) => o.selected)).toBe(false);
    expect(model.fields[1]!.other).toBe('urn-9');
    expect(model.sent).toEqual({ on: '2 April 2026', ranked: ['Oak School', 'urn-9'] });
    expect(familyHomeModel(view).preferences).toMatchObject({ fromList: false, sent: null });
  });
});
