import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { FixedClock } from '@send/kernel';
import { loadConfig } from '@send/platform';
import { createEmbeddedApp } from '../../apps/embedded/src/bootstrap.js';
import { startEmbedded, type Harness } from './harness.js';
import {
  type Auth,
  type Json,
  SHA256,
  UUID,
  badFields,
  binary,
  bundlePdf,
  caseUrl,
  expectProblem,
  login,
  openCase,
  pdfPages,
  requestBody,
} from './fixtures.js';
import { smallMp4, smallPng } from './attachment-files.js';

/**
 * Photos and videos on section A (docs/api.md "Attachments"): uploaded as multipart, checked on their bytes,
 * stored by SHA-256 under DATA_DIR, recorded as events without the bytes, read back byte for byte, withdrawn,
 * and verified: a file altered on disk is named by verify.
 */
let h: Harness;
let cw: Auth;
let auditor: Auth;
let caseId: string;

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const blobPath = (hash: string) => join(h.dataDir, 'attachments', caseId, 'sha256', hash.slice(0, 2), hash.slice(2));

function upload(auth: Auth, id: string, bytes: Buffer, contentType: string, filename: string, fields: Json = {}) {
  const req = h.http.post(caseUrl(id, '/attachments')).set(auth);
  for (const [k, v] of Object.entries(fields)) req.field(k, String(v));
  return req.attach('file', bytes, { filename, contentType });
}

beforeAll(async () => {
  h = await startEmbedded();
  cw = await login(h, 'caseworker@202');
  auditor = await login(h, 'auditor');
  caseId = await openCase(h, cw, '2026-10-01');
});
afterAll(async () => h.close());

const png = smallPng(200);
const mp4 = smallMp4();
let imageId: string;
let videoId: string;

it('uploads a photo and a video to section A: 201 with the id and the hash, the bytes stored by hash', async () => {
  const image = await upload(cw, caseId, png, 'image/png', 'drawing.png', { section: 'A', caption: 'Her drawing of the class' });
  expect(image.status).toBe(201);
  expect(image.body).toMatchObject({ caseId, attachmentId: expect.stringMatching(UUID), sha256: sha(png) });
  expect(image.body.events.map((e: Json) => e.type)).toEqual(['AttachmentAdded']);
  imageId = image.body.attachmentId;
  const video = await upload(cw, caseId, mp4, 'video/mp4', 'clip.mp4', { section: 'A' }).expect(201);
  videoId = video.body.attachmentId;
  expect(readFileSync(blobPath(sha(png)))).toEqual(png);
  expect(readFileSync(blobPath(sha(mp4)))).toEqual(mp4);
});

it('lists them with hash, type, size, who added them and when; the event holds no bytes and no file name', async () => {
  const list = (await h.http.get(caseUrl(caseId, '/attachments')).set(cw).expect(200)).body as Json[];
  expect(list).toEqual([
    {
      attachmentId: imageId,
      section: 'A',
      sha256: sha(png),
      mediaType: 'image/png',
      size: png.length,
      addedBy: 'caseworker@202',
      addedOn: '2026-11-28',
      caption: 'Her drawing of the class',
      status: 'live',
    },
    expect.objectContaining({ attachmentId: videoId, mediaType: 'video/mp4', size: mp4.length, status: 'live' }),
  ]);
  const events = (await h.http.get(caseUrl(caseId, '/history')).set(auditor).expect(200)).body as Json[];
  const added = events.filter((e) => e.type === 'AttachmentAdded');
  expect(added).toHaveLength(2);
  expect(added[0].stream).toBe(`ehcp-${caseId}`);
  expect(added[0].data.sha256).toMatch(SHA256);
  const text = JSON.stringify(added);
  expect(text).not.toContain('drawing.png');
  expect(text).not.toContain(png.toString('base64'));
});

it('answers the bytes as stored, with their type, inline, never sniffed; an auditor’s read is in the access log', async () => {
  const res = await h.http
    .get(caseUrl(caseId, `/attachments/${imageId}/content`))
    .set(auditor)
    .buffer(true)
    .parse(binary)
    .expect(200);
  expect(res.headers['content-type']).toBe('image/png');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['content-disposition']).toBe(`inline; filename="attachment-${imageId}.png"`);
  expect(sha(res.body as Buffer)).toBe(sha(png));
  const log = (await h.http.get(caseUrl(caseId, '/access-log')).set(auditor).expect(200)).body as Json;
  expect(log.reads.map((r: Json) => [r.who, r.what])).toContainEqual(['auditor', 'attachment']);
});

it('the tribunal bundle lists every attachment in its index and prints the photo with the plan; the video is listed only', async () => {
  const pdf = await bundlePdf(h, await login(h, 'tribunal'), caseId);
  const pages = await pdfPages(pdf);
  // Lines wrap where the PDF's text runs break: compared without white space.
  const flat = pages.join('').replace(/\s+/g, '');
  const said = (sentence: string) => expect(flat).toContain(sentence.replace(/\s+/g, ''));
  said(
    `Attachment to section A: image/png, ${png.length} bytes, SHA-256 ${sha(png)}. Added by caseworker@202 on 2026-11-28. Printed with the EHC plan.`,
  );
  said(`video/mp4, ${mp4.length} bytes, SHA-256 ${sha(mp4)}. Added by caseworker@202 on 2026-11-28. Not printed: listed only.`);
  said('Section A attachment: Her drawing of the class. image/png');
  expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
});

