import type { Response } from 'supertest';
import { eventually } from '@send/testing';
import type { Harness } from './harness.js';

/** Shared vocabulary of the e2e suite: log in, open a case, walk it along the pathway, read it back. */

export type Auth = { Authorization: string };
export type Json = Record<string, any>;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const SHA256 = /^[0-9a-f]{64}$/;
export const GENESIS = '0'.repeat(64);

export const bearer = (token: string): Auth => ({ Authorization: `Bearer ${token}` });

export async function login(h: Harness, user: string): Promise<Auth> {
  return bearer(await h.token(user));
}

export function requestBody(receivedOn: string, overrides: Json = {}): Json {
  return {
    child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
    la: '202',
    requestedBy: 'parent',
    receivedOn,
    ...overrides,
  };
}

/** POST /cases and insist on the 201: every test that needs a case starts here. */
export async function openCase(h: Harness, auth: Auth, receivedOn: string, overrides: Json = {}): Promise<string> {
  const res = await h.http.post('/api/v1/cases').set(auth).send(requestBody(receivedOn, overrides));
  if (res.status !== 201) throw new Error(`POST /cases answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.caseId;
}

export const caseUrl = (caseId: string, path = '') => `/api/v1/cases/${caseId}${path}`;

export async function post(h: Harness, auth: Auth, caseId: string, path: string, body: Json): Promise<Response> {
  return h.http.post(caseUrl(caseId, path)).set(auth).send(body);
}

/** A write that must succeed, for the steps a test walks through on its way to what it checks. */
export async function step(h: Harness, auth: Auth, caseId: string, path: string, body: Json): Promise<Json> {
  const res = await post(h, auth, caseId, path, body);
  if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

export const decide = (h: Harness, auth: Auth, caseId: string, decision: 'assess' | 'refuse', decidedOn: string) =>
  step(h, auth, caseId, '/assessment/decision', {
    decision,
    decidedOn,
    reason: `Decision to ${decision}, with reasons as sent to the family`,
  });

export const conclude = (h: Harness, auth: Auth, caseId: string, outcome: 'issue-plan' | 'no-plan', decidedOn: string) =>
  step(h, auth, caseId, '/assessment/outcome', { outcome, decidedOn, reason: `Outcome ${outcome}, as sent to the family` });

/** A well specified and quantified provision item (CoP 9.69). */
export const SPECIFIC_ITEM = {
  provision: 'Speech and language therapy, individual sessions on expressive language',
  hours: 1,
  frequency: 'weekly',
  deliveredBy: 'specialist speech and language therapist',
};

/** Sections A–K that pass both the shape check and the section F quality check; I is left out on purpose. */
export function planSections(overrides: Json = {}): Json {
  return {
    A: 'Amara loves drawing and wants to be a vet.',
    B: { primaryNeed: 'SLCN', secondaryNeeds: ['SEMH'], description: 'Severe expressive language disorder.' },
    C: 'No health needs relating to SEN.',
    D: 'No social care needs relating to SEN.',
    E: 'By the end of Key Stage 2 Amara will speak in sentences of five words or more.',
    F: [SPECIFIC_ITEM],
    G: 'None.',
    H1: 'None.',
    H2: 'None.',
    J: 'No personal budget requested.',
    K: 'Advice from the educational psychologist and the speech and language therapist.',
    ...overrides,
  };
}

/** Request → assess → issue-plan: the case is ready for a draft. */
export async function caseReadyForDraft(
  h: Harness,
  auth: Auth,
  receivedOn: string,
  decidedOn: string,
  outcomeOn: string,
): Promise<string> {
  const caseId = await openCase(h, auth, receivedOn);
  await decide(h, auth, caseId, 'assess', decidedOn);
  await conclude(h, auth, caseId, 'issue-plan', outcomeOn);
  return caseId;
}

/** A case taken through the pathway to a final plan: request, assess, issue-plan, draft, final naming I. */
export async function caseWithFinalPlan(
  h: Harness,
  auth: Auth,
  on: { receivedOn: string; decidedOn: string; outcomeOn: string; draftOn: string; finalOn: string },
  I: Json,
): Promise<string> {
  const caseId = await caseReadyForDraft(h, auth, on.receivedOn, on.decidedOn, on.outcomeOn);
  await step(h, auth, caseId, '/plan/draft', { issuedOn: on.draftOn, sections: planSections() });
  await step(h, auth, caseId, '/plan/final', { issuedOn: on.finalOn, I });
  return caseId;
}

/** POST /settings and insist on the 201: a primary mainstream setting for SLCN in LA 202 unless told otherwise. */
export async function registerSetting(h: Harness, auth: Auth, body: Json): Promise<string> {
  const setting = { la: '202', type: 'mainstream', phases: ['primary'], needs: ['SLCN'], capacity: 30, ...body };
  const res = await h.http.post('/api/v1/settings').set(auth).send(setting);
  if (res.status !== 201) throw new Error(`POST /settings answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.settingId;
}

export async function history(h: Harness, auth: Auth, caseId: string): Promise<Json[]> {
  const res = await h.http.get(caseUrl(caseId, '/history')).set(auth).expect(200);
  return res.body;
}

/** The history as read: each event's data and reason as `readable` gives them (personal data opened), for content checks. */
export async function readHistory(h: Harness, auth: Auth, caseId: string): Promise<Json[]> {
  return (await history(h, auth, caseId)).map(({ readable, ...e }) => (readable ? { ...e, ...readable } : e));
}

/** The case's deadlines as of a date, keyed by deadlineId. */
export async function deadlinesAsOf(h: Harness, auth: Auth, caseId: string, asOf?: string): Promise<Record<string, Json>> {
  const url = caseUrl(caseId, '/deadlines') + (asOf === undefined ? '' : `?asOf=${asOf}`);
  const res = await h.http.get(url).set(auth).expect(200);
  return Object.fromEntries((res.body as Json[]).map((d) => [d.deadlineId, d]));
}

/** docs/api.md "Conventions": every error is application/problem+json with a stable code. */
export function expectProblem(res: Response, status: number, code?: string): Json {
  expect({ status: res.status, body: res.body }).toMatchObject({ status, body: { status } });
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.body as Json;
  expect(typeof body.type).toBe('string');
  expect(typeof body.title).toBe('string');
  expect(typeof body.code).toBe('string');
  expect(typeof body.detail).toBe('string');
  if (code !== undefined) expect(body.code).toBe(code);
  return body;
}

/** The distinct fields a 400 names. */
export function badFields(res: Response): string[] {
  const errors = ((res.body as Json).errors ?? []) as Json[];
  return [...new Set(errors.map((e) => String(e.field)))].sort();
}

/**
 * Waits, bounded, until every subscriber (projections and process managers) has handled the whole log,
 * reading the positions /ready reports; used after a restart, when no write has settled them yet.
 */
export async function settled(h: Harness, timeoutMs = 5000): Promise<void> {
  let ready: Json = {};
  await eventually(
    'subscribers to reach the head',
    async () => {
      ready = (await h.http.get('/ready').expect(200)).body as Json;
      const head = /head (\d+)/.exec(String(ready.checks?.eventStore))?.[1];
      const subscribers = (ready.subscribers ?? []) as Json[];
      return head !== undefined && subscribers.length > 0 && subscribers.every((s) => s.position === head);
    },
    timeoutMs,
  ).catch((error: unknown) => {
    throw new Error(`${String(error)}; /ready said ${JSON.stringify(ready)}`);
  });
}

/** A supertest parser that keeps a binary answer (a PDF, an attachment's bytes) as one Buffer: `.buffer(true).parse(binary)`. */
export const binary = (res: any, done: (e: Error | null, b: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** GET …/bundle.pdf as the user and insist on the 200: the tribunal bundle's bytes. */
export async function bundlePdf(h: Harness, auth: Auth, caseId: string): Promise<Buffer> {
  return (await h.http.get(caseUrl(caseId, '/bundle.pdf')).set(auth).buffer(true).parse(binary).expect(200)).body as Buffer;
}

/** The text of each page of a PDF, its runs joined by a space and white space folded (lines wrap where runs break). */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  // Loaded here, not with the fixtures: most suites read no PDF.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      (content.items as { str?: string }[])
        .map((it) => it.str ?? '')
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  return pages;
}
