import { startEmbedded, type Harness } from './harness.js';
import {
  type Auth,
  type Json,
  caseReadyForDraft,
  caseUrl,
  deadlinesAsOf,
  expectProblem,
  history,
  login,
  planSections,
  post,
} from './fixtures.js';

/**
 * The plan's sections through the public API (docs/api.md "The plan"): E as a list of outcomes with ids
 * kept across drafts, K as a list, section I kept out of the draft (CFA s.38(5)) and named with the final
 * plan, section F refusing hedges but never a quantified item for a plain word, and the non-blocking
 * qualityFindings on the draft's answer and on GET …/plan.
 */

let h: Harness;
let cw: Auth;

beforeAll(async () => {
  h = await startEmbedded();
  cw = await login(h, 'caseworker@202');
});
afterAll(async () => {
  await h.close();
});

const getPlan = (caseId: string, path = '') => h.http.get(caseUrl(caseId, `/plan${path}`)).set(cw);

/** The case law's false positive: a quantified item refused for a plain word. It must pass. */
const TEACHING_ASSISTANT = {
  provision: 'Teaching assistant support in class',
  hours: 15,
  frequency: 'weekly',
  deliveredBy: 'trained teaching assistant',
};
const SPEAKS = 'By the end of Key Stage 2 Amara will speak in sentences of five words or more.';
const TRAVELS = 'Amara will travel to school with a friend rather than an adult';

describe('a plan drafted twice and finalised: outcomes keep their ids, section I comes with the final plan', () => {
  // Request 2025-01-06: the final plan is due 2025-05-26 (20 weeks = 140 days: 31 Jan +25, 28 Feb +53,
  // 31 Mar +84, 30 Apr +114, 26 May +140, the spring bank holiday: a week-based period does not move).
  let caseId: string;

  beforeAll(async () => {
    caseId = await caseReadyForDraft(h, cw, '2025-01-06', '2025-02-03', '2025-04-01');
  });

  it('refuses a draft that names a setting in section I: 422 EHCP.SECTION_I_IN_DRAFT citing s.38(5), nothing written', async () => {
    const before = (await history(h, cw, caseId)).length;
    const res = await post(h, cw, caseId, '/plan/draft', {
      issuedOn: '2025-04-10',
      sections: planSections({ I: { type: 'mainstream', name: 'Oak Primary' } }),
    });
    const problem = expectProblem(res, 422, 'EHCP.SECTION_I_IN_DRAFT');
    expect(problem.detail).toContain('s.38(5)');
    expectProblem(
      await post(h, cw, caseId, '/plan/draft', { issuedOn: '2025-04-10', sections: planSections({ I: { type: 'special' } }) }),
      422,
      'EHCP.SECTION_I_IN_DRAFT',
    );
    expect((await history(h, cw, caseId)).length).toBe(before);
    expectProblem(await getPlan(caseId), 404, 'EHCP.NO_PLAN');
  });

  it('accepts E as one string (one outcome, o-1) and the teaching assistant item, with qualityFindings on the answer', async () => {
    const res = await post(h, cw, caseId, '/plan/draft', {
      issuedOn: '2025-04-10',
      sections: planSections({ E: SPEAKS, F: [TEACHING_ASSISTANT] }),
    });
    expect(res.status).toBe(201);
    expect(res.body.events.map((e: Json) => e.type)).toEqual(['DraftPlanIssued', 'DeadlineStarted']);
    expect(res.body).toMatchObject({ version: 1, outcomes: [{ outcomeId: 'o-1', text: SPEAKS }] });
    expect(res.body.qualityFindings).toEqual([
      { field: 'sections.E[0].by', message: expect.stringContaining('no date by which') },
      { field: 'sections.F.items[0].startsOn', message: expect.stringContaining('no start date') },
    ]);
    const plan = (await getPlan(caseId).expect(200)).body;
    expect(plan).toMatchObject({ version: 1, status: 'draft', sections: { E: [{ outcomeId: 'o-1', text: SPEAKS }] } });
    expect(plan.sections.F.items).toEqual([TEACHING_ASSISTANT]);
    expect(plan.sections).not.toHaveProperty('I');
    expect(plan.qualityFindings).toEqual(res.body.qualityFindings);
  });

  it('a second draft with structured E keeps o-1 for the same outcome, gives the new one o-2, and K is a list', async () => {
    const res = await post(h, cw, caseId, '/plan/draft', {
      issuedOn: '2025-04-14',
      sections: planSections({
        E: [
          { text: TRAVELS, area: 'independent-living', by: '2026-07-17' },
          { text: `  ${SPEAKS.toUpperCase()} `, area: 'community', by: '2027-07-16' },
        ],
        F: [{ ...TEACHING_ASSISTANT, startsOn: '2025-04-28' }],
        K: [
          { title: 'Educational psychology advice', from: 'Educational psychologist', date: '2025-03-03' },
          'Parents’ views, in their own words',
        ],
      }),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: 2, qualityFindings: [] });
    expect(res.body.outcomes.map((o: Json) => o.outcomeId)).toEqual(['o-2', 'o-1']);
    const v2 = (await getPlan(caseId, '/versions/2').expect(200)).body;
    expect(v2).toMatchObject({ version: 2, status: 'draft', issuedOn: '2025-04-14', qualityFindings: [] });
    expect(v2.sections.E).toEqual([
      { outcomeId: 'o-2', text: TRAVELS, area: 'independent-living', by: '2026-07-17' },
      { outcomeId: 'o-1', text: `  ${SPEAKS.toUpperCase()} `, area: 'community', by: '2027-07-16' },
    ]);
    expect(v2.sections.K).toEqual([
      { title: 'Educational psychology advice', from: 'Educational psychologist', date: '2025-03-03' },
      { title: 'Parents’ views, in their own words' },
    ]);
    // Version 1 is kept as it was served.
    expect((await getPlan(caseId, '/versions/1').expect(200)).body.sections.E).toEqual([{ outcomeId: 'o-1', text: SPEAKS }]);
  });

  it('refuses a final plan with no section I from its body or placement: 422 EHCP.SECTION_I_REQUIRED, nothing written', async () => {
    const before = (await history(h, cw, caseId)).length;
    // 15 days beginning with Mon 14 Apr 2025 end on Mon 28 Apr (Easter, 18–21 April, counts: calendar days).
    expectProblem(
      await post(h, cw, caseId, '/plan/final', { issuedOn: '2025-04-28', I: { type: 'special' } }),
      422,
      'EHCP.REPRESENTATION_PERIOD_OPEN',
    );
    expectProblem(await post(h, cw, caseId, '/plan/final', { issuedOn: '2025-04-29' }), 422, 'EHCP.SECTION_I_REQUIRED');
    expect((await history(h, cw, caseId)).length).toBe(before);
  });

  it('issues the final plan with section I from its body; the outcomes keep their ids', async () => {
    const I = { type: 'special', name: 'Brook Special School' };
    const res = await post(h, cw, caseId, '/plan/final', { issuedOn: '2025-04-29', I });
    expect(res.status).toBe(201);
    expect(res.body.events.map((e: Json) => e.type)[0]).toBe('FinalPlanIssued');
    const plan = (await getPlan(caseId).expect(200)).body;
    expect(plan).toMatchObject({ version: 3, status: 'final', issuedOn: '2025-04-29', sections: { I }, qualityFindings: [] });
    expect(plan.sections.E.map((o: Json) => o.outcomeId)).toEqual(['o-2', 'o-1']);
    expect(plan.versions).toEqual([
      { version: 1, status: 'draft', issuedOn: '2025-04-10' },
      { version: 2, status: 'draft', issuedOn: '2025-04-14' },
      { version: 3, status: 'final', issuedOn: '2025-04-29' },
    ]);
    expect((await h.http.get(caseUrl(caseId)).set(cw).expect(200)).body).toMatchObject({
      stage: 'plan-final',
      plan: { version: 3, status: 'final', setting: I },
    });
  });

  it('the deadlines show the first period superseded, the second ended on its last day, the final plan on time', async () => {
    const d = await deadlinesAsOf(h, cw, caseId, '2025-06-30');
    expect(d['draft-representations:1']).toMatchObject({ dueOn: '2025-04-24', status: 'not-applicable' });
    expect(d['draft-representations:2']).toMatchObject({ dueOn: '2025-04-28', status: 'met', closedOn: '2025-04-28' });
    expect(d['final-plan']).toMatchObject({ dueOn: '2025-05-26', status: 'met', closedOn: '2025-04-29' });
  });
});

