import { jest } from '@jest/globals';
import { create } from 'xmlbuilder2';
import { startEmbedded, type Harness } from './harness.js';
import {
  type Auth,
  type Json,
  badFields,
  conclude,
  decide,
  expectProblem,
  login,
  openCase,
  planSections,
  step,
} from './fixtures.js';

/**
 * The SEN2 return through the real API (docs/sen2.md): cases of LA 202 driven through 2025 with worked
 * dates, then the return for the census of 2026-01-15 (reporting year 2025), module by module, as XML, and
 * reconciled against the inclusion dashboard's counts. The clock moves forward, so the tests run in order.
 */

const CENSUS = '2026-01-15';
const RETURN = `/api/v1/returns/sen2?la=202&census=${CENSUS}`;
let h: Harness;
let cw: Auth;
let manager: Auth;
let admin: Auth;
let caraCeasedOn: string;

const at = (day: string) => h.clock.set(new Date(`${day}T10:00:00Z`));
const child = (givenName: string, familyName: string, dateOfBirth = '2016-03-01') => ({
  child: { givenName, familyName, dateOfBirth },
});
const csv = async (module: string) => {
  const res = await h.http.get(`${RETURN}&module=${module}`).set(manager).expect(200);
  expect(res.headers['content-type']).toMatch(/^text\/csv/);
  expect(res.headers['content-disposition']).toBe(`attachment; filename="sen2-202-${CENSUS}-${module}.csv"`);
  return res.text.trimEnd().split('\r\n');
};

