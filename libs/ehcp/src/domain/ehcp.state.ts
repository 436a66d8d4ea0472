import { assertNever } from '@send/kernel';
import { foldDeadline, type DeadlineBook, type IsoDate } from '@send/statutory';
import type { AmendedPlanIssued, EhcpEvent } from './ehcp.events.js';
import {
  evolveAmendmentFile,
  evolvePhaseTransferFile,
  evolveReviewFile,
  withNoticeRepresentation,
  type AmendmentFile,
  type PhaseTransferFile,
  type ReviewFile,
} from './lifecycle.model.js';
import { normaliseSections, type PlanSections, type SectionI } from './plan-sections.js';
import { evolveTransfer, noteLastReview, type TransferFile } from './transfer.model.js';
import { evolveCease, type CeaseFile } from './cease.js';
import { evolveReassessment, type ReassessmentFile } from './reassessment.js';
import { evolveAttachments, type AttachmentFile } from './attachments.js';
import type { PlanImported, PlanProvenance } from './plan-import.js';

/** Every issued document, kept in full for ever (docs/domain.md "The EHC plan"). */
export interface PlanVersion {
  readonly version: number;
  readonly status: 'draft' | 'final';
  readonly issuedOn: IsoDate;
  readonly sections: PlanSections;
}

export interface Representation {
  readonly draftVersion: number;
  readonly receivedOn: IsoDate;
  readonly nothingFurther: boolean;
  readonly requestedSettingId?: string;
  readonly noticeId?: string;
}

/** The draft the family is answering; its period for representations (Reg 13(1)) is deadlineId in the book. */
export interface CurrentDraft {
  readonly version: number;
  readonly issuedOn: IsoDate;
  readonly deadlineId: string;
  readonly nothingFurtherOn?: IsoDate;
}

export interface PlanFile {
  readonly caseId: string;
  readonly la: string;
  readonly requestedOn: IsoDate;
  /** The assessment's decision to issue a plan; no draft may precede it. */
  readonly decidedOn: IsoDate;
  /** The child's date of birth when the plan was opened with it: the Year 9 quality finding reads it. */
  readonly dateOfBirth?: IsoDate;
  readonly versions: readonly PlanVersion[];
  readonly representations: readonly Representation[];
  /** Section I as settled by placement after the draft (CFA s.39); the final plan takes it. */
  readonly namedSetting?: NamedSetting;
  /** Each draft's period for representations, as the statutory deadline book keeps every context's clocks. */
  readonly deadlines: DeadlineBook;
  /** Transfers to another LA (Reg 15); absent until the first. */
  readonly transfer?: TransferFile;
  /** Reviews of the final plan (CFA s.44, Reg 20). */
  readonly reviews?: ReviewFile;
  /** The open amendment notice (Reg 22). */
  readonly amendment?: AmendmentFile;
  /** Transfers between phases (Reg 18). */
  readonly phaseTransfers?: PhaseTransferFile;
  /** The LA's decision to cease the plan and what became of it (cease.ts). */
  readonly cease?: CeaseFile;
  /** The latest request for a re-assessment (reassessment.ts). */
  readonly reassessment?: ReassessmentFile;
  /** Photos and videos on the case or its sections (attachments.ts); absent until the first. */
  readonly attachments?: AttachmentFile;
  /** Where the plan came from, when it was received from another council (docs/plan-format.md "Provenance"). */
  readonly imported?: PlanProvenance;
}

/** Section I as named by placement, possibly before the plan opened (the contexts' events are not ordered together). */
export type NamedSetting = SectionI & { readonly namedOn: IsoDate; readonly sourceEventId: string };

export type EhcpState =
  | { readonly status: 'none'; readonly namedSetting?: NamedSetting; readonly attachments?: AttachmentFile }
  | (PlanFile & { readonly status: 'open' })
  | (PlanFile & { readonly status: 'draft'; readonly draft: CurrentDraft })
  | (PlanFile & { readonly status: 'final'; readonly draft: CurrentDraft; readonly final: PlanVersion });

export const draftDeadlineId = (version: number) => `draft-representations:${version}`;

export const initialEhcpState = (): EhcpState => ({ status: 'none' });

export function evolveEhcp(state: EhcpState, event: EhcpEvent): EhcpState {
  return noteLastReview(evolvePlan(state, event), event);
}