describe('the older shapes of E and K are still accepted, and bad entries are named', () => {
  let caseId: string;

  beforeAll(async () => {
    caseId = await caseReadyForDraft(h, cw, '2025-01-06', '2025-02-03', '2025-04-01');
  });

  it('names each bad entry of E and K with a 400, writing nothing', async () => {
    const before = (await history(h, cw, caseId)).length;
    const res = await post(h, cw, caseId, '/plan/draft', {
      issuedOn: '2025-04-10',
      sections: planSections({ E: [{ text: 'Swims', area: 'leisure' }, { text: '' }], K: [] }),
    });
    expectProblem(res, 400);
    expect((res.body.errors as Json[]).map((e) => e.field)).toEqual(['sections.E[0].area', 'sections.E[1].text', 'sections.K']);
    expect((await history(h, cw, caseId)).length).toBe(before);
  });

  it('reads E as { text, outcomes } and K as { text }, as sent before they were lists', async () => {
    const res = await post(h, cw, caseId, '/plan/draft', {
      issuedOn: '2025-04-10',
      sections: planSections({
        E: { text: 'Communication', outcomes: ['Speaks in sentences of five words', 'Reads a page aloud'] },
        K: { text: 'Advice from the educational psychologist.' },
      }),
    });
    expect(res.status).toBe(201);
    const plan = (await getPlan(caseId).expect(200)).body;
    expect(plan.sections.E).toEqual([
      { outcomeId: 'o-1', text: 'Communication' },
      { outcomeId: 'o-2', text: 'Speaks in sentences of five words' },
      { outcomeId: 'o-3', text: 'Reads a page aloud' },
    ]);
    expect(plan.sections.K).toEqual([{ title: 'Advice from the educational psychologist.' }]);
  });

  it('names the item and the words of a hedged section F item, and writes nothing', async () => {
    const before = (await history(h, cw, caseId)).length;
    const res = await post(h, cw, caseId, '/plan/draft', {
      issuedOn: '2025-04-11',
      sections: planSections({
        F: [TEACHING_ASSISTANT, { ...TEACHING_ASSISTANT, provision: 'Teaching assistant support, up to 15 hours' }],
      }),
    });
    const problem = expectProblem(res, 422, 'EHCP.SECTION_F_NOT_SPECIFIC');
    expect(problem.errors).toEqual([
      {
        field: 'sections.F.items[1].provision',
        message: expect.stringMatching(/^Item 2 \("Teaching assistant support, up to 15 hours"\): "up to" is too vague/),
      },
    ]);
    expect((await history(h, cw, caseId)).length).toBe(before);
  });
});
