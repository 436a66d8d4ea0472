import Database from 'better-sqlite3';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { startEmbedded, type Harness } from './harness.js';
import { type Auth, type Json, binary, caseUrl, login, openCase, planSections, post, step } from './fixtures.js';

/**
 * The tribunal's and the auditor's view of one case, over HTTP only (docs/api.md "Audit"): a case driven
 * along the pathway with a lawful exception, two breaches recorded by the deadline sweep, a dispute,
 * mediation and its certificate, an appeal and a tribunal order; then its evidential timeline, its bundle
 * parsed as a PDF, the bundle's verification code before and after one stored byte is altered, and the
 * access log of those reads. The clock follows the case, so every act is recorded on its own day.
 */

let h: Harness;
let cw: Auth;
let auditor: Auth;
let tribunal: Auth;
let caseId: string;
let disputeId: string;

const on = (date: string) => h.clock.set(new Date(`${date}T10:00:00Z`));

/** Request 2025-01-06: decision due 2025-02-17 (+6 weeks), no-plan notice 2025-04-28 (+16), final plan 2025-05-26 (+20). */
async function driveTheCase(): Promise<void> {
  on('2025-01-06');
  caseId = await openCase(h, cw, '2025-01-06');
  on('2025-01-21');
  const exception = await post(h, cw, caseId, '/assessment/exceptions', {
    ground: 'exceptional-personal-circumstances',
    from: '2025-01-20',
    to: '2025-02-10',
    evidence: 'Hospital letter: the child was an in-patient from 20 January 2025',
    familyNotified: true,
  });
  expect(exception.status).toBe(201);
  on('2025-02-03');
  await step(h, cw, caseId, '/assessment/decision', {
    decision: 'assess',
    decidedOn: '2025-02-03',
    reason: 'Evidence of speech, language and communication needs',
  });
  on('2025-02-04');
  const psychologist = await step(h, cw, caseId, '/assessment/advice', {
    adviser: 'educational-psychologist',
    requestedOn: '2025-02-04',
  });
  // Health advice is asked for and never comes: its 6-week clock (Reg 8(1)) passes unmet.
  await step(h, cw, caseId, '/assessment/advice', { adviser: 'health', requestedOn: '2025-02-04' });
  on('2025-03-10');
  await step(h, cw, caseId, `/assessment/advice/${psychologist.adviceId}/received`, { receivedOn: '2025-03-10' });
  on('2025-04-01');
  await step(h, cw, caseId, '/assessment/outcome', {
    outcome: 'issue-plan',
    decidedOn: '2025-04-01',
    reason: 'Needs cannot be met from SEN support',
  });
  on('2025-04-07');
  await step(h, cw, caseId, '/plan/draft', { issuedOn: '2025-04-07', sections: planSections() });
  on('2025-04-25');
  await step(h, cw, caseId, '/plan/final', { issuedOn: '2025-04-25', I: { type: 'special', name: 'Brook Special School' } });
  on('2025-05-01');
  disputeId = (
    await step(h, cw, caseId, '/disputes', { about: ['section-i'], decisionLetterOn: '2025-04-25', raisedOn: '2025-05-01' })
  ).disputeId;
  const d = `/disputes/${disputeId}`;
  on('2025-05-02');
  await step(h, cw, caseId, `${d}/mediation`, { event: 'adviser-contacted', on: '2025-05-02' });
  on('2025-05-06');
  await step(h, cw, caseId, `${d}/mediation`, { event: 'requested', on: '2025-05-06' });
  on('2025-05-20');
  await step(h, cw, caseId, `${d}/mediation`, { event: 'held', on: '2025-05-20' });
  on('2025-05-21');
  await step(h, cw, caseId, `${d}/certificate`, { issuedOn: '2025-05-21' });
  on('2025-06-02');
  await step(h, cw, caseId, `${d}/appeal`, { registeredOn: '2025-06-02' });
  on('2025-09-15');
  await step(h, cw, caseId, `${d}/orders`, { order: 'amend-setting', madeOn: '2025-09-15' });
  // Weeks later, nothing done: the sweep records each unmet due date as a breach.
  on('2025-10-20');
  const sweep = await h.http
    .post('/api/v1/admin/deadlines/sweep')
    .set(await login(h, 'admin'))
    .expect(200);
  expect(sweep.body.recorded).toBe(2);
}

