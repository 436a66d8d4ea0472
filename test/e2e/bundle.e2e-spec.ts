import Database from 'better-sqlite3';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SEND_TRIBUNAL_BUNDLE_2025 } from '../../libs/gateway/src/bundle/bundle-layout.js';
import { startEmbedded, type Harness } from './harness.js';
import { type Auth, binary, caseReadyForDraft, caseUrl, decide, login, openCase, planSections, post, step } from './fixtures.js';

/**
 * The tribunal bundle (docs/api.md "Audit"): one PDF read back with a PDF parser, its index, outline,
 * pages, text and verification code; then the code checked before and after a stored event is altered.
 * A second case is driven through the whole dispute (an exception, advice, a refusal, mediation, an
 * appeal, an order complied with, a final plan) and every section of its bundle is read where the index
 * and the outline say it starts.
 */

let h: Harness;
let cw: Auth;
let tribunal: Auth;
let caseId: string;

beforeAll(async () => {
  h = await startEmbedded(new Date('2026-11-28T10:00:00Z'));
  cw = await login(h, 'caseworker@202');
  tribunal = await login(h, 'tribunal');
  caseId = await caseReadyForDraft(h, cw, '2025-01-31', '2025-02-10', '2025-05-01');
  await step(h, cw, caseId, '/plan/draft', { issuedOn: '2025-05-05', sections: planSections() });
});
afterAll(async () => {
  await h.close();
});

interface Parsed {
  pages: string[];
  outline: string[];
  /** The page (1-based) each bookmark of the outline opens, read from its destination. */
  outlinePages: number[];
  minFont: number;
}

