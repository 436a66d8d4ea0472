import { ERASED, ERASED_CHILD } from '@send/kernel';

/**
 * Which parts of a stored event are a child's personal data, by event type (docs/architecture.md "Security"):
 * each is encrypted under the child's data key before the event is hashed and appended, and reads as the
 * `erased` value once that key is destroyed. A new event type that carries personal data is added here, and
 * nowhere else. Paths are dotted (`sections.A`), `*` standing for every element of a list (`sections.E.*.text`);
 * `erased: undefined` means the field reads as absent. What the figures count stays in clear: section B's need
 * codes, E's outcome ids and areas, F's hours, frequency and standard, section I's setting, prices, dates.
 */
export interface PersonalField {
  readonly path: string;
  readonly erased: unknown;
}

export { ERASED, ERASED_CHILD } from '@send/kernel';

const text = (path: string): PersonalField => ({ path, erased: ERASED });
const textSection = (path: string): PersonalField => ({ path, erased: { text: ERASED } });

/**
 * The words of a plan that describe the child (Reg 12(1), SEND Code 9.62–9.69): A the views, interests and
 * aspirations; B's description of the needs; C health and D social care needs; E each outcome's words; F each
 * item's provision; G, H1, H2 the health and social care provision; J the personal budget; K each piece of
 * advice's title. The need codes, outcome ids, hours, frequencies and the setting stay readable.
 */
const planWords = (at: string): PersonalField[] => [
  ...['A', 'C', 'D', 'G', 'H1', 'H2', 'J'].map((s) => textSection(`${at}.${s}`)),
  text(`${at}.B.description`),
  text(`${at}.E.*.text`),
  text(`${at}.F.items.*.provision`),
  text(`${at}.K.*.title`),
];
const plan = planWords('sections');
/** A mediation step's notes record what the family and the LA said. */
const notes: PersonalField[] = [text('notes')];

export const PERSONAL_DATA: Readonly<Record<string, readonly PersonalField[]>> = {
  AssessmentRequested: [{ path: 'child', erased: ERASED_CHILD }],
  AssessmentDecided: [text('reason')],
  PlanIssueDecided: [text('reason')],
  TimescaleExceptionRecorded: [text('evidence')],
  PlanOpened: [{ path: 'dateOfBirth', erased: undefined }],
  DraftPlanIssued: plan,
  FinalPlanIssued: plan,
  AmendedPlanIssued: plan,
  ReviewDecided: [text('stepDownRationale'), text('rationale'), text('proposedAmendments')],
  AmendmentNoticeSent: [text('proposedAmendments'), text('reason')],
  DecidedNotToAmend: [text('reason')],
  PlanTransferWithdrawn: [text('reason')],
  ReassessmentExceptionRecorded: [text('evidence')],
  // A plan received from another council names the child as the sending system had it (docs/plan-format.md).
  PlanImported: [{ path: 'child', erased: ERASED_CHILD }, ...planWords('versions.*.sections')],
  ReassessmentDecided: [text('reason')],
  // Pricing copies each item's provision onto its line; the amounts stay readable for the high-needs figures.
  PlanPriced: [text('lines.*.provision')],
  LocalAdjustmentApplied: [text('reason')],
  AdmissionDirected: [text('reason')],
  MediationAdviserContacted: notes,
  MediationDeclined: notes,
  MediationRequested: notes,
  MediationHeld: notes,
  MediationAgreementReached: notes,
  AgreementCompleted: notes,
  MediationNotArranged: notes,
  PanelRecommendationRecorded: notes,
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

/** The concrete paths `pattern` names in `data` that hold a value: `*` is each element of a list there (`E.0.text`, `E.1.text`). */
export function pathsIn(data: unknown, pattern: string): string[] {
  const walk = (at: unknown, keys: readonly string[], prefix: string): string[] => {
    if (keys.length === 0) return at === undefined ? [] : [prefix];
    if (typeof at !== 'object' || at === null) return [];
    const [key, ...rest] = keys as [string, ...string[]];
    const join = (k: string) => (prefix === '' ? k : `${prefix}.${k}`);
    if (key === '*') return Array.isArray(at) ? at.flatMap((v, i) => walk(v, rest, join(String(i)))) : [];
    return walk((at as Record<string, unknown>)[key], rest, join(key));
  };
  return walk(data, pattern.split('.'), '');
}

/** Each registered field of an event present in its data, at its concrete path. */
export function personalFieldsIn(type: string, data: unknown): PersonalField[] {
  return personalFieldsOf(type).flatMap((f) => pathsIn(data, f.path).map((path) => ({ path, erased: f.erased })));
}

export function readPath(data: unknown, path: string): unknown {
  let at: unknown = data;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/**
 * A copy of `data` with the value at `path` replaced (removed when `value` is undefined); parents are copied, never
 * mutated, and a list stays a list.
 */
export function writePath(data: unknown, path: string, value: unknown): unknown {
  const [key, ...rest] = path.split('.') as [string, ...string[]];
  if (Array.isArray(data)) {
    const list: unknown[] = [...data];
    list[Number(key)] = rest.length === 0 ? value : writePath(list[Number(key)], rest.join('.'), value);
    return list;
  }
  const obj = typeof data === 'object' && data !== null ? { ...(data as Record<string, unknown>) } : {};
  const next = rest.length === 0 ? value : writePath(obj[key], rest.join('.'), value);
  if (next === undefined) delete obj[key];
  else obj[key] = next;
  return obj;
}
