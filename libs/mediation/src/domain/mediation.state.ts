import { assertNever } from '@send/kernel';
import { foldDeadline, latest, type ComplianceStep, type DeadlineBook, type IsoDate, type TribunalOrder } from '@send/statutory';
import type { MediationPolicy, MediationStep, OrderStep, PanelVerdict } from './mediation.commands.js';
import type { MediationEvent, StoredMediationEvent } from './mediation.events.js';
import type { AppealableDecision, Issue } from './issues.js';

/** The family's right to appeal one decision letter, and the clock of its last day (HESC Rules r.20(1)). */
export interface AppealRights {
  readonly rightsId: string;
  readonly decision: AppealableDecision;
  readonly decisionLetterOn: IsoDate;
  readonly sourceEventIds: readonly string[];
  /** The latest certificate of a dispute about this decision. */
  readonly certificateOn?: IsoDate;
  readonly windowEndsOn: IsoDate;
  /** The appeal-window clock now running; a new one each time a certificate moves the window. */
  readonly deadlineId: string;
  readonly windows: number;
}

export interface StepRecord {
  readonly on: IsoDate;
  readonly notes?: string;
}

export interface Appeal {
  readonly registeredOn: IsoDate;
  readonly windowEndsOn: IsoDate;
  readonly inTime: boolean;
  readonly extensionGranted: boolean;
  readonly policy: MediationPolicy;
}

export interface OrderRecord {
  readonly orderId: string;
  readonly order: TribunalOrder;
  readonly madeOn: IsoDate;
  readonly steps: readonly ComplianceStep[];
}

export type DisputeStatus =
  | 'raised'
  | 'adviser-contacted'
  | 'mediation-declined'
  | 'mediation-requested'
  | 'mediation-held'
  | 'agreement-reached'
  | 'certified'
  | 'appealed'
  | 'order-made';

/**
 * A written mediation agreement (Reg 42). With order (appealable issues, Reg 42(2)) its steps are clocks
 * met by the acts that meet that order; without, one 2-week clock closed by doneOn (Reg 42(3)).
 */
export interface AgreementRecord {
  readonly agreementId?: string;
  readonly on: IsoDate;
  readonly order?: TribunalOrder;
  readonly steps: readonly ComplianceStep[];
  readonly agreedDueOn?: IsoDate;
  readonly doneOn?: IsoDate;
}

/** status names the latest milestone; the facts themselves are kept beside it. */
export interface Dispute {
  readonly disputeId: string;
  readonly status: DisputeStatus;
  readonly about: readonly Issue[];
  readonly decision?: AppealableDecision;
  readonly rightsId?: string;
  readonly decisionLetterOn: IsoDate;
  readonly raisedOn: IsoDate;
  readonly mediation: Readonly<Partial<Record<MediationStep, StepRecord>>>;
  readonly certificateOn?: IsoDate;
  /** The LA did not arrange mediation in time: the family is owed its certificate by this day. */
  readonly certificateOwedBy?: IsoDate;
  readonly agreement?: AgreementRecord;
  readonly appeal?: Appeal;
  readonly orders: Readonly<Record<string, OrderRecord>>;
}

export interface PanelRecommendation {
  readonly recommendationId: string;
  readonly recommendation: PanelVerdict;
  readonly meetingOn: IsoDate;
  readonly notes?: string;
}

/** Plain data, so that replay can show it as JSON. */
export interface MediationFile {
  readonly rights: Readonly<Record<string, AppealRights>>;
  readonly disputes: Readonly<Record<string, Dispute>>;
  /** Recommendations recorded here before they moved to the decision whether to assess: history only. */
  readonly panel: readonly PanelRecommendation[];
  /** `${sourceEventId}/${step}` of every order step already complied with: redelivery changes nothing. */
  readonly complied: readonly string[];
  readonly deadlines: DeadlineBook;
}

export type MediationState = { readonly status: 'none' } | (MediationFile & { readonly status: 'open' });
export type OpenFile = Extract<MediationState, { status: 'open' }>;

export const appealWindowId = (rightsId: string, window: number) =>
  window === 1 ? `appeal-window:${rightsId}` : `appeal-window:${rightsId}:${window}`;
export const certificateDeadlineId = (disputeId: string) => `mediation-certificate:${disputeId}`;
export const mediationHeldDeadlineId = (disputeId: string) => `mediation-held:${disputeId}`;
export const agreementDeadlineId = (disputeId: string) => `agreement-compliance:${disputeId}`;
export const orderDeadlineId = (orderId: string, step: OrderStep | string) => `order-compliance:${orderId}:${step}`;
export const compliedKey = (sourceEventId: string, step: OrderStep) => `${sourceEventId}/${step}`;

export const initialMediationState = (): MediationState => ({ status: 'none' });

const emptyFile = (): OpenFile => ({ status: 'open', rights: {}, disputes: {}, panel: [], complied: [], deadlines: {} });

const STEP_EVENT: Readonly<Record<string, [MediationStep, DisputeStatus]>> = {
  MediationAdviserContacted: ['adviser-contacted', 'adviser-contacted'],
  MediationDeclined: ['declined', 'mediation-declined'],
  MediationRequested: ['requested', 'mediation-requested'],
  MediationHeld: ['held', 'mediation-held'],
};

