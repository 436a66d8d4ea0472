import { create } from 'xmlbuilder2';
import { CEASE_REASON_CODES, NEED_CODES, SETTING_TYPES } from '@send/statutory';
import { countArea } from '../inclusion/area-counts.js';
import { buildSen2Return, reportingPeriod } from './sen2-build.js';
import { CEASE_REASON, REQUEST_SOURCE, SEN_SETTING, SEN_TYPE } from './sen2-codes.js';
import { moduleCsv, moduleRows, returnXml } from './sen2-output.js';
import { reconcile } from './sen2-reconcile.js';
import { CASES, CENSUS, final, history } from './sen2.fixtures.js';

const ret = buildSen2Return(CASES, { la: '202', census: CENSUS, generatedAt: '2027-01-22T09:00:00Z' });
const column = (module: Parameters<typeof moduleRows>[1], name: string) => moduleRows(ret, module).map((r) => r[name]);

describe('SEN2 scope (census 2027-01-21, reporting year 2026)', () => {
  it('reports on the calendar year before the census', () => {
    expect(reportingPeriod(CENSUS)).toEqual({ year: 2026, from: '2026-01-01', to: '2026-12-31' });
  });

  it('holds the LA’s requests of the year, its open work, its plans in force and those ceased in the year', () => {
    // E (plan transferred in), C (ceased in 2026), H, A, B (received in 2026), D (open at the census), in
    // request order; F ceased in 2025, G was received after the census, I is LA 203's request.
    expect(column('person', 'Forename')).toEqual(['Eve', 'Cara', 'Hal', 'Ava', 'Ben', 'Dan']);
    expect(column('person', 'PersonTableID')).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('carries the child’s name and date of birth, and leaves the items the product does not hold empty', () => {
    expect(moduleRows(ret, 'person')[3]).toEqual({
      PersonTableID: '4',
      Surname: 'Adams',
      Forename: 'Ava',
      PersonBirthDate: '2016-03-01',
      GenderCurrent: '',
      Ethnicity: '',
      PostCode: '',
      UPN: '',
      UniqueLearnerNumber: '',
      UPNunknown: '',
    });
  });

  it('counts nothing dated after the census', () => {
    const late = history('L', {
      receivedOn: '2026-10-01',
      assessDecision: { decision: 'assess', on: '2027-01-22' },
    });
    const r = buildSen2Return([late], { la: '202', census: CENSUS, generatedAt: 'x' });
    expect(moduleRows(r, 'requests')[0]).toMatchObject({ RequestOutcome: '', RequestOutcomeDate: '' });
    expect(moduleRows(r, 'assessment')).toEqual([]);
  });
});

describe('SEN2 modules', () => {
  it('requests: one per person, with source, outcome and the disputes about a refusal', () => {
    expect(moduleCsv(ret, 'requests')).toBe(
      [
        'RequestsTableID,PersonTableID,ReceivedDate,RequestSource,RYA,RequestOutcomeDate,RequestOutcome,RequestMediation,RequestTribunal,Exported',
        '1,1,2025-01-10,P,0,2025-02-10,A,0,0,0',
        '2,2,2025-06-01,P,0,2025-07-01,A,0,0,0',
        '3,3,2026-01-05,P,0,2026-02-01,A,0,0,0',
        '4,4,2026-02-02,P,0,2026-03-10,A,0,0,0',
        '5,5,2026-03-02,S,0,2026-04-10,H,1,1,0',
        '6,6,2026-09-01,Y,0,,,0,0,0',
        '',
      ].join('\r\n'),
    );
  });

  it('assessment: only where the LA assessed; Week20 where an exception was recorded', () => {
    expect(column('assessment', 'RequestsTableID')).toEqual(['1', '2', '3', '4']);
    expect(column('assessment', 'AssessmentOutcome')).toEqual(['Y', 'Y', 'Y', 'Y']);
    expect(column('assessment', 'AssessmentOutcomeDate')).toEqual(['2025-04-01', '2025-09-01', '2026-03-01', '2026-05-20']);
    expect(column('assessment', 'Week20')).toEqual(['0', '0', '0', '1']);
  });

  it('named plan: the first final plan’s date, and the cease with its 2025 code', () => {
    expect(column('named-plan', 'StartDate')).toEqual(['2025-05-01', '2025-10-01', '2026-03-30', '2026-07-20']);
    expect(column('named-plan', 'CeaseDate')).toEqual(['', '2026-09-30', '', '']);
    // The product's reason 6 ("left education or training") has no 2025 code of its own: 9, other.
    expect(column('named-plan', 'CeaseReason')).toEqual(['', '9', '', '']);
  });

  it('plan detail: the setting named in the plan at issue, by type', () => {
    expect(column('plan-detail', 'SENsetting')).toEqual(['OTH', 'OTH', 'OLA', 'OTH']);
    expect(column('plan-detail', 'ResourcedProvisionIndicator')).toEqual(['1', '0', '0', '0']);
  });

  it('active plans: in force at the census for this LA, with a transfer in and the last review', () => {
    expect(moduleRows(ret, 'active-plans')).toEqual([
      { ActivePlansTableID: '1', RequestsTableID: '1', TransferLA: '203', Res: '', WBP: '', LastReview: '' },
      { ActivePlansTableID: '3', RequestsTableID: '3', TransferLA: '', Res: '', WBP: '', LastReview: '2026-12-10' },
      { ActivePlansTableID: '4', RequestsTableID: '4', TransferLA: '', Res: '', WBP: '', LastReview: '' },
    ]);
  });

  it('placement detail: section I as it stands at the census, renamed settings included', () => {
    expect(column('placement-detail', 'SENsetting')).toEqual(['OTH', 'OTH', 'OTH']);
    expect(column('placement-detail', 'EntryDate')).toEqual(['2025-05-01', '2026-11-02', '2026-07-20']);
  });

  it('SEN need: the primary need ranked 1 and one secondary need ranked 2', () => {
    expect(moduleRows(ret, 'sen-need').map((r) => `${r.ActivePlansTableID}:${r.SENtypeRank}:${r.SENtype}`)).toEqual([
      '1:1:HI',
      '3:1:PD',
      '3:2:VI',
      '4:1:ASD',
      '4:2:SLCN',
    ]);
  });

  it('header: collection, census year and reference date, LA', () => {
    expect(ret.header).toMatchObject({ Collection: 'SEN2', Year: '2027', ReferenceDate: CENSUS, LEA: '202', SourceLevel: 'L' });
  });

  it('quotes a name holding a comma or a quote (RFC 4180)', () => {
    const r = buildSen2Return(
      [history('Q', { child: { givenName: 'Zoë, "Zo"', familyName: "O'Neil", dateOfBirth: '2015-01-01' } })],
      {
        la: '202',
        census: CENSUS,
        generatedAt: 'x',
      },
    );
    expect(moduleCsv(r, 'person').split('\r\n')[1]).toBe(`1,O'Neil,"Zoë, ""Zo""",2015-01-01,,,,,,`);
  });
});

describe('SEN2 XML', () => {
  it('nests each person’s request, assessment, named plan and active plan', () => {
    const doc = create(returnXml(ret)).end({ format: 'object' }) as any;
    expect(doc.Message.Header.CollectionDetails).toEqual({ Collection: 'SEN2', Year: '2027', ReferenceDate: CENSUS });
    expect(doc.Message.Header.Source).toMatchObject({ SourceLevel: 'L', LEA: '202' });
    const persons = doc.Message.Persons.Person;
    expect(persons.map((p: any) => p.Forename)).toEqual(['Eve', 'Cara', 'Hal', 'Ava', 'Ben', 'Dan']);
    const ava = persons[3];
    expect(ava.Requests).toMatchObject({ ReceivedDate: '2026-02-02', RequestOutcome: 'A' });
    expect(ava.Requests.Assessment.NamedPlan).toMatchObject({ StartDate: '2026-07-20', PlanDetail: { SENsetting: 'OTH' } });
    expect(ava.Requests.ActivePlans.SENneed).toEqual([
      { SENtypeRank: '1', SENtype: 'ASD' },
      { SENtypeRank: '2', SENtype: 'SLCN' },
    ]);
    expect(persons[5].Requests.Assessment).toBeUndefined();
  });
});

describe('SEN2 code mappings', () => {
  it('maps every product value to a code of its list', () => {
    for (const n of NEED_CODES) expect(SEN_TYPE.labels[SEN_TYPE.codes[n]]).toBeDefined();
    for (const r of CEASE_REASON_CODES) expect(CEASE_REASON.labels[CEASE_REASON.codes[r]]).toBeDefined();
    for (const s of SETTING_TYPES) expect(SEN_SETTING.labels[SEN_SETTING.codes[s]]).toBeDefined();
    for (const c of Object.values(REQUEST_SOURCE.codes)) expect(REQUEST_SOURCE.labels[c]).toBeDefined();
  });
});

describe('SEN2 reconciliation against the dashboard', () => {
  // Hand-computed from the fixtures: requests received in 2026 by 202: H, A, B, D (parent H, A; setting B;
  // young person D). Decisions in 2026: H, A assess; B refuse. Concluded in 2026: H, A (plan). Final plans in
  // 2026: H (84 days), A (168 days, exception). Ceased in 2026: C (reason 6). At the census: E (HI), H (PD), A (ASD).
  const year: Record<string, number> = {
    'requests.total': 4,
    'requests.byRequester.parent': 2,
    'requests.byRequester.setting': 1,
    'requests.byRequester.young-person': 1,
    'assessmentDecisions.total': 3,
    'assessmentDecisions.assess': 2,
    'assessmentDecisions.refuse': 1,
    'assessmentsConcluded.total': 2,
    'assessmentsConcluded.planToIssue': 2,
    'finalPlans.includingExceptions.total': 2,
    'finalPlans.includingExceptions.within20Weeks': 1,
    'finalPlans.includingExceptions.from20To52Weeks': 1,
    'finalPlans.excludingExceptions.total': 1,
    'finalPlans.excludingExceptions.within20Weeks': 1,
    'finalPlans.exceptionCases.total': 1,
    'caseload.newPlans': 2,
    'caseload.ceased.total': 1,
    'caseload.ceased.byReason.6': 1,
  };
  const census = { 'caseload.total': 3, 'caseload.byNeed.HI': 1, 'caseload.byNeed.PD': 1, 'caseload.byNeed.ASD': 1 };

  it('matches every measure when both count the same events', () => {
    const rows = reconcile(ret, { reportingYear: year, census });
    expect(rows.filter((r) => !r.matches)).toEqual([]);
    expect(rows.find((r) => r.measure === 'caseload.ceased.byReason.6')).toMatchObject({ sen2: 1, dashboard: 1 });
    expect(rows.find((r) => r.measure === 'caseload.ceased.byReason.6')?.note).toContain('CeaseReason 9');
  });

  it('agrees with the dashboard’s own counts of the same histories', () => {
    const input = { cases: CASES, deadlines: [], budgets: [], area: { kind: 'la' as const, la: '202' } };
    const rows = reconcile(ret, {
      reportingYear: countArea({ ...input, from: '2026-01-01', to: '2026-12-31' }),
      census: countArea({ ...input, from: CENSUS, to: CENSUS }),
    });
    expect(rows.filter((r) => !r.matches)).toEqual([]);
    expect(rows.find((r) => r.measure === 'caseload.total')).toMatchObject({ sen2: 3, dashboard: 3 });
  });

  it('shows a measure that disagrees', () => {
    const rows = reconcile(ret, { reportingYear: { ...year, 'requests.total': 5 }, census });
    expect(rows.filter((r) => !r.matches)).toEqual([
      expect.objectContaining({ measure: 'requests.total', sen2: 4, dashboard: 5 }),
    ]);
  });

  it('bands a plan issued on day 140 as within 20 weeks and day 141 as not', () => {
    const on = (caseId: string, receivedOn: string, finalOn: string) =>
      history(caseId, { receivedOn, assessDecision: { decision: 'assess', on: receivedOn }, planVersions: [final(finalOn)] });
    // 2026-01-01 + 140 days = 2026-05-21 (31+28+31+30+20).
    const r = buildSen2Return([on('x', '2026-01-01', '2026-05-21'), on('y', '2026-01-01', '2026-05-22')], {
      la: '202',
      census: CENSUS,
      generatedAt: 'x',
    });
    const rows = reconcile(r, { reportingYear: {}, census: {} });
    expect(rows.find((x) => x.measure === 'finalPlans.includingExceptions.within20Weeks')?.sen2).toBe(1);
    expect(rows.find((x) => x.measure === 'finalPlans.includingExceptions.from20To52Weeks')?.sen2).toBe(1);
  });
});
