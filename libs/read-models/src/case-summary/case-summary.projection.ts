import {
  type CaseStage,
  ERASED_CHILD,
  type StoredEvent,
  type StreamOwner,
  caseStageNamed,
  ownerOfStream,
  stageMayMoveTo,
} from '@send/kernel';

export type CaseSummaryRow = {
  caseId: string;
  la: string;
  stage: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  requestedBy: string;
  requestedOn: string;
  primaryNeed: string | null;
  planVersion: number | null;
  planStatus: string | null;
  planSetting: string | null;
  transferTo: string | null;
  formerLas: string | null;
  assessmentRevision: number;
  ehcpRevision: number;
  lastPosition: string;
};

type Data = Record<string, any>;

/**
 * The stage a case shows after each context fact; events that do not move the stage keep it. The
 * pathway only moves forward (stageMayMoveTo), which keeps the summary right when the contexts' events
 * arrive in another order than they happened (two Kafka topics are not ordered together).
 */
const STAGES: Record<string, (d: Data) => CaseStage> = {
  AssessmentRequested: () => 'requested',
  AssessmentDecided: (d) => (d.decision === 'assess' ? 'assessing' : 'assessment-refused'),
  PlanIssueDecided: (d) => (d.outcome === 'issue-plan' ? 'plan-to-issue' : 'no-plan'),
  DraftPlanIssued: () => 'draft-issued',
  FinalPlanIssued: () => 'plan-final',
  ReviewStarted: () => 'plan-review',
  ReviewDecided: (d) => (d.decision === 'amend' ? 'plan-amendment' : 'plan-final'),
  AmendmentNoticeSent: () => 'plan-amendment',
  AmendedPlanIssued: () => 'plan-final',
  DecidedNotToAmend: () => 'plan-final',
  CeaseDecided: () => 'ceasing',
  PlanCeased: () => 'ceased',
  PlanImported: () => 'plan-final',
};

/** The events that issue a version of the plan, and the status that version has. */
const PLAN_VERSIONS: Record<string, 'draft' | 'final'> = {
  DraftPlanIssued: 'draft',
  FinalPlanIssued: 'final',
  AmendedPlanIssued: 'final',
};

/** The contexts a summary follows, with the revision it keeps of each; no other owner's event starts one. */
const REVISION_FIELD: Partial<Record<StreamOwner, 'assessmentRevision' | 'ehcpRevision'>> = {
  assessment: 'assessmentRevision',
  ehcp: 'ehcpRevision',
};

function emptyRow(event: StoredEvent): CaseSummaryRow {
  return {
    caseId: event.caseId,
    la: event.la,
    stage: 'requested',
    givenName: '',
    familyName: '',
    dateOfBirth: '',
    requestedBy: '',
    requestedOn: '',
    primaryNeed: null,
    planVersion: null,
    planStatus: null,
    planSetting: null,
    transferTo: null,
    formerLas: null,
    assessmentRevision: -1,
    ehcpRevision: -1,
    lastPosition: '0',
  };
}

/** The revision field of a case's own stream of a context the summary follows; nothing for the context's other streams (its `standards-` catalogue). */
const revisionFieldOf = (streamId: string) => {
  const owner = ownerOfStream(streamId);
  return owner && streamId.startsWith(`${owner}-`) ? REVISION_FIELD[owner] : undefined;
};

/** Which summary an event belongs to: its case's, for the contexts the summary follows. */
export const caseSummaryKeyOf = (event: StoredEvent): string | undefined =>
  revisionFieldOf(event.streamId) ? event.caseId : undefined;

/** Pure: the case summary after one event of any of the case's streams (docs/conventions.md §9). */
export function evolveCaseSummary(row: CaseSummaryRow | null, event: StoredEvent): CaseSummaryRow | null {
  const revisionField = revisionFieldOf(event.streamId);
  if (row === null && !revisionField) return null;
  const data = event.data as Data;
  const next: CaseSummaryRow = { ...(row ?? emptyRow(event)), lastPosition: event.position.toString() };
  if (revisionField) next[revisionField] = Math.max(next[revisionField], event.revision);
  if (event.type === 'AssessmentRequested') {
    Object.assign(next, {
      givenName: data.child.givenName,
      familyName: data.child.familyName,
      dateOfBirth: data.child.dateOfBirth,
      requestedBy: data.requestedBy,
      requestedOn: data.receivedOn,
    });
  }
  if (event.type === 'PlanImported') Object.assign(next, importedPlan(data));
  // The request may arrive after the erasure on another topic's order; the erased key then opens it as erased too.
  if (event.type === 'PersonalDataErased') Object.assign(next, ERASED_CHILD);
  const stage = STAGES[event.type]?.(data);
  const current = caseStageNamed(next.stage);
  if (stage && current && stageMayMoveTo(current, stage)) next.stage = stage;
  const versionStatus = PLAN_VERSIONS[event.type];
  if (versionStatus && data.version > (next.planVersion ?? 0)) {
    next.planVersion = data.version;
    next.planStatus = versionStatus;
    next.planSetting = data.sections?.I ? JSON.stringify(data.sections.I) : null;
    next.primaryNeed = data.sections?.B?.primaryNeed ?? next.primaryNeed;
  }
  if (event.type === 'PlanTransferRequested') next.transferTo = data.toLa;
  // Withdrawn before acceptance (the family did not move): the LA it was going to no longer sees the case.
  if (event.type === 'PlanTransferWithdrawn' && next.transferTo === data.toLa) next.transferTo = null;
  if (event.type === 'PlanTransferAccepted') Object.assign(next, transferred(next, data.fromLa, data.toLa));
  if (event.type === 'CeaseDecided' || event.type === 'PlanCeased')
    next.planStatus = event.type === 'CeaseDecided' ? 'ceasing' : 'ceased';
  return next;
}

/**
 * A plan received from another council (docs/plan-format.md "Import") starts the case with the child as
 * the plan carries them and its latest version in force; the request itself was made to the sending LA.
 */
function importedPlan(data: Data): Partial<CaseSummaryRow> {
  const latest = (data.versions as Data[]).at(-1);
  return {
    givenName: data.child.givenName,
    familyName: data.child.familyName,
    dateOfBirth: data.child.dateOfBirth,
    requestedOn: data.requestedOn,
    planVersion: latest?.version ?? null,
    planStatus: latest?.status ?? null,
    planSetting: latest?.sections?.I ? JSON.stringify(latest.sections.I) : null,
    primaryNeed: latest?.sections?.B?.primaryNeed ?? null,
  };
}

/** Reg 15(3): from the transfer the new LA maintains the plan, so the case, its list and its access are its. */
function transferred(row: CaseSummaryRow, fromLa: string, toLa: string): Partial<CaseSummaryRow> {
  const former = formerLasOf(row).filter((la) => la !== toLa);
  return { la: toLa, transferTo: null, formerLas: JSON.stringify(former.includes(fromLa) ? former : [...former, fromLa]) };
}

export function formerLasOf(row: Pick<CaseSummaryRow, 'formerLas'>): string[] {
  return row.formerLas ? (JSON.parse(row.formerLas) as string[]) : [];
}