export function evolveMediation(state: MediationState, event: StoredMediationEvent): MediationState {
  const file = state.status === 'none' ? emptyFile() : state;
  switch (event.type) {
    case 'AppealRightsOpened': {
      const { rightsId, decision, decisionLetterOn, windowEndsOn, deadlineId, sourceEventId } = event.data;
      const sourceEventIds = sourceEventId === undefined ? [] : [sourceEventId];
      const rights = { rightsId, decision, decisionLetterOn, sourceEventIds, windowEndsOn, deadlineId, windows: 1 };
      return { ...file, rights: { ...file.rights, [rightsId]: rights } };
    }
    case 'AppealRightsLinked':
      return withRights(file, event.data.rightsId, (r) => ({
        ...r,
        sourceEventIds: [...r.sourceEventIds, event.data.sourceEventId],
      }));
    case 'DisagreementRaised':
      return {
        ...file,
        disputes: { ...file.disputes, [event.data.disputeId]: { ...event.data, status: 'raised', mediation: {}, orders: {} } },
      };
    case 'MediationAdviserContacted':
    case 'MediationDeclined':
    case 'MediationRequested':
    case 'MediationHeld': {
      const [step, status] = STEP_EVENT[event.type];
      const { on, notes } = event.data;
      const record: StepRecord = notes === undefined ? { on } : { on, notes };
      return withDispute(file, event.data.disputeId, (d) => ({ ...d, status, mediation: { ...d.mediation, [step]: record } }));
    }
    case 'MediationAgreementReached': {
      const { disputeId, on, notes, agreementId, order, steps, agreedDueOn } = event.data;
      const record: StepRecord = notes === undefined ? { on } : { on, notes };
      const agreement: AgreementRecord = {
        on,
        steps: steps === undefined ? [] : [...steps],
        ...(agreementId === undefined ? {} : { agreementId }),
        ...(order === undefined ? {} : { order }),
        ...(agreedDueOn === undefined ? {} : { agreedDueOn }),
      };
      return withDispute(file, disputeId, (d) => ({
        ...d,
        status: 'agreement-reached',
        mediation: { ...d.mediation, agreement: record },
        agreement,
      }));
    }
    case 'AgreementCompleted':
      return withDispute(file, event.data.disputeId, (d) =>
        d.agreement === undefined ? d : { ...d, agreement: { ...d.agreement, doneOn: event.data.doneOn } },
      );
    case 'MediationNotArranged':
      return afterNotArranged(file, event.data);
    case 'CertificateIssued':
      return afterCertificate(file, event.data);
    case 'AppealRegistered': {
      const { disputeId, ...appeal } = event.data;
      return withDispute(file, disputeId, (d) => ({ ...d, status: 'appealed', appeal }));
    }
    case 'TribunalOrderMade': {
      const { disputeId, orderId, order, madeOn, steps } = event.data;
      const record: OrderRecord = { orderId, order, madeOn, steps };
      return withDispute(file, disputeId, (d) => ({ ...d, status: 'order-made', orders: { ...d.orders, [orderId]: record } }));
    }
    case 'OrderComplied':
      return { ...file, complied: [...file.complied, compliedKey(event.data.sourceEventId, event.data.step)] };
    case 'PanelRecommendationRecorded': // retired, still read (mediation.events.ts)
      return { ...file, panel: [...file.panel, { ...event.data }] };
    case 'DeadlineStarted':
    case 'DeadlineMet':
    case 'DeadlineClosedLate':
    case 'DeadlineBreached':
    case 'DeadlineExcepted':
    case 'DeadlineNotApplicable':
      return { ...file, deadlines: foldDeadline(file.deadlines, event) };
    default:
      return assertNever(event, 'mediation event');
  }
}

function afterCertificate(file: OpenFile, data: Extract<MediationEvent, { type: 'CertificateIssued' }>['data']): OpenFile {
  const { disputeId, issuedOn, rightsId, appealWindow } = data;
  const certified = withDispute(file, disputeId, (d) => ({ ...d, status: 'certified', certificateOn: issuedOn }));
  if (rightsId === undefined) return certified;
  return withRights(certified, rightsId, (r) => ({
    ...r,
    certificateOn: latest(issuedOn, r.certificateOn),
    ...(appealWindow === undefined
      ? {}
      : { windowEndsOn: appealWindow.endsOn, deadlineId: appealWindow.deadlineId, windows: r.windows + 1 }),
  }));
}

function afterNotArranged(file: OpenFile, data: Extract<MediationEvent, { type: 'MediationNotArranged' }>['data']): OpenFile {
  const { disputeId, on, notes, certificateDueOn, rightsId, appealWindow } = data;
  const record: StepRecord = notes === undefined ? { on } : { on, notes };
  const owed = withDispute(file, disputeId, (d) => ({
    ...d,
    mediation: { ...d.mediation, 'not-arranged': record },
    certificateOwedBy: certificateDueOn,
  }));
  if (rightsId === undefined || appealWindow === undefined) return owed;
  return withRights(owed, rightsId, (r) => ({
    ...r,
    windowEndsOn: appealWindow.endsOn,
    deadlineId: appealWindow.deadlineId,
    windows: r.windows + 1,
  }));
}

function withDispute(file: OpenFile, disputeId: string, change: (d: Dispute) => Dispute): OpenFile {
  const dispute = file.disputes[disputeId];
  if (dispute === undefined) return file;
  return { ...file, disputes: { ...file.disputes, [disputeId]: change(dispute) } };
}

function withRights(file: OpenFile, rightsId: string, change: (r: AppealRights) => AppealRights): OpenFile {
  const rights = file.rights[rightsId];
  if (rights === undefined) return file;
  return { ...file, rights: { ...file.rights, [rightsId]: change(rights) } };
}
