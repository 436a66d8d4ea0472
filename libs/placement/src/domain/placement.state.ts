import { assertNever } from '@send/kernel';
import { foldDeadline, type DeadlineBook, type IsoDate } from '@send/statutory';
import type { ConsultationAnswer, ObjectionGround, Phase, SettingType } from './codes.js';
import type { PassedOver, PlacementEvent } from './placement.events.js';

export interface Preferences {
  readonly ranked: readonly string[];
  readonly expressedOn: IsoDate;
}

export interface Consultation {
  readonly consultationId: string;
  readonly settingId: string;
  readonly name: string;
  readonly sentOn: IsoDate;
  readonly deadlineId: string;
  readonly answer?: {
    readonly answeredOn: IsoDate;
    readonly answer: ConsultationAnswer;
    readonly grounds?: readonly ObjectionGround[];
    readonly objectionUpheld: boolean;
  };
}

export interface Allocation {
  readonly settingId: string;
  readonly name: string;
  readonly type: SettingType;
  readonly decidedOn: IsoDate;
  readonly preferenceRank: number;
  readonly passedOver: readonly PassedOver[];
}

export interface Direction {
  readonly settingId: string;
  readonly name: string;
  readonly type: SettingType;
  readonly academyTrust: string;
  readonly directedOn: IsoDate;
  readonly reason: string;
  readonly appeal?: { readonly lodgedOn: IsoDate; readonly decision?: { readonly decidedOn: IsoDate; readonly upheld: boolean } };
}

/** A placement round for a phase transfer: a setting for the new phase to be found by dueOn (Reg 18). */
export interface PhaseTransferRound {
  readonly transferId: string;
  readonly transfer: string;
  readonly transferOn: IsoDate;
  readonly dueOn: IsoDate;
  readonly phase?: Phase;
  readonly sourceEventId: string;
}

/** Plain data, so that replay can show it as JSON. Consultations keep the order they were sent in. */
export interface PlacementFile {
  readonly tailoredListsProduced: number;
  readonly lastTailoredListOn?: IsoDate;
  readonly preferences?: Preferences;
  readonly consultations: readonly Consultation[];
  readonly directions: readonly Direction[];
  readonly deadlines: DeadlineBook;
  /** Phase transfers coming, oldest first; absent in a file that never had one. */
  readonly phaseTransfers?: readonly PhaseTransferRound[];
}

export type PlacementState =
  | { readonly status: 'none' }
  | (PlacementFile & { readonly status: 'open' })
  | (PlacementFile & { readonly status: 'allocated'; readonly allocation: Allocation });

export type OpenPlacement = Exclude<PlacementState, { status: 'none' }>;

export const initialPlacementState = (): PlacementState => ({ status: 'none' });

const emptyFile = (): OpenPlacement => ({
  status: 'open',
  tailoredListsProduced: 0,
  consultations: [],
  directions: [],
  deadlines: {},
});

export function evolvePlacement(previous: PlacementState, event: PlacementEvent): PlacementState {
  const state = previous.status === 'none' ? emptyFile() : previous;
  switch (event.type) {
    case 'TailoredListProduced':
      return { ...state, tailoredListsProduced: state.tailoredListsProduced + 1, lastTailoredListOn: event.data.producedOn };
    case 'PreferencesExpressed':
      return { ...state, preferences: { ranked: [...event.data.ranked], expressedOn: event.data.expressedOn } };
    case 'SettingConsulted': {
      const { consultationId, settingId, name, sentOn, deadlineId } = event.data;
      return { ...state, consultations: [...state.consultations, { consultationId, settingId, name, sentOn, deadlineId }] };
    }
    case 'ConsultationAnswered': {
      const { consultationId, answeredOn, answer, grounds, objectionUpheld } = event.data;
      const answered = { answeredOn, answer, ...(grounds ? { grounds: [...grounds] } : {}), objectionUpheld };
      const consultations = state.consultations.map((c) =>
        c.consultationId === consultationId ? { ...c, answer: answered } : c,
      );
      return { ...state, consultations };
    }
    case 'PlaceAllocated':
      return { ...state, status: 'allocated', allocation: { ...event.data, passedOver: [...event.data.passedOver] } };
    case 'AdmissionDirected':
      return { ...state, directions: [...state.directions, { ...event.data }] };
    case 'DirectionAppealLodged':
      return withLatestDirection(state, (d) => ({ ...d, appeal: { lodgedOn: event.data.lodgedOn } }));
    case 'DirectionAppealDecided':
      return withLatestDirection(state, (d) =>
        d.appeal
          ? { ...d, appeal: { ...d.appeal, decision: { decidedOn: event.data.decidedOn, upheld: event.data.upheld } } }
          : d,
      );
    case 'PhaseTransferRoundOpened':
      return { ...state, phaseTransfers: [...(state.phaseTransfers ?? []), { ...event.data }] };
    case 'DeadlineStarted':
    case 'DeadlineMet':
    case 'DeadlineClosedLate':
    case 'DeadlineBreached':
    case 'DeadlineExcepted':
    case 'DeadlineNotApplicable':
      return { ...state, deadlines: foldDeadline(state.deadlines, event) };
    default:
      return assertNever(event, 'placement event');
  }
}

function withLatestDirection(state: OpenPlacement, change: (d: Direction) => Direction): OpenPlacement {
  const latest = state.directions.at(-1);
  return latest ? { ...state, directions: [...state.directions.slice(0, -1), change(latest)] } : state;
}

export function consultationOf(state: PlacementState, consultationId: string): Consultation | undefined {
  return state.status === 'none' ? undefined : state.consultations.find((c) => c.consultationId === consultationId);
}

/** The direction that binds now: the latest one, unless the trust's appeal against it was upheld. */
export function directionInForce(state: PlacementState): Direction | undefined {
  const latest = state.status === 'none' ? undefined : state.directions.at(-1);
  return latest?.appeal?.decision?.upheld ? undefined : latest;
}

/** The latest phase transfer round, if any (the tailored list is offered for its new phase). */
export function currentPhaseTransfer(state: PlacementState): PhaseTransferRound | undefined {
  return state.status === 'none' ? undefined : state.phaseTransfers?.at(-1);
}
