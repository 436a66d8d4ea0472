import { assertNever } from '@send/kernel';
import { foldDeadline, type DeadlineBook, type IsoDate } from '@send/statutory';
import type { EhcpEvent } from './ehcp.events.js';
import type { PlanSections, SectionI } from './plan-sections.js';
import { evolveCease, type CeaseFile } from './cease.js';
import { evolveReassessment, type ReassessmentFile } from './reassessment.js';

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
  readonly versions: readonly PlanVersion[];
  readonly representations: readonly Representation[];
  /** Section I as settled by placement after the draft (CFA s.39); the final plan takes it. */
  readonly namedSetting?: NamedSetting;
  /** Each draft's period for representations, as the statutory deadline book keeps every context's clocks. */
  readonly deadlines: DeadlineBook;
  /** The LA's decision to cease the plan and what became of it (cease.ts). */
  readonly cease?: CeaseFile;
  /** The latest request for a re-assessment (reassessment.ts). */
  readonly reassessment?: ReassessmentFile;
}

/** Section I as named by placement, possibly before the plan opened (the contexts' events are not ordered together). */
export type NamedSetting = SectionI & { readonly namedOn: IsoDate; readonly sourceEventId: string };

export type EhcpState =
  | { readonly status: 'none'; readonly namedSetting?: NamedSetting }
  | (PlanFile & { readonly status: 'open' })
  | (PlanFile & { readonly status: 'draft'; readonly draft: CurrentDraft })
  | (PlanFile & { readonly status: 'final'; readonly draft: CurrentDraft; readonly final: PlanVersion });

export const draftDeadlineId = (version: number) => `draft-representations:${version}`;

export const initialEhcpState = (): EhcpState => ({ status: 'none' });

export function evolveEhcp(state: EhcpState, event: EhcpEvent): EhcpState {
  if (event.type === 'PlanOpened') {
    if (state.status !== 'none') return state;
    const { namedSetting } = state;
    return {
      status: 'open',
      ...event.data,
      versions: [],
      representations: [],
      deadlines: {},
      ...(namedSetting ? { namedSetting } : {}),
    };
  }
  if (event.type === 'SettingNamed') {
    const { setting, namedOn, sourceEventId } = event.data;
    return { ...state, namedSetting: { ...setting, namedOn, sourceEventId } };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'DraftPlanIssued': {
      const { version, issuedOn, sections } = event.data;
      const draft: CurrentDraft = { version, issuedOn, deadlineId: draftDeadlineId(version) };
      const versions = [...state.versions, { version, status: 'draft' as const, issuedOn, sections }];
      return { ...state, status: 'draft', draft, versions };
    }
    case 'RepresentationsReceived':
      return withRepresentation(state, event.data);
    case 'FinalPlanIssued': {
      if (state.status !== 'draft') return state;
      const final: PlanVersion = { ...event.data, status: 'final' };
      return { ...state, status: 'final', final, versions: [...state.versions, final] };
    }
    case 'CeaseDecided':
    case 'PlanCeased':
    case 'CeaseChallengeNoted':
      return evolveCease(state, event);
    case 'ReassessmentRequested':
    case 'ReassessmentDecided':
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

function withRepresentation(state: Exclude<EhcpState, { status: 'none' }>, r: Representation): EhcpState {
  const representations = [...state.representations, { ...r }];
  if (state.status !== 'draft') return { ...state, representations };
  const draft =
    r.nothingFurther && state.draft.nothingFurtherOn === undefined
      ? { ...state.draft, nothingFurtherOn: r.receivedOn }
      : state.draft;
  return { ...state, representations, draft };
}
