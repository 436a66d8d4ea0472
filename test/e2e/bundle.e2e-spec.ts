import Database from 'better-sqlite3';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { startEmbedded, type Harness } from './harness.js';
import { type Auth, caseReadyForDraft, caseUrl, login, planSections, step } from './fixtures.js';

/**
 * The tribunal bundle (docs/api.md "Audit"): one PDF read back with a PDF parser, its index, outline,
 * pages, text and verification code; then the code checked before and after a stored event is altered.
 */

let h: Harness;
let cw: Auth;
let tribunal: Auth;
let caseId: string;

const binary = (res: any, done: (e: Error | null, b: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

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
    pages.push(items.map((it) => it.str).join(' '));
  }
  const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
  return { pages, outline, minFont };
}

describe('GET …/bundle.pdf and GET /api/v1/bundles/{code}', () => {
  let parsed: Parsed;
  let code: string;

  beforeAll(async () => {
    const res = await h.http.get(caseUrl(caseId, '/bundle.pdf')).set(tribunal).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    code = res.headers['x-verification-code'];
    parsed = await parse(res.body as Buffer);
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