beforeAll(async () => {
  h = await startEmbedded(new Date('2025-02-20T10:00:00Z'));
  cw = await login(h, 'caseworker@202');
  manager = await login(h, 'manager@202');
  admin = await login(h, 'admin');
  const cw203 = await login(h, 'caseworker@203');

  // Eve: LA 203's plan (final 2025-01-20), transferred to 202, accepted 2025-06-16: active at 202 with TransferLA 203.
  const eve = await openCase(h, cw203, '2024-09-02', { ...child('Eve', 'Evans', '2014-04-04'), la: '203' });
  await decide(h, cw203, eve, 'assess', '2024-10-01');
  await conclude(h, cw203, eve, 'issue-plan', '2024-12-02');
  await step(h, cw203, eve, '/plan/draft', { issuedOn: '2024-12-09', sections: planSections() });
  await step(h, cw203, eve, '/plan/final', {
    issuedOn: '2025-01-20',
    I: { type: 'resourced', name: 'Elm Primary (resourced provision)' },
  });
  // Ava: received 2025-01-06, final plan 2025-04-14: 98 days (25+28+31+14), within 20 weeks; in force at the census.
  const ava = await openCase(h, cw, '2025-01-06', child('Ava', 'Adams'));
  await decide(h, cw, ava, 'assess', '2025-02-03');
  // Cara: assessed, with an exception recorded (Reg 13(3)); her plan is issued in July and ceased in December.
  const cara = await openCase(h, cw, '2025-01-13', child('Cara', 'Clark'));
  await decide(h, cw, cara, 'assess', '2025-02-10');
  await step(h, cw, cara, '/assessment/exceptions', {
    ground: 'exceptional-personal-circumstances',
    from: '2025-02-17',
    evidence: 'Hospital letter: the child was an in-patient from 17 Feb 2025',
    familyNotified: true,
  });
  // Ben: a setting's request, refused 2025-03-10.
  const ben = await openCase(h, cw, '2025-02-03', { ...child('Ben', 'Brown'), requestedBy: 'setting' });
  at('2025-03-10');
  await decide(h, cw, ben, 'refuse', '2025-03-10');
  // … and the family mediated and appealed that refusal: RequestMediation and RequestTribunal 1.
  at('2025-03-20');
  const about = { about: ['refusal-to-assess'], decisionLetterOn: '2025-03-10', raisedOn: '2025-03-20' };
  const d = `/disputes/${(await step(h, cw, ben, '/disputes', about)).disputeId}`;
  await step(h, cw, ben, `${d}/mediation`, { event: 'adviser-contacted', on: '2025-03-20' });
  at('2025-03-25');
  await step(h, cw, ben, `${d}/mediation`, { event: 'requested', on: '2025-03-25' });
  at('2025-04-08');
  await step(h, cw, ben, `${d}/mediation`, { event: 'held', on: '2025-04-08' });
  await step(h, cw, ben, `${d}/certificate`, { issuedOn: '2025-04-08' });
  at('2025-04-11');
  await step(h, cw, ben, `${d}/appeal`, { registeredOn: '2025-04-11' });
  await conclude(h, cw, ava, 'issue-plan', '2025-03-03');
  await step(h, cw, ava, '/plan/draft', { issuedOn: '2025-03-10', sections: planSections() });
  at('2025-04-14');
  await step(h, cw, ava, '/plan/final', {
    issuedOn: '2025-04-14',
    I: { type: 'special', settingId: 'urn-200001', name: 'Oakfield Special School' },
  });
  at('2025-05-12');
  await conclude(h, cw, cara, 'issue-plan', '2025-05-01');
  await step(h, cw, cara, '/plan/draft', {
    issuedOn: '2025-05-12',
    sections: planSections({ B: { primaryNeed: 'ASD', secondaryNeeds: [], description: 'Autism.' } }),
  });
  at('2025-06-02');
  await step(h, cw203, eve, '/transfer', { toLa: '202', movedOn: '2025-05-30', learnedOn: '2025-06-02' });
  at('2025-06-16');
  await step(h, cw, eve, '/transfer/accept', { acceptedOn: '2025-06-16' });
  // Final 2025-07-14, 182 days after 2025-01-13 (18+28+31+30+31+30+14): 20–52 weeks.
  at('2025-07-14');
  await step(h, cw, cara, '/plan/final', {
    issuedOn: '2025-07-14',
    I: { type: 'mainstream', settingId: 'urn-100001', name: 'Hillside Primary' },
  });
  // Cease decided 2025-08-04 (needs met without a plan: the product's reason 3); unappealed, the sweep of
  // 2025-12-01 ceases it as of the day after the family's time to appeal ended (GET …/plan says 2025-10-07).
  at('2025-08-04');
  await step(h, cw, cara, '/plan/cease', { decidedOn: '2025-08-04', reason: '3', consultedOn: '2025-07-28' });
  // Dan: a young person's request of 2025-11-03, undecided at the census.
  at('2025-11-03');
  await openCase(h, cw, '2025-11-03', { ...child('Dan', 'Day', '2008-05-05'), requestedBy: 'young-person' });
  at('2025-12-01');
  await h.http.post('/api/v1/admin/ceasing/sweep').set(admin).expect(200);
  caraCeasedOn = (await h.http.get(`/api/v1/cases/${cara}/plan`).set(cw).expect(200)).body.cease.ceasedOn;
  // Received after the census: not in the return.
  at('2026-02-02');
  await openCase(h, cw, '2026-02-02', child('Finn', 'Ford'));
  at('2026-03-02');
});
afterAll(async () => {
  await h?.close();
});