function evolvePlan(state: EhcpState, event: EhcpEvent): EhcpState {
  if (event.type === 'PlanOpened') {
    if (state.status !== 'none') return state;
    const { namedSetting, attachments } = state;
    return {
      status: 'open',
      ...event.data,
      versions: [],
      representations: [],
      deadlines: {},
      ...(namedSetting ? { namedSetting } : {}),
      ...(attachments ? { attachments } : {}),
    };
  }
  // A case may have attachments before its plan is opened: they are kept from the first.
  if (event.type === 'AttachmentAdded' || event.type === 'AttachmentWithdrawn') {
    return { ...state, attachments: evolveAttachments(state.attachments, event) };
  }
  if (event.type === 'SettingNamed') {
    const { setting, namedOn, sourceEventId } = event.data;
    return { ...state, namedSetting: { ...setting, namedOn, sourceEventId } };
  }
  if (event.type === 'PlanImported') return state.status === 'none' ? planImported(state, event) : state;
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'DraftPlanIssued': {
      const { version, issuedOn } = event.data;
      const sections = normaliseSections(event.data.sections);
      const draft: CurrentDraft = { version, issuedOn, deadlineId: draftDeadlineId(version) };
      const versions = [...state.versions, { version, status: 'draft' as const, issuedOn, sections }];
      return { ...state, status: 'draft', draft, versions };
    }
    case 'RepresentationsReceived':
      return withRepresentation(state, event.data);
    case 'FinalPlanIssued': {
      if (state.status !== 'draft') return state;
      const final: PlanVersion = { ...event.data, sections: normaliseSections(event.data.sections), status: 'final' };
      return { ...state, status: 'final', final, versions: [...state.versions, final] };
    }
    case 'PlanTransferRequested':
    case 'PlanTransferAccepted':
    case 'TransferNoticeSent':
    case 'PlanTransferWithdrawn':
      return evolveTransfer(state, event);
    case 'ReviewStarted':
    case 'ReviewReportSent':
    case 'ReviewDecided':
      return { ...state, reviews: evolveReviewFile(state.reviews, event) };
    case 'AmendmentNoticeSent':
    case 'DecidedNotToAmend':
      return { ...state, amendment: evolveAmendmentFile(state.amendment, event) };
    case 'AmendedPlanIssued':
      return withAmendedPlan(state, event);
    case 'PhaseTransferStarted':
      return { ...state, phaseTransfers: evolvePhaseTransferFile(state.phaseTransfers, event) };
    case 'CeaseDecided':
    case 'PlanCeased':
    case 'CeaseChallengeNoted':
      return evolveCease(state, event);
    case 'ReassessmentRequested':
    case 'ReassessmentDecided':
    case 'ReassessmentExceptionRecorded':
      return evolveReassessment(state, event);
    case 'DeadlineStarted':
    case 'DeadlineMet':
    case 'DeadlineClosedLate':
    case 'DeadlineBreached':
    case 'DeadlineExcepted':
    case 'DeadlineNotApplicable':
      return { ...state, deadlines: foldDeadline(state.deadlines, event) };
    default:
      return assertNever(event, 'ehcp event');
  }
}

/**
 * An imported plan starts the case as a final plan: its versions as issued by the sending LA, the latest
 * the one in force. Its representations and clocks stayed with the sender (docs/plan-format.md "Import").
 */
function planImported(state: Extract<EhcpState, { status: 'none' }>, { data }: PlanImported): EhcpState {
  const versions: PlanVersion[] = data.versions.map(({ version, status, issuedOn, sections }) => ({
    version,
    status,
    issuedOn,
    sections: normaliseSections(sections),
  }));
  const final = versions.at(-1)!;
  const lastDraft = versions.filter((v) => v.status === 'draft').at(-1) ?? final;
  const { namedSetting, attachments } = state;
  return {
    status: 'final',
    caseId: data.caseId,
    la: data.la,
    requestedOn: data.requestedOn,
    decidedOn: data.decidedOn,
    dateOfBirth: data.child.dateOfBirth,
    versions,
    representations: [],
    deadlines: {},
    draft: { version: lastDraft.version, issuedOn: lastDraft.issuedOn, deadlineId: draftDeadlineId(lastDraft.version) },
    final,
    imported: data.provenance,
    ...importedTransfer(data),
    ...(namedSetting ? { namedSetting } : {}),
    ...(attachments ? { attachments } : {}),
  };
}

/** The transfer an imported plan was sent for is accepted by the import itself (docs/plan-format.md "Import"). */
function importedTransfer({ la, provenance, lastReviewedOn }: PlanImported['data']): { transfer?: TransferFile } {
  const { transferId, fromLa, importedOn } = provenance;
  if (transferId === undefined && lastReviewedOn === undefined) return {};
  const accepted = transferId === undefined ? [] : [{ transferId, fromLa, toLa: la, acceptedOn: importedOn }];
  return { transfer: { accepted, ...(lastReviewedOn === undefined ? {} : { lastReviewedOn }) } };
}

/** Reg 22(3): the amended plan is the current final version; the notice it answered is closed. */
function withAmendedPlan(state: Exclude<EhcpState, { status: 'none' }>, event: AmendedPlanIssued): EhcpState {
  if (state.status !== 'final') return state;
  const { version, issuedOn, sections } = event.data;
  const amended: PlanVersion = { version, status: 'final', issuedOn, sections };
  return {
    ...state,
    final: amended,
    versions: [...state.versions, amended],
    amendment: evolveAmendmentFile(state.amendment, event),
  };
}

function withRepresentation(state: Exclude<EhcpState, { status: 'none' }>, r: Representation): EhcpState {
  const representations = [...state.representations, { ...r }];
  if (r.noticeId !== undefined) return { ...state, representations, amendment: withNoticeRepresentation(state.amendment, r) };
  if (state.status !== 'draft') return { ...state, representations };
  const draft =
    r.nothingFurther && state.draft.nothingFurtherOn === undefined
      ? { ...state.draft, nothingFurtherOn: r.receivedOn }
      : state.draft;
  return { ...state, representations, draft };
}
