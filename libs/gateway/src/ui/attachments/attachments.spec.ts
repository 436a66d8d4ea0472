import { type AttachmentAnswer, attachmentPlaceOf, sectionAttachmentsModel, uploadErrorOf } from './attachments.view-model.js';

const base = { sha256: 'ab'.repeat(32), addedBy: 'caseworker@202', addedOn: '2026-11-28', status: 'live' as const };
const list: AttachmentAnswer[] = [
  { ...base, attachmentId: 'p1', section: 'A', mediaType: 'image/png', size: 2048, caption: 'Her drawing' },
  { ...base, attachmentId: 'v1', section: 'A', mediaType: 'video/mp4', size: 3 * 1024 * 1024 },
  { ...base, attachmentId: 'p2', section: 'B', mediaType: 'image/jpeg', size: 10 },
  { ...base, attachmentId: 'p3', section: 'A', mediaType: 'image/webp', size: 10, status: 'withdrawn' },
  { ...base, attachmentId: 'c1', mediaType: 'image/jpeg', size: 10 },
];
let n = 0;
const key = () => `key-${(n += 1)}`;

describe('section A on the plan page', () => {
  it("shows the section's live photos and lists its videos, each with who added it and when", () => {
    const model = sectionAttachmentsModel('case-1', list, { role: 'caseworker', formKey: key });
    expect(model.images).toEqual([
      expect.objectContaining({
        id: 'p1',
        src: '/cases/case-1/attachments/p1',
        alt: 'Her drawing',
        meta: 'image/png, 2 KB, added by caseworker@202 on 28 November 2026',
        withdrawAction: '/cases/case-1/attachments/p1/withdrawal',
      }),
    ]);
    expect(model.videos.map((v) => [v.id, v.meta])).toEqual([
      ['v1', 'video/mp4, 3.0 MB, added by caseworker@202 on 28 November 2026'],
    ]);
    expect(model.canWrite).toBe(true);
  });

  it('offers the forms to casework roles only', () => {
    expect(sectionAttachmentsModel('case-1', list, { role: 'auditor', formKey: key }).canWrite).toBe(false);
    expect(sectionAttachmentsModel('case-1', list, { role: 'tribunal', formKey: key }).canWrite).toBe(false);
  });

  it("words the API's refusals for the file upload, and ignores a code it does not know", () => {
    expect(uploadErrorOf('ATTACHMENT.TOO_LARGE')).toBe(
      'The selected file must be smaller than 10 MB for a photo or 200 MB for a video (ATTACHMENT.TOO_LARGE)',
    );
    expect(uploadErrorOf('NO_FILE')).toBe('Select a photo or video');
    expect(uploadErrorOf('<script>')).toBeUndefined();
    expect(sectionAttachmentsModel('case-1', [], { formKey: key, error: 'ATTACHMENT.TYPE_MISMATCH' }).error).toMatch(
      /not the type/,
    );
  });
});

describe('choosing where on the plan page', () => {
  const at = (attachmentId: string, section?: string): AttachmentAnswer => ({
    attachmentId,
    ...(section === undefined ? {} : { section }),
    sha256: 'a'.repeat(64),
    mediaType: 'image/png',
    size: 2048,
    addedBy: 'caseworker@202',
    addedOn: '2026-11-28',
    status: 'live',
  });
  const files = [at('in-a', 'A'), at('in-e', 'E'), at('whole')];

  it("shows a chosen section's files, or the case's own, and counts every place's", () => {
    const e = sectionAttachmentsModel('case-1', files, { role: 'caseworker', formKey: () => 'k', section: 'E' });
    expect(e.images.map((i) => i.id)).toEqual(['in-e']);
    expect(e.label).toBe('Section E');
    const whole = sectionAttachmentsModel('case-1', files, { role: 'caseworker', formKey: () => 'k', section: 'case' });
    expect(whole.images.map((i) => i.id)).toEqual(['whole']);
    expect(whole.label).toBe('The case as a whole');
    expect(whole.places.find((p) => p.current)?.text).toBe('The case as a whole');
    expect(Object.fromEntries(e.places.map((p) => [p.text, p.count]))).toMatchObject({
      'Section A': 1,
      'Section E': 1,
      'Section F': 0,
      'The case as a whole': 1,
    });
    expect(e.places.find((p) => p.text === 'Section H1')?.href).toBe('/cases/case-1/plan?attachments=H1#attachments');
  });

  it('takes section A for a place it does not know', () => {
    expect([attachmentPlaceOf('E'), attachmentPlaceOf('case'), attachmentPlaceOf('Z'), attachmentPlaceOf(undefined)]).toEqual([
      'E',
      'case',
      'A',
      'A',
    ]);
  });
});