describe('the SEN2 return of LA 202 for the census of 2026-01-15', () => {
  it('person: the children in scope, in request order, with names and dates of birth', async () => {
    const rows = await csv('person');
    expect(rows[0]).toBe(
      'PersonTableID,Surname,Forename,PersonBirthDate,GenderCurrent,Ethnicity,PostCode,UPN,UniqueLearnerNumber,UPNunknown',
    );
    // Eve (transferred in), Ava, Cara, Ben, Dan; Finn's request came after the census.
    expect(rows.slice(1)).toEqual([
      '1,Evans,Eve,2014-04-04,,,,,,',
      '2,Adams,Ava,2016-03-01,,,,,,',
      '3,Clark,Cara,2016-03-01,,,,,,',
      '4,Brown,Ben,2016-03-01,,,,,,',
      '5,Day,Dan,2008-05-05,,,,,,',
    ]);
  });

  it('requests: source, outcome and its date, and the disputes about a refusal', async () => {
    expect((await csv('requests')).slice(1)).toEqual([
      '1,1,2024-09-02,P,0,2024-10-01,A,0,0,0',
      '2,2,2025-01-06,P,0,2025-02-03,A,0,0,0',
      '3,3,2025-01-13,P,0,2025-02-10,A,0,0,0',
      '4,4,2025-02-03,S,0,2025-03-10,H,1,1,0',
      '5,5,2025-11-03,Y,0,,,0,0,0',
    ]);
  });

  it('assessment and named plan: outcomes, the exception, the cease in its 2025 code', async () => {
    expect(caraCeasedOn).toBe('2025-10-07');
    expect((await csv('assessment')).slice(1)).toEqual([
      '1,1,Y,2024-12-02,0,0,0,0,0',
      '2,2,Y,2025-03-03,0,0,0,0,0',
      '3,3,Y,2025-05-01,0,0,0,0,1',
    ]);
    // The product's reason 3 (needs met without a plan) is SEN2 2025 code 2.
    expect((await csv('named-plan')).slice(1)).toEqual([
      '1,1,2025-01-20,,,,,,,',
      '2,2,2025-04-14,,,,,,,',
      '3,3,2025-07-14,,,,,,2025-10-07,2',
    ]);
    // Eve's resourced provision sets ResourcedProvisionIndicator.
    expect((await csv('plan-detail')).slice(1)).toEqual(['1,1,,,OTH,,1,0,1', '2,2,,,OTH,,1,0,0', '3,3,,,OTH,,1,0,0']);
  });

  it('active plans at the census: Eve’s (transferred in from 203) and Ava’s, with their needs ranked', async () => {
    expect((await csv('active-plans')).slice(1)).toEqual(['1,1,203,,,', '2,2,,,,']);
    expect((await csv('placement-detail')).slice(1)).toEqual(['1,1,,,OTH,,1,2025-01-20,,,0,1', '2,2,,,OTH,,1,2025-04-14,,,0,0']);
    expect((await csv('sen-need')).slice(1)).toEqual(['1.1,1,1,SLCN', '1.2,1,2,SEMH', '2.1,2,1,SLCN', '2.2,2,2,SEMH']);
  });

  it('the whole return as XML, nested person by person', async () => {
    const res = await h.http.get(RETURN).set(manager).set('Accept', 'application/xml').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    const doc = create(res.text).end({ format: 'object' }) as Json;
    expect(doc.Message.Header.CollectionDetails).toEqual({ Collection: 'SEN2', Year: '2026', ReferenceDate: CENSUS });
    expect(doc.Message.Header.Source).toMatchObject({ SourceLevel: 'L', LEA: '202' });
    const persons = doc.Message.Persons.Person as Json[];
    expect(persons.map((p) => p.Surname)).toEqual(['Evans', 'Adams', 'Clark', 'Brown', 'Day']);
    expect(persons[0].Requests.ActivePlans).toMatchObject({ TransferLA: '203' });
    expect(persons[1].Requests.ActivePlans.SENneed).toEqual([
      { SENtypeRank: '1', SENtype: 'SLCN' },
      { SENtypeRank: '2', SENtype: 'SEMH' },
    ]);
    expect(persons[2].Requests.Assessment).toMatchObject({
      Week20: '1',
      NamedPlan: { CeaseDate: '2025-10-07', CeaseReason: '2' },
    });
    expect(persons[3].Requests).toMatchObject({ RequestOutcome: 'H', RequestMediation: '1', RequestTribunal: '1' });
    expect(persons[3].Requests.Assessment).toBeUndefined();
    const same = await h.http.get(`${RETURN}&format=xml`).set(manager).expect(200);
    expect(create(same.text).end({ format: 'object' })).toMatchObject({ Message: { Persons: doc.Message.Persons } });
  });

  it('reconciles with the dashboard everywhere', async () => {
    const res = await h.http.get(`/api/v1/returns/sen2/reconciliation?la=202&census=${CENSUS}`).set(manager).expect(200);
    const rows = res.body.rows as Json[];
    expect(rows.filter((r) => !r.matches)).toEqual([]);
    expect(res.body).toMatchObject({ la: '202', census: CENSUS, reportingYear: 2025, matches: true });
    const value = (m: string) => rows.find((r) => r.measure === m)?.sen2;
    // Received in 2025: Ava, Cara, Ben, Dan; decided: Ava, Cara (assess), Ben (refuse); final plans: Ava (98 days),
    // Cara (182 days, an exception); Eve's was 203's; ceased: Cara; in force at the census: Eve and Ava (SLCN).
    expect(value('requests.total')).toBe(4);
    expect(value('assessmentDecisions.refuse')).toBe(1);
    expect(value('finalPlans.includingExceptions.total')).toBe(2);
    expect(value('finalPlans.excludingExceptions.within20Weeks')).toBe(1);
    expect(value('caseload.ceased.byReason.3')).toBe(1);
    expect(value('caseload.total')).toBe(2);
    expect(value('caseload.byNeed.SLCN')).toBe(2);
  });
});