beforeAll(async () => {
  h = await startEmbedded(new Date('2025-01-06T10:00:00Z'));
  cw = await login(h, 'caseworker@202');
  auditor = await login(h, 'auditor');
  tribunal = await login(h, 'tribunal');
  await driveTheCase();
  on('2025-11-03');
});
afterAll(async () => {
  await h.close();
});

describe('the evidential timeline', () => {
  let entries: Json[];
  const titles = () => entries.map((e) => e.title as string);
  const first = (start: string): Json => {
    const found = entries.find((e) => (e.title as string).startsWith(start));
    if (!found) throw new Error(`no entry "${start}" in:\n${titles().join('\n')}`);
    return found;
  };
  const indexOf = (start: string) => entries.indexOf(first(start));

  beforeAll(async () => {
    const body = (await h.http.get(caseUrl(caseId, '/timeline')).set(tribunal).expect(200)).body;
    expect(body.caseId).toBe(caseId);
    entries = body.entries;
  });

  it('tells the case oldest first, in the order it happened, in plain English', () => {
    const dates = entries.map((e) => e.at as string);
    expect([...dates].sort()).toEqual(dates);
    const story = [
      'Request for an EHC needs assessment received (from the parent)',
      'Exception to the timescales recorded (exceptional personal circumstances)',
      'Decision to assess',
      'Advice requested from the educational psychologist',
      'Advice received from the educational psychologist',
      'Decision to issue an EHC plan',
      'Draft EHC plan issued (version 1)',
      'Final EHC plan issued (version 2)',
      'Disagreement raised by the family',
      'Mediation held',
      'Mediation certificate issued',
      'Appeal registered',
      'Tribunal order: the LA must amend the setting named in the plan',
      'Tribunal order compliance deadline breached',
    ].map(indexOf);
    expect([...story].sort((a, b) => a - b)).toEqual(story);
    expect(titles().join('\n')).not.toMatch(/[A-Z][a-z]+[A-Z][a-z]+(Decided|Issued|Made|Breached|Recorded)\b/);
    for (const e of entries) expect((e.eventIds as string[]).length).toBeGreaterThan(0);
  });

  it('dates each act on its business date, with who acted and the legal source', () => {
    expect(first('Request for an EHC needs assessment')).toMatchObject({
      at: '2025-01-06',
      kind: 'request',
      source: 'Children and Families Act 2014 s.36(1)',
    });
    expect(first('Decision to assess')).toMatchObject({
      at: '2025-02-03',
      kind: 'decision',
      actor: { id: 'caseworker@202', role: 'caseworker' },
      reason: 'Evidence of speech, language and communication needs',
      source: 'SEND Regulations 2014 reg 4(1), 5(1)',
    });
    expect(first('Mediation held')).toMatchObject({ at: '2025-05-20', kind: 'dispute', source: 'SEND Regulations 2014 reg 37' });
    expect(first('Tribunal order:')).toMatchObject({ at: '2025-09-15', kind: 'order' });
    expect(first('Tribunal order:').source).toMatch(/reg 44/);
  });

  it('tells every clock with its rule, source and outcome: met, breached, excepted with its ground, no longer applying', () => {
    const clocks = entries.filter((e) => e.kind === 'deadline');
    const outcome = (title: string) => first(title).deadline;
    expect(outcome('6-week decision deadline met')).toMatchObject({
      source: 'SEND Regulations 2014 reg 4(1), 5(1)',
      dueOn: '2025-02-17',
      status: 'met',
      closedOn: '2025-02-03',
    });
    const excepted = clocks.filter((e) => e.deadline.status === 'excepted');
    expect(excepted.map((e) => e.deadline.dueOn).sort()).toEqual(['2025-02-17', '2025-04-28', '2025-05-26']);
    for (const e of excepted) {
      expect(e.at).toBe('2025-01-20');
      expect(e.deadline.exception).toMatchObject({
        ground: 'exceptional-personal-circumstances',
        evidence: 'Hospital letter: the child was an in-patient from 20 January 2025',
      });
      expect(e.deadline.exception.source).toMatch(/reg (5\(4\)|10\(4\))/);
    }
    const breached = clocks.filter((e) => e.deadline.status === 'breached');
    expect(breached.map((e) => [e.at, e.deadline.dueOn, e.actor.role])).toEqual([
      ['2025-03-19', '2025-03-18', 'system'],
      ['2025-09-30', '2025-09-29', 'system'],
    ]);
    expect(breached[0].title).toBe('6-week advice deadline breached (due 2025-03-18)');
    expect(breached[1].deadline.source).toMatch(/reg 44/);
    expect(outcome('16-week decision deadline no longer applies')).toMatchObject({
      status: 'not-applicable',
      why: 'plan to be issued',
    });
    for (const e of clocks) expect(e.deadline.source).toMatch(/Regulations|Rules|Act/);
  });
});

