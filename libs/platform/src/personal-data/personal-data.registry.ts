import { ERASED, ERASED_CHILD } from '@send/kernel';

/**
 * Which parts of a stored event are a child's personal data, by event type (docs/architecture.md "Security"):
 * each is encrypted under the child's data key before the event is hashed and appended, and reads as the
 * `erased` value once that key is destroyed. A new event type that carries personal data is added here, and
 * nowhere else. Paths are dotted (`sections.A`); `erased: undefined` means the field reads as absent.
 */
export interface PersonalField {
  readonly path: string;
  readonly erased: unknown;
}

export { ERASED, ERASED_CHILD } from '@send/kernel';

const text = (path: string): PersonalField => ({ path, erased: ERASED });
/** Section A, the views, interests and aspirations of the child and the parents (SEND Code 9.62), describes the child. */
const sectionA: PersonalField = { path: 'sections.A', erased: { text: ERASED } };

export const PERSONAL_DATA: Readonly<Record<string, readonly PersonalField[]>> = {
  AssessmentRequested: [{ path: 'child', erased: ERASED_CHILD }],
  AssessmentDecided: [text('reason')],
  PlanIssueDecided: [text('reason')],
  TimescaleExceptionRecorded: [text('evidence')],
  PlanOpened: [{ path: 'dateOfBirth', erased: undefined }],
  DraftPlanIssued: [sectionA],
  FinalPlanIssued: [sectionA],
  AmendedPlanIssued: [sectionA],
  ReviewDecided: [text('stepDownRationale'), text('rationale'), text('proposedAmendments')],
  AmendmentNoticeSent: [text('proposedAmendments'), text('reason')],
  DecidedNotToAmend: [text('reason')],
  PlanTransferWithdrawn: [text('reason')],
  ReassessmentExceptionRecorded: [text('evidence')],
  // A plan received from another council names the child as the sending system had it (docs/plan-format.md).
  PlanImported: [{ path: 'child', erased: ERASED_CHILD }],
  // A photo's caption and a withdrawal's reason may describe the child; the bytes are erased with the case's files.
  AttachmentAdded: [{ path: 'caption', erased: undefined }],
  AttachmentWithdrawn: [text('reason')],
  // The family's views on a draft or on proposed amendments, in their own words.
  RepresentationsReceived: [{ path: 'views', erased: ERASED }],
};

/** The envelope's free-text reason is personal on every event that has one. */
export const REASON_FIELD: PersonalField = text('reason');

export function personalFieldsOf(type: string): readonly PersonalField[] {
  return PERSONAL_DATA[type] ?? [];
}

export function readPath(data: unknown, path: string): unknown {
  let at: unknown = data;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** A copy of `data` with the value at `path` replaced (removed when `value` is undefined); parents are copied, never mutated. */
export function writePath(data: unknown, path: string, value: unknown): unknown {
  const [key, ...rest] = path.split('.') as [string, ...string[]];
  const obj = typeof data === 'object' && data !== null ? { ...(data as Record<string, unknown>) } : {};
  const next = rest.length === 0 ? value : writePath(obj[key], rest.join('.'), value);
  if (next === undefined) delete obj[key];
  else obj[key] = next;
  return obj;
}