describe('personal data', () => {
  it('never reaches the process output while the return is made', async () => {
    const written: string[] = [];
    const record = (...args: unknown[]) => {
      written.push(args.map(String).join(' '));
      return true;
    };
    // Nest's logger writes to the streams; anything else would go through the console.
    const spies = [
      ...[process.stdout, process.stderr].map((s) => jest.spyOn(s, 'write').mockImplementation(record)),
      ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => jest.spyOn(console, m).mockImplementation(record)),
    ];
    try {
      await h.http.get(`${RETURN}&module=person`).set(manager).expect(200);
      await h.http.get(RETURN).set(manager).expect(200);
      await h.http.get(`/api/v1/returns/sen2/reconciliation?la=202&census=${CENSUS}`).set(manager).expect(200);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    for (const personal of ['Adams', 'Clark', 'Ava', '2016-03-01', '2008-05-05'])
      expect(written.join('')).not.toContain(personal);
  });
});

describe('the OpenAPI document', () => {
  it('describes both routes with their query', async () => {
    const doc = (await h.http.get('/api/v1/openapi.json').expect(200)).body as Json;
    const names = (path: string) => ((doc.paths[path]?.get?.parameters ?? []) as Json[]).map((p) => p.name).sort();
    expect(names('/api/v1/returns/sen2')).toEqual(['census', 'format', 'la', 'module']);
    expect(names('/api/v1/returns/sen2/reconciliation')).toEqual(['census', 'la']);
  });
});

describe('who may make it, and what it refuses', () => {
  it('only a manager of the LA: 403 for another LA’s caseworker, the auditor, a caseworker and another LA', async () => {
    for (const user of ['caseworker@203', 'auditor', 'caseworker@202']) {
      const auth = await login(h, user);
      expectProblem(await h.http.get(`${RETURN}&module=person`).set(auth), 403);
      expectProblem(await h.http.get(`/api/v1/returns/sen2/reconciliation?la=202&census=${CENSUS}`).set(auth), 403);
    }
    expectProblem(await h.http.get(`/api/v1/returns/sen2?la=203&census=${CENSUS}&module=person`).set(manager), 403);
  });

  it('400 naming each bad field', async () => {
    const both = await h.http.get('/api/v1/returns/sen2?la=x&census=2026-02-30').set(manager);
    expectProblem(both, 400);
    expect(badFields(both)).toEqual(['census', 'la']);
    expect(badFields(await h.http.get(`${RETURN}&module=nope`).set(manager))).toEqual(['module']);
    expect(badFields(await h.http.get(`${RETURN}&format=csv`).set(manager))).toEqual(['module']);
    expect(badFields(await h.http.get(`${RETURN}&module=person&format=xml`).set(manager))).toEqual(['format']);
    expect(badFields(await h.http.get('/api/v1/returns/sen2/reconciliation?la=202').set(manager))).toEqual(['census']);
  });

  it('422 RETURNS.CENSUS_IN_FUTURE for a census after today', async () => {
    expectProblem(
      await h.http.get('/api/v1/returns/sen2?la=202&census=2027-01-21').set(manager),
      422,
      'RETURNS.CENSUS_IN_FUTURE',
    );
    expectProblem(
      await h.http.get('/api/v1/returns/sen2/reconciliation?la=202&census=2027-01-21').set(manager),
      422,
      'RETURNS.CENSUS_IN_FUTURE',
    );
  });
});