interface Parsed {
  pages: string[];
  outline: string[];
}

async function parse(pdf: Buffer): Promise<Parsed> {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    const text = (content.items as { str?: string }[]).map((it) => it.str ?? '').join(' ');
    pages.push(text.replace(/\s+/g, ' '));
  }
  const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
  return { pages, outline };
}

describe('the tribunal bundle', () => {
  let parsed: Parsed;
  let code: string;
  const ref = () => caseId.slice(0, 8).toUpperCase();

  /** The text of a section, from the pages the index gives it. */
  const section = (n: number, title: string): string => {
    const row = new RegExp(`${n}\\. ${title}: page (\\d+), (\\d+) pages?`).exec(parsed.pages[0]);
    if (!row) throw new Error(`the index has no row for ${n}. ${title}: ${parsed.pages[0]}`);
    const [from, count] = [Number(row[1]), Number(row[2])];
    const text = parsed.pages.slice(from - 1, from - 1 + count).join('\n');
    expect(text).toContain(`${n}. ${title}`);
    return text;
  };

  beforeAll(async () => {
    const res = await h.http.get(caseUrl(caseId, '/bundle.pdf')).set(tribunal).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    code = res.headers['x-verification-code'];
    parsed = await parse(res.body as Buffer);
  });

  it('has an outline equal to the index, section for section', () => {
    const index = parsed.pages[0];
    expect(parsed.outline.length).toBe(7);
    parsed.outline.forEach((title, i) => expect(index).toContain(`${i + 1}. ${title}: page `));
    expect(parsed.outline[0]).toBe('Index');
    expect(parsed.outline.slice(1)).toEqual([
      'The decisions under appeal and their letters',
      'The EHC plan, every issued version',
      'Evidential timeline',
      'Statutory deadlines and their outcomes',
      'Evidence and advice',
      'Tribunal orders and their compliance',
    ]);
  });

  it('prints "page X of Y", the verification code and the case reference on every page', () => {
    expect(parsed.pages.length).toBeGreaterThan(1);
    parsed.pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${parsed.pages.length}`);
      expect(text).toContain(`Verification code ${code}`);
      expect(text).toContain(`Case ${ref()}`);
    });
  });

  it('puts the decisions and their letters in the decisions section', () => {
    const decisions = section(2, 'The decisions under appeal and their letters');
    expect(decisions).toContain('Decision to carry out an EHC needs assessment');
    expect(decisions).toContain('Decision to issue an EHC plan');
    expect(decisions).toMatch(/Decision letter sent .*the family may appeal until 2025-06-25/);
  });

  it("gives the exception's ground and each clock's outcome in the deadlines section", () => {
    const deadlines = section(5, 'Statutory deadlines and their outcomes');
    expect(deadlines).toContain('ground exceptional-personal-circumstances');
    expect(deadlines).toMatch(/Outcome: excepted/);
    expect(deadlines).toMatch(/Outcome: breached/);
    expect(deadlines).toMatch(/Outcome: met/);
    expect(deadlines).toContain('reg 44');
  });

  it('puts the order in the orders section, and the evidence with its advisers in the evidence section', () => {
    const orders = section(7, 'Tribunal orders and their compliance');
    expect(orders).toContain('Tribunal order made: amend-setting');
    expect(orders).toContain('2025-09-15');
    const evidence = section(6, 'Evidence and advice');
    expect(evidence).toContain('Advice requested from the educational-psychologist adviser');
    expect(evidence).toContain('Mediation certificate issued');
    expect(section(3, 'The EHC plan, every issued version')).toContain('Final EHC plan issued (version 2)');
  });

  it('verifies while the record is untouched, and not once one stored byte is altered', async () => {
    const ok = (await h.http.get(`/api/v1/bundles/${code}`).set(auditor).expect(200)).body;
    expect(ok).toMatchObject({ valid: true, caseRef: ref(), pages: parsed.pages.length });
    expect(ok.streams.map((s: Json) => s.stream).sort()).toEqual(
      ['assessment', 'deadlines', 'ehcp', 'funding', 'mediation'].map((c) => `${c}-${caseId}`),
    );
    expect(JSON.stringify(ok)).not.toMatch(/Amara|Okafor|2016-03-01/);

    const stream = `mediation-${caseId}`;
    const db = new Database(join(h.dataDir, 'send.sqlite'));
    try {
      db.pragma('busy_timeout = 5000');
      db.exec('DROP TRIGGER IF EXISTS events_append_only_update');
      const held = db.prepare("SELECT revision, data FROM events WHERE stream_id = ? AND type = 'MediationHeld'").get(stream) as {
        revision: number;
        data: string;
      };
      // One byte: the day mediation took place, 20 → 21 May.
      const altered = held.data.replace('2025-05-20', '2025-05-21');
      expect(Buffer.byteLength(altered)).toBe(Buffer.byteLength(held.data));
      expect([...altered].filter((c, i) => c !== held.data[i]).length).toBe(1);
      db.prepare('UPDATE events SET data = ? WHERE stream_id = ? AND revision = ?').run(altered, stream, held.revision);
    } finally {
      db.close();
    }
    const broken = (await h.http.get(`/api/v1/bundles/${code}`).set(auditor).expect(200)).body;
    expect(broken.valid).toBe(false);
    expect(broken.streams.filter((s: Json) => !s.valid).map((s: Json) => s.stream)).toEqual([stream]);
    const verify = (await h.http.get(caseUrl(caseId, '/verify')).set(auditor).expect(200)).body;
    expect(verify.valid).toBe(false);
  });
});

describe('the access log', () => {
  it("lists the tribunal's and the auditor's reads of the case, who, when and what, oldest first", async () => {
    const log = (await h.http.get(caseUrl(caseId, '/access-log')).set(auditor).expect(200)).body;
    expect(log).toMatchObject({ caseId, valid: true });
    expect(log.reads.map((r: Json) => [r.who, r.role, r.what])).toEqual([
      ['tribunal', 'tribunal', 'timeline'],
      ['tribunal', 'tribunal', 'bundle'],
      ['auditor', 'auditor', 'verify'],
    ]);
    for (const r of log.reads) expect(r.when).toBe('2025-11-03T10:00:00.000Z');
    const manager = (
      await h.http
        .get(caseUrl(caseId, '/access-log'))
        .set(await login(h, 'manager@202'))
        .expect(200)
    ).body;
    expect(manager.reads).toEqual(log.reads);
  });
});
