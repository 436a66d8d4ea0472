import { StoredEvent } from '@send/kernel';

export type CaseSummaryRow = {
  caseId: string;
  la: string;
  stage: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  requestedBy: string;
  requestedOn: string;
  planVersion: number | null;
  planStatus: string | null;
  planSetting: string | null;
  assessmentRevision: number;
  ehcpRevision: number;
  lastPosition: string;
};

type Data = Record<string, any>;

/** The stage a case shows after each context fact; events that do not move the stage keep it. */
const STAGES: Record<string, (d: Data) => string> = {
  AssessmentRequested: () => 'requested',
  AssessmentDecided: (d) => (d.decision === 'assess' ? 'assessing' : 'assessment-refused'),
  PlanIssueDecided: (d) => (d.outcome === 'issue-plan' ? 'plan-to-issue' : 'no-plan'),
  DraftPlanIssued: () => 'draft-issued',
  FinalPlanIssued: () => 'plan-final',
};

const CONTEXT_OF_STREAM: Record<string, 'assessmentRevision' | 'ehcpRevision'> = {
  assessment: 'assessmentRevision',
  ehcp: 'ehcpRevision',
};

/** Pure: the case summary after one event of any of the case's streams (style.md §9). */
export function evolveCaseSummary(row: CaseSummaryRow | null, event: StoredEvent): CaseSummaryRow | null {
  const data = event.data as Data;
  if (event.type === 'AssessmentRequested') {
    return {
      caseId: event.caseId,
      la: event.la,
      stage: 'requested',
      givenName: data.child.givenName,
      familyName: data.child.familyName,
      dateOfBirth: data.child.dateOfBirth,
      requestedBy: data.requestedBy,
      requestedOn: data.receivedOn,
      planVersion: null,
      planStatus: null,
      planSetting: null,
      assessmentRevision: event.revision,
      ehcpRevision: -1,
      lastPosition: event.position.toString(),
    };
  }
  if (row === null) return null;
  const revisionField = CONTEXT_OF_STREAM[event.streamId.split('-')[0]];
  const next: CaseSummaryRow = {
    ...row,
    ...(revisionField ? { [revisionField]: event.revision } : {}),
    lastPosition: event.position.toString(),
  };
  const stage = STAGES[event.type];
  if (stage) next.stage = stage(data);
  if (event.type === 'DraftPlanIssued' || event.type === 'FinalPlanIssued') {
    next.planVersion = data.version;
    next.planStatus = event.type === 'DraftPlanIssued' ? 'draft' : 'final';
    next.planSetting = data.sections?.I ? JSON.stringify(data.sections.I) : null;
  }
  return next;
}
