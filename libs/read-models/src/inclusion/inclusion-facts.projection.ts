import type { StoredEvent } from '@send/kernel';
import { isIsoDate } from '@send/statutory';
import { eventData } from '../runner/event-data.js';

export type InclusionFactRow = {
  eventId: string;
  caseId: string;
  la: string;
  type: string;
  on: string;
  position: string;
  data: string;
  lastPosition: string;
};

type Json = Record<string, unknown>;
/** What one event type keeps: the business date's field(s) and the fields the figures and the SEN2 return read. */
interface FactReader {
  readonly dateFields: readonly string[];
  readonly keep: (d: Json) => Json;
}

const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const pick = (d: Json, ...fields: string[]): Json =>
  Object.fromEntries(fields.filter((f) => d[f] !== undefined).map((f) => [f, d[f]]));
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Section B's needs, section I's setting and the number of outcomes in E: what a plan version counts by. */
function planVersion(d: Json): Json {
  const sections = obj(d.sections);
  const B = obj(sections.B);
  const I = obj(sections.I);
  return {
    version: d.version,
    ...(str(B.primaryNeed) ? { primaryNeed: B.primaryNeed } : {}),
    secondaryNeeds: Array.isArray(B.secondaryNeeds) ? B.secondaryNeeds.filter((n) => typeof n === 'string') : [],
    ...(str(I.type) ? { setting: { type: I.type, ...(str(I.settingId) ? { settingId: I.settingId } : {}) } } : {}),
    outcomes: Array.isArray(sections.E) ? sections.E.length : 0,
    ...pick(d, 'noticeId', 'reviewId'),
  };
}

const plan: FactReader = { dateFields: ['issuedOn'], keep: planVersion };

/** The national standard a decision cited (docs/domain.md "National SEND standards (proposal)"): no personal data. */
function cited(d: Json): Json {
  const s = obj(d.standard);
  return str(s.id) ? { standard: pick(s, 'id', 'version', 'kind', 'need') } : {};
}
const dispute = (dateField: string, ...more: string[]): FactReader => ({
  dateFields: [dateField],
  keep: (d) => pick(d, 'disputeId', ...more),
});

/** Every event the dashboards and the SEN2 return read, by type (each context's domain/*.events.ts). */
export const INCLUSION_FACT_READERS: Readonly<Record<string, FactReader>> = {
  AssessmentRequested: {
    dateFields: ['receivedOn'],
    keep: (d) => {
      const child = obj(d.child);
      return { child: pick(child, 'givenName', 'familyName', 'dateOfBirth'), ...pick(d, 'requestedBy') };
    },
  },
  AssessmentDecided: { dateFields: ['decidedOn'], keep: (d) => ({ ...pick(d, 'decision'), ...cited(d) }) },
  // Dated from the day the ground applies (Reg 10(4), 13(3)): it may be recorded later than that.
  TimescaleExceptionRecorded: { dateFields: ['from', 'recordedOn'], keep: (d) => pick(d, 'ground') },
  PlanIssueDecided: { dateFields: ['decidedOn'], keep: (d) => ({ ...pick(d, 'outcome'), ...cited(d) }) },
  AssessmentOrderedByTribunal: { dateFields: ['madeOn'], keep: (d) => pick(d, 'orderId') },
  DraftPlanIssued: plan,
  FinalPlanIssued: plan,
  AmendedPlanIssued: plan,
  SettingNamed: {
    dateFields: ['namedOn'],
    keep: (d) => {
      const s = obj(d.setting);
      return pick(s, 'type', 'settingId');
    },
  },
  ReviewStarted: { dateFields: ['meetingOn'], keep: (d) => pick(d, 'reviewId') },
  ReviewDecided: {
    dateFields: ['decidedOn'],
    keep: (d) => ({
      ...pick(d, 'reviewId', 'decision', 'meetingOn'),
      progress: (Array.isArray(d.outcomesProgress) ? d.outcomesProgress : []).map((p) => obj(p).progress).filter(str),
    }),
  },
  AmendmentNoticeSent: { dateFields: ['sentOn'], keep: (d) => pick(d, 'noticeId', 'reviewId') },
  PhaseTransferStarted: { dateFields: ['recordedOn'], keep: (d) => pick(d, 'transferId', 'transferOn', 'dueOn') },
  CeaseDecided: { dateFields: ['decidedOn'], keep: (d) => pick(d, 'reason') },
  PlanCeased: { dateFields: ['ceasedOn'], keep: (d) => pick(d, 'reason') },
  PlanTransferAccepted: { dateFields: ['acceptedOn'], keep: (d) => pick(d, 'transferId', 'fromLa', 'toLa') },
  AppealRightsOpened: { dateFields: ['decisionLetterOn'], keep: (d) => pick(d, 'rightsId', 'decision') },
  DisagreementRaised: dispute('raisedOn', 'decision'),
  MediationRequested: dispute('on'),
  MediationHeld: dispute('on'),
  CertificateIssued: dispute('issuedOn'),
  AppealRegistered: dispute('registeredOn'),
  TribunalOrderMade: dispute('madeOn', 'orderId'),
  OrderComplied: dispute('compliedOn', 'orderId', 'step'),
  PlanPriced: {
    dateFields: ['issuedOn'],
    keep: (d) => ({
      ...pick(d, 'planVersion', 'annualPence'),
      bandId: str(obj(d.band).id),
      bandName: str(obj(d.band).name),
      ...(str(obj(d.setting).type) ? { settingType: obj(d.setting).type } : {}),
    }),
  },
  // No date of its own: it is written with the pricing, adjustment or end it follows (the fold dates it by that).
  TopUpCommitted: { dateFields: [], keep: (d) => pick(d, 'planVersion', 'financialYear', 'pence', 'placeFundingPence') },
  FundingEnded: { dateFields: ['ceasedOn'], keep: (d) => pick(d, 'planVersion') },
  HighNeedsBudgetSet: { dateFields: ['setOn'], keep: (d) => pick(d, 'financialYear', 'budgetPence') },
};

export const inclusionFactKeyOf = (e: StoredEvent): string | undefined =>
  Object.hasOwn(INCLUSION_FACT_READERS, e.type) ? e.id : undefined;

/** An event's business date: its own date field, else the day it occurred. */
function businessDate(e: StoredEvent, reader: FactReader): string {
  const own = eventData(e.data).date(...reader.dateFields);
  if (own) return own;
  const day = e.occurredAt.slice(0, 10);
  return isIsoDate(day) ? day : e.recordedAt.slice(0, 10);
}

/** Pure, and an event is copied once (docs/conventions.md §9): a second delivery leaves the row as it was. */
export function evolveInclusionFact(row: InclusionFactRow | null, e: StoredEvent): InclusionFactRow | null {
  if (row) return row;
  const reader = INCLUSION_FACT_READERS[e.type];
  if (!reader) return null;
  const position = e.position.toString();
  return {
    eventId: e.id,
    // An LA's own stream (funding-la-<la>) is no child's case.
    caseId: e.type === 'HighNeedsBudgetSet' ? '' : e.caseId,
    la: e.la,
    type: e.type,
    on: businessDate(e, reader),
    position,
    data: JSON.stringify(reader.keep(obj(e.data))),
    lastPosition: position,
  };
}