it('refuses a PNG sent as a video (422), a text file named .png (415) and an image over its limit (413), storing nothing', async () => {
  const other = smallPng(17);
  expectProblem(await upload(cw, caseId, other, 'video/mp4', 'x.mp4', { section: 'A' }), 422, 'ATTACHMENT.TYPE_MISMATCH');
  const text = Buffer.from('not a picture at all\n');
  const unsupported = expectProblem(await upload(cw, caseId, text, 'image/png', 'notes.png'), 415, 'ATTACHMENT.UNSUPPORTED_TYPE');
  expect(unsupported.detected).toBe('unknown');
  const big = Buffer.concat([smallPng(3), Buffer.alloc(10 * 1024 * 1024)]);
  const tooLarge = expectProblem(await upload(cw, caseId, big, 'image/png', 'big.png'), 413, 'ATTACHMENT.TOO_LARGE');
  expect(tooLarge.limit).toBe(10 * 1024 * 1024);
  for (const bytes of [other, text, big]) expect(existsSync(blobPath(sha(bytes)))).toBe(false);
  expect((await h.http.get(caseUrl(caseId, '/attachments')).set(cw).expect(200)).body).toHaveLength(2);
});

it('400 names the missing file and a bad section; 404 for a case of another LA, with no file left behind', async () => {
  const none = await h.http.post(caseUrl(caseId, '/attachments')).set(cw).field('section', 'A');
  expectProblem(none, 400, 'REQUEST.INVALID');
  expect(badFields(none)).toEqual(['file']);
  const elsewhereField = await h.http.post(caseUrl(caseId, '/attachments')).set(cw).attach('photo', smallPng(6), 'a.png');
  expectProblem(elsewhereField, 400, 'REQUEST.INVALID');
  expect(badFields(elsewhereField)).toEqual(['photo']);
  const badSection = await upload(cw, caseId, smallPng(5), 'image/png', 'a.png', { section: 'Z' });
  expectProblem(badSection, 400);
  expect(badFields(badSection)).toEqual(['section']);
  const elsewhere = await login(h, 'caseworker@203');
  const orphan = smallPng(9);
  expectProblem(await upload(elsewhere, caseId, orphan, 'image/png', 'a.png'), 404, 'CASE.NOT_FOUND');
  expect(existsSync(blobPath(sha(orphan)))).toBe(false);
  expectProblem(await h.http.get(caseUrl(caseId, '/attachments')).set(elsewhere), 404, 'CASE.NOT_FOUND');
});

it('honours an Idempotency-Key: a retry records nothing twice', async () => {
  const bytes = smallPng(77);
  const first = await upload(cw, caseId, bytes, 'image/png', 'a.png').set('Idempotency-Key', 'photo-77').expect(201);
  const again = await upload(cw, caseId, bytes, 'image/png', 'a.png').set('Idempotency-Key', 'photo-77').expect(201);
  expect(again.headers['idempotent-replayed']).toBe('true');
  expect(again.body.attachmentId).toBe(first.body.attachmentId);
  const list = (await h.http.get(caseUrl(caseId, '/attachments')).set(cw).expect(200)).body as Json[];
  expect(list.filter((a) => a.sha256 === sha(bytes))).toHaveLength(1);
});

it('verify checks each file: intact, then a tampered file is named with case, attachment and hash', async () => {
  const before = (await h.http.get(caseUrl(caseId, '/verify')).set(auditor).expect(200)).body;
  expect(before.valid).toBe(true);
  expect(before.attachments).toEqual({ checked: 3, problems: [] });
  const file = blobPath(sha(mp4));
  writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from('x')]));
  const after = (await h.http.get(caseUrl(caseId, '/verify')).set(auditor).expect(200)).body;
  expect(after.valid).toBe(false);
  expect(after.streams.every((s: Json) => s.valid)).toBe(true);
  expect(after.attachments.problems).toEqual([{ caseId, attachmentId: videoId, sha256: sha(mp4), problem: 'altered' }]);
  expectProblem(await h.http.get(caseUrl(caseId, `/attachments/${videoId}/content`)).set(cw), 503, 'ATTACHMENT.FILE_UNAVAILABLE');
  writeFileSync(file, mp4);
});