async function parse(pdf: Buffer): Promise<Parsed> {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  let minFont = Infinity;
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    const items = (content.items as { str?: string; transform?: number[] }[]).flatMap((it) =>
      it.str !== undefined && it.str.trim() !== '' && it.transform ? [{ str: it.str, transform: it.transform }] : [],
    );
    for (const it of items) minFont = Math.min(minFont, Math.hypot(it.transform[2], it.transform[3]));
    pages.push(
      items
        .map((it) => it.str)
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  const items = (await doc.getOutline()) ?? [];
  const outlinePages: number[] = [];
  for (const item of items) {
    const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
    outlinePages.push(dest ? (await doc.getPageIndex(dest[0])) + 1 : NaN);
  }
  return { pages, outline: items.map((o) => o.title), outlinePages, minFont };
}

async function bundleOf(caseId: string, auth: Auth): Promise<{ parsed: Parsed; code: string }> {
  const res = await h.http.get(caseUrl(caseId, '/bundle.pdf')).set(auth).buffer(true).parse(binary).expect(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return { parsed: await parse(res.body as Buffer), code: res.headers['x-verification-code'] };
}

describe('GET …/bundle.pdf and GET /api/v1/bundles/{code}', () => {
  let parsed: Parsed;
  let code: string;

  beforeAll(async () => {
    ({ parsed, code } = await bundleOf(caseId, tribunal));
  });

  it('has bookmarks matching the index, in the Practice Direction order', () => {
    expect(parsed.outline).toEqual([
      'Index',
      'The decisions under appeal and their letters',
      'The EHC plan, every issued version',
      'Evidential timeline',
      'Statutory deadlines and their outcomes',
      'Evidence and advice',
      'Tribunal orders and their compliance',
    ]);
    for (const [i, title] of parsed.outline.entries()) expect(parsed.pages[0]).toContain(`${i + 1}. ${title}`);
  });

  it('prints page X of Y, the case reference and the code on every page', () => {
    const ref = caseId.slice(0, 8).toUpperCase();
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-F]{6}$/);
    parsed.pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${parsed.pages.length}`);
      expect(text).toContain(ref);
      expect(text).toContain(code);
    });
  });

  it("gives each section's first page in the index, and the section starts there", () => {
    const index = parsed.pages[0];
    const firstOf = (n: number, title: string) => Number(new RegExp(`${n}\\. ${title}: page (\\d+)`).exec(index)?.[1]);
    const deadlinesAt = firstOf(5, 'Statutory deadlines and their outcomes');
    expect(parsed.pages[deadlinesAt - 1]).toContain('5. Statutory deadlines and their outcomes');
  });

  it("prints the evidential timeline of every context, in the timeline's words", () => {
    const all = parsed.pages.join('\n');
    expect(all).toContain('Request for an EHC needs assessment received');
    expect(all).toContain('Draft EHC plan issued (version 1)');
  });

  it("records the tribunal user's download in the case's access log", async () => {
    const manager = await login(h, 'manager@202');
    const log = (await h.http.get(caseUrl(caseId, '/access-log')).set(manager).expect(200)).body;
    expect(log.reads).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'tribunal', what: 'bundle' })]));
  });

  it('is searchable text of at least 12 pt: the decision and a deadline are found', () => {
    const all = parsed.pages.join('\n');
    expect(all).toContain('Decision to carry out an EHC needs assessment');
    expect(all).toContain('assessment-decision');
    expect(all).toMatch(/Outcome: met/);
    expect(parsed.minFont).toBeGreaterThanOrEqual(12);
  });

  it('verifies while the record is untouched, and not once a stored event is altered', async () => {
    const ok = (await h.http.get(`/api/v1/bundles/${code}`).set(tribunal).expect(200)).body;
    expect(ok).toMatchObject({ valid: true, caseRef: caseId.slice(0, 8).toUpperCase(), pages: parsed.pages.length });
    expect(ok.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(ok.streams.map((s: { stream: string }) => s.stream).sort()).toEqual([`assessment-${caseId}`, `ehcp-${caseId}`]);
    expect(JSON.stringify(ok)).not.toContain('Amara');

    // Public: whoever holds the printed bundle may check it; without a case reader's token the streams are
    // named by context, so the answer carries neither the child nor the case id. Another LA's caseworker
    // gets the same public answer; a forged token is refused as on every route.
    const anyone = (await h.http.get(`/api/v1/bundles/${code}`).expect(200)).body;
    expect(anyone).toMatchObject({ valid: true, caseRef: ok.caseRef, pages: ok.pages, sha256: ok.sha256 });
    expect(anyone.streams.map((s: { stream: string }) => s.stream).sort()).toEqual(['assessment', 'ehcp']);
    expect(JSON.stringify(anyone)).not.toContain(caseId);
    const otherLa = { Authorization: `Bearer ${await h.token('caseworker@203')}` };
    expect((await h.http.get(`/api/v1/bundles/${code}`).set(otherLa).expect(200)).body.streams).toEqual(anyone.streams);
    await h.http.get(`/api/v1/bundles/${code}`).set({ Authorization: 'Bearer forged' }).expect(401);

    const db = new Database(join(h.dataDir, 'send.sqlite'));
    try {
      db.pragma('busy_timeout = 5000');
      db.exec('DROP TRIGGER IF EXISTS events_append_only_update');
      const row = db.prepare('SELECT data FROM events WHERE stream_id = ? AND revision = 4').get(`assessment-${caseId}`) as {
        data: string;
      };
      db.prepare('UPDATE events SET data = ? WHERE stream_id = ? AND revision = 4').run(
        row.data.replace('assess', 'refus'),
        `assessment-${caseId}`,
      );
    } finally {
      db.close();
    }
    const broken = (await h.http.get(`/api/v1/bundles/${code}`).set(tribunal).expect(200)).body;
    expect(broken.valid).toBe(false);
    expect((await h.http.get(`/api/v1/bundles/${code}`).expect(200)).body.valid).toBe(false);
  });

  it('answers 404 for an unknown code', async () => {
    await h.http.get('/api/v1/bundles/00000-00000-000000').set(tribunal).expect(404);
  });
});

/**
 * A case through the whole dispute, over the API: an exception with its ground and evidence, a refusal to
 * assess and its letter, a disagreement, mediation declined and its certificate, an appeal, the tribunal's
 * order to assess and the LA's compliance with it, advice asked for and received, a draft and a final plan.
 */
describe('the bundle of a case through exception, refusal, mediation, appeal, order and final plan', () => {
  const layout = SEND_TRIBUNAL_BUNDLE_2025;
  let disputed: string;
  let orderId: string;
  let parsed: Parsed;
  let code: string;

  /** Index row n: "n. title: page p, c pages". */
  const indexRow = (n: number, title: string): { first: number; count: number } => {
    const row = new RegExp(`${n}\\. ${title.replace(/[.,()]/g, '\\$&')}: page (\\d+), (\\d+) pages?`).exec(parsed.pages[0]);
    if (!row) throw new Error(`the index has no row for ${n}. ${title}: ${parsed.pages[0]}`);
    return { first: Number(row[1]), count: Number(row[2]) };
  };
  /** The text of a section, from the pages the index gives it. */
  const section = (id: string): string => {
    const n = layout.sections.findIndex((s) => s.id === id) + 1;
    const { first, count } = indexRow(n, layout.sections[n - 1].title);
    return parsed.pages.slice(first - 1, first - 1 + count).join('\n');
  };

  beforeAll(async () => {
    disputed = await openCase(h, cw, '2025-09-01');
    const exception = await post(h, cw, disputed, '/assessment/exceptions', {
      ground: 'exceptional-personal-circumstances',
      from: '2025-09-10',
      to: '2025-09-20',
      evidence: 'Hospital letter: the child was an in-patient',
      familyNotified: true,
    });
    expect(exception.status).toBe(201);
    await decide(h, cw, disputed, 'refuse', '2025-10-06');
    const dispute = await step(h, cw, disputed, '/disputes', {
      about: ['refusal-to-assess'],
      decisionLetterOn: '2025-10-06',
      raisedOn: '2025-10-10',
    });
    const d = `/disputes/${dispute.disputeId}`;
    await step(h, cw, disputed, `${d}/mediation`, { event: 'adviser-contacted', on: '2025-10-13' });
    await step(h, cw, disputed, `${d}/mediation`, { event: 'declined', on: '2025-10-14' });
    await step(h, cw, disputed, `${d}/certificate`, { issuedOn: '2025-10-16' });
    await step(h, cw, disputed, `${d}/appeal`, { registeredOn: '2025-10-20' });
    orderId = (await step(h, cw, disputed, `${d}/orders`, { order: 'assess', madeOn: '2025-11-03' })).orderId;
    // The LA complies with the order to assess (Reg 44(2)(b)), then the assessment runs its course.
    await decide(h, cw, disputed, 'assess', '2025-11-10');
    const psychologist = await step(h, cw, disputed, '/assessment/advice', {
      adviser: 'educational-psychologist',
      requestedOn: '2025-11-12',
    });
    await step(h, cw, disputed, `/assessment/advice/${psychologist.adviceId}/received`, { receivedOn: '2025-12-15' });
    await step(h, cw, disputed, '/assessment/outcome', {
      outcome: 'issue-plan',
      decidedOn: '2026-01-20',
      reason: 'Needs cannot be met from SEN support',
    });
    await step(h, cw, disputed, '/plan/draft', { issuedOn: '2026-01-26', sections: planSections() });
    await step(h, cw, disputed, '/plan/final', { issuedOn: '2026-02-16', I: { type: 'special', name: 'Brook Special School' } });
    ({ parsed, code } = await bundleOf(disputed, tribunal));
  });

  it('lists every section of the layout in its order, in the outline and the index, each opening on its first page', () => {
    const titles = layout.sections.map((s) => s.title);
    expect(parsed.outline).toEqual(titles);
    let expected = 1;
    titles.forEach((title, i) => {
      const { first, count } = indexRow(i + 1, title);
      // The sections follow one another without a gap, the index first.
      expect(first).toBe(expected);
      expect(count).toBeGreaterThanOrEqual(1);
      expected = first + count;
      // The bookmark opens the page the index names, and that page starts the section.
      expect(parsed.outlinePages[i]).toBe(first);
      expect(parsed.pages[first - 1].startsWith(`${i + 1}. ${title}`)).toBe(true);
      if (first > 1) expect(parsed.pages[first - 2].startsWith(`${i + 1}. ${title}`)).toBe(false);
    });
    expect(expected - 1).toBe(parsed.pages.length);
  });

  it('prints the verification code, "Page X of Y" and the case reference on every page', () => {
    const ref = disputed.slice(0, 8).toUpperCase();
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-F]{6}$/);
    expect(parsed.pages.length).toBeGreaterThan(layout.sections.length);
    parsed.pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${parsed.pages.length}`);
      expect(text).toContain(`Case ${ref}`);
      expect(text).toContain(`Verification code ${code}`);
    });
  });

  it('puts each decision and both decision letters, with the last day to appeal, in the decisions section', () => {
    const decisions = section('decisions');
    expect(decisions).toContain('2025-10-06: Decision not to assess (SEND Regs 2014 reg 5).');
    expect(decisions).toContain('2025-11-10: Decision to carry out an EHC needs assessment');
    expect(decisions).toContain('2026-01-20: Decision to issue an EHC plan');
    // The refusal's letter (2 months, 6 Dec 2025 a Saturday → Monday 8 Dec) and the final plan's.
    expect(decisions).toContain('2025-10-06: Decision letter sent (refusal-to-assess): the family may appeal until 2025-12-08');
    expect(decisions).toMatch(/2026-02-16: Decision letter sent \(plan-contents\): the family may appeal until 2026-04-\d\d/);
    expect(decisions).not.toContain('Final EHC plan issued');
  });

  it('gives every issued version of the plan, each with its sections, in the plan section', () => {
    const plan = section('plan');
    const draft = plan.indexOf('2026-01-26: Draft EHC plan issued (version 1)');
    const final = plan.indexOf('2026-02-16: Final EHC plan issued (version 2)');
    expect(draft).toBeGreaterThanOrEqual(0);
    expect(final).toBeGreaterThan(draft);
    expect(plan.slice(draft, final)).toContain('Section A: Amara loves drawing and wants to be a vet.');
    expect(plan.slice(draft, final)).toContain('Section F: provision: Speech and language therapy');
    expect(plan.slice(draft, final)).not.toContain('Section I:');
    // Each version printed whole, the final one with the setting it names.
    expect(plan.slice(final)).toContain('Section A: Amara loves drawing and wants to be a vet.');
    expect(plan.slice(final)).toMatch(/Section I: type: special, name: Brook Special School/);
    expect(plan).not.toMatch(/outcomeId|Section A: text:/);
    expect(section('decisions')).not.toContain('Section A:');
  });

  it('shows the excepted clock with its ground and source in the deadlines section', () => {
    const deadlines = section('deadlines');
    expect(deadlines).toMatch(
      /Outcome: excepted[^.]*\. Exception from 2025-09-10, ground exceptional-personal-circumstances \(SEND Regulations 2014 reg 5\(4\)/,
    );
    expect(deadlines).toContain('order-compliance');
    expect(section('evidence')).not.toContain('Outcome: excepted');
  });

  it('lists the advice asked for and received with their dates, and the exception with its evidence, in the evidence section', () => {
    const evidence = section('evidence');
    expect(evidence).toContain('2025-11-12: Advice requested from the educational-psychologist adviser (SEND Regs 2014 reg 6)');
    expect(evidence).toContain('2025-12-15: Advice received from the educational-psychologist adviser.');
    // pdfkit may break the ground at its hyphen; the text extracted then has a space after it.
    expect(evidence).toMatch(
      /Timescale exception recorded from 2025-09-10: ground exceptional-\s?personal-circumstances\. Evidence: Hospital letter: the child was an in-patient\. Family told: yes\./,
    );
    expect(evidence).toContain('2025-10-16: Mediation certificate issued.');
  });

  it('shows the order, its steps and each step complied with in the orders section', async () => {
    const orders = section('orders');
    expect(orders).toMatch(/2025-11-03: Tribunal order made: assess\. Steps due \(reg 44\): notify-assessment by 2025-11-17/);
    expect(orders).toContain('2025-11-10: Order complied with: step notify-assessment.');
    expect(orders).toContain('2026-02-16: Order complied with: step final-plan.');
    // The register agrees: the step the bundle says was complied with is met on that day.
    const register = (await h.http.get(caseUrl(disputed, '/deadlines')).set(cw).expect(200)).body as Record<string, any>[];
    expect(register.find((r) => r.deadlineId === `order-compliance:${orderId}:notify-assessment`)).toMatchObject({
      status: 'met',
      closedOn: '2025-11-10',
    });
  });
});