it('the audit tool verifies the files beside the store too, and names a tampered and a missing one', () => {
  const audit = () =>
    spawnSync('node', ['dist/apps/audit/src/main.js', 'verify', '--sqlite', join(h.dataDir, 'send.sqlite')], {
      encoding: 'utf8',
    });
  const intact = audit();
  expect(intact.stdout).toContain('3 attachment file(s)');
  expect(intact.stdout).toContain('every file matches its hash');
  expect(intact.status).toBe(0);
  const file = blobPath(sha(png));
  writeFileSync(file, smallPng(201));
  const tampered = audit();
  expect(tampered.status).toBe(1);
  expect(tampered.stdout).toContain(`ALTERED attachment ${imageId} of case ${caseId}: file sha256 ${sha(png)}`);
  expect(tampered.stdout).toContain('0 broken stream(s), 1 bad attachment file(s)');
  writeFileSync(file, png);
  const video = blobPath(sha(mp4));
  const kept = readFileSync(video);
  rmSync(video);
  expect(audit().stdout).toContain(`MISSING attachment ${videoId} of case ${caseId}`);
  writeFileSync(video, kept);
  expect(audit().status).toBe(0);
});

it('withdraws: the record stays; with removeBytes the file goes, and verify holds without it', async () => {
  const kept = await h.http
    .post(caseUrl(caseId, `/attachments/${imageId}/withdrawal`))
    .set(cw)
    .send({ reason: 'The family asked for another photo' })
    .expect(201);
  expect(kept.body.events.map((e: Json) => e.type)).toEqual(['AttachmentWithdrawn']);
  expect(existsSync(blobPath(sha(png)))).toBe(true);
  expectProblem(await h.http.get(caseUrl(caseId, `/attachments/${imageId}/content`)).set(cw), 404, 'ATTACHMENT.NOT_FOUND');
  expectProblem(
    await h.http
      .post(caseUrl(caseId, `/attachments/${imageId}/withdrawal`))
      .set(cw)
      .send({ reason: 'again' }),
    422,
    'ATTACHMENT.ALREADY_WITHDRAWN',
  );
  await h.http
    .post(caseUrl(caseId, `/attachments/${videoId}/withdrawal`))
    .set(cw)
    .send({ reason: 'Erasure request', removeBytes: true })
    .expect(201);
  expect(existsSync(blobPath(sha(mp4)))).toBe(false);
  const list = (await h.http.get(caseUrl(caseId, '/attachments')).set(cw).expect(200)).body as Json[];
  expect(list.find((a) => a.attachmentId === videoId)).toMatchObject({ status: 'withdrawn', bytesRemoved: true });
  const verify = (await h.http.get(caseUrl(caseId, '/verify')).set(auditor).expect(200)).body;
  expect(verify).toMatchObject({ valid: true, attachments: { checked: 2, problems: [] } });
  expectProblem(
    await h.http
      .post(caseUrl(caseId, '/attachments/00000000-0000-4000-8000-000000000000/withdrawal'))
      .set(cw)
      .send({ reason: 'x' }),
    404,
    'ATTACHMENT.NOT_FOUND',
  );
  const missing = await h.http
    .post(caseUrl(caseId, `/attachments/${imageId}/withdrawal`))
    .set(cw)
    .send({});
  expectProblem(missing, 400);
  expect(badFields(missing)).toEqual(['reason']);
});

describe('with limits set by configuration', () => {
  let small: INestApplication;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'send-e2e-limits-'));
    const config = loadConfig({
      DATA_DIR: dir,
      PORT: '0',
      DEADLINE_WATCH_INTERVAL_MS: '3600000',
      ATTACHMENT_MAX_IMAGE_BYTES: '1000',
      ATTACHMENT_MAX_VIDEO_BYTES: '2000',
    });
    small = await createEmbeddedApp(config, new FixedClock(new Date('2026-11-28T10:00:00Z')));
    await small.init();
  });
  afterAll(async () => {
    await small.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes a video within its limit, refuses an image past its own, and stops reading past the largest (413)', async () => {
    const http = request(small.getHttpServer());
    const token = (await http.post('/api/v1/auth/token').send({ username: 'caseworker@202', password: 'demo' }).expect(200)).body
      .accessToken as string;
    const auth = { Authorization: `Bearer ${token}` };
    const id = (await http.post('/api/v1/cases').set(auth).send(requestBody('2026-10-01')).expect(201)).body.caseId as string;
    const send = (bytes: Buffer, type: string) =>
      http.post(caseUrl(id, '/attachments')).set(auth).attach('file', bytes, { filename: 'f', contentType: type });
    const video = Buffer.concat([smallMp4(), Buffer.alloc(1400)]);
    await send(video, 'video/mp4').expect(201);
    const image = Buffer.concat([smallPng(1), Buffer.alloc(1400)]);
    expect(expectProblem(await send(image, 'image/png'), 413, 'ATTACHMENT.TOO_LARGE')).toMatchObject({
      kind: 'image',
      limit: 1000,
    });
    const huge = Buffer.concat([smallMp4(), Buffer.alloc(5000)]);
    expect(expectProblem(await send(huge, 'video/mp4'), 413, 'ATTACHMENT.TOO_LARGE').limit).toBe(2000);
    for (const bytes of [image, huge]) {
      const hash = sha(bytes);
      expect(existsSync(join(dir, 'attachments', id, 'sha256', hash.slice(0, 2), hash.slice(2)))).toBe(false);
    }
  });
});
