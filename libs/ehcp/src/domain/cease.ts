import type { DomainEvent } from '@send/kernel';
import {
  RULE_IDS,
  addDays,
  appealWindowEnds,
  isAfter,
  isBefore,
  latest,
  notBefore,
  notInFuture,
  retireAll,
  type DeadlineBook,
  type DeadlineNotApplicable,
  type IsoDate,
  CEASE_REASONS,
  CEASE_REASON_CODES,
  type CeaseReason,
} from '@send/statutory';
import { EhcpErrors, refuse } from './ehcp.errors.js';
import { checkCeaseGrounds, type ReviewedPlan } from './cease-grounds.js';

/**
 * Ceasing to maintain an EHC plan (CFA 2014 s.45; SEND Regulations 2014 regs 29–31; docs/domain.md
 * "Ceasing a plan"). The LA consults first (Reg 31(1)), then decides and notifies with appeal rights
 * (Reg 31(2)–(3), s.51(2)(f)). The plan stays maintained (status `ceasing`) until the time to appeal has
 * run out with no appeal, or a tribunal dismisses the appeal (Reg 44(2)(a): cease at once).
 */

/** The SEN2 cease reasons are the shared vocabulary (libs/statutory codes.ts), so that the pages word them too. */
export { CEASE_REASONS, CEASE_REASON_CODES, type CeaseReason };

export const isCeaseReason = (code: unknown): code is CeaseReason =>
  typeof code === 'string' && Object.hasOwn(CEASE_REASONS, code);

/** Why the plan stopped being maintained. */
export type CeaseWhy = 'appeal-window-closed' | 'appeal-dismissed';

/** A step in mediation that bears on the cease decision, as the process manager notes it. */
export type CeaseChallengeStep = 'disputed' | 'certificate' | 'appeal-registered';

interface Command<T extends string, D> {
  readonly type: T;
  readonly data: D;
  readonly today: IsoDate;
}

/** POST …/plan/cease. */
/** dateOfBirth: the child's, from the case summary (the request); without it Regs 29–30 are not checked. */
export type CeasePlan = Command<
  'CeasePlan',
  { decidedOn: IsoDate; reason: CeaseReason; consultedOn: IsoDate; dateOfBirth?: IsoDate }
>;
/** From the sweep: the time to appeal has run out with no appeal (it decides whether it has). */
export type CeaseAfterAppealWindow = Command<'CeaseAfterAppealWindow', Record<string, never>>;
/** From the process manager, on mediation's TribunalOrderMade `cease-dismissed` (Reg 44(2)(a)). */
export type CeaseOnTribunalOrder = Command<
  'CeaseOnTribunalOrder',
  { orderId: string; disputeId: string; madeOn: IsoDate; sourceEventId: string }
>;
/** From the process manager, on mediation's dispute, certificate and appeal events. */
export type NoteCeaseChallenge = Command<
  'NoteCeaseChallenge',
  { step: CeaseChallengeStep; disputeId: string; on: IsoDate; windowEndsOn?: IsoDate; sourceEventId: string }
>;
export type CeaseCommand = CeasePlan | CeaseAfterAppealWindow | CeaseOnTribunalOrder | NoteCeaseChallenge;

export type CeaseDecided = DomainEvent<
  'CeaseDecided',
  { decidedOn: IsoDate; reason: CeaseReason; consultedOn: IsoDate; appealWindowEndsOn: IsoDate }
>;
export type PlanCeased = DomainEvent<
  'PlanCeased',
  { ceasedOn: IsoDate; reason: CeaseReason; why: CeaseWhy; sourceEventId?: string }
>;
/** What the plan knows of a challenge to its cease decision: it keeps the plan maintained while it runs. */
export type CeaseChallengeNoted = DomainEvent<
  'CeaseChallengeNoted',
  { step: CeaseChallengeStep; disputeId: string; on: IsoDate; windowEndsOn?: IsoDate; sourceEventId: string }
>;
export type CeaseEvent = CeaseDecided | PlanCeased | CeaseChallengeNoted;

/** The plan's cease decision and what became of it (PlanFile.cease). */
export interface CeaseFile {
  readonly decidedOn: IsoDate;
  readonly reason: CeaseReason;
  readonly consultedOn: IsoDate;
  readonly appealWindowEndsOn: IsoDate;
  /** Disputes about the cease decision (mediation), by id, with the appeal window a certificate gave. */
  readonly disputes: Readonly<Record<string, { windowEndsOn?: IsoDate; appealRegisteredOn?: IsoDate }>>;
  /** Source events already noted: the process manager delivers at least once. */
  readonly noted: readonly string[];
  readonly ceasedOn?: IsoDate;
}

/**
 * What this file reads of the plan's state (EhcpState in ehcp.state.ts, which folds these events here):
 * named by shape, so that the two files do not import each other.
 */
export interface CeaseablePlan {
  readonly status: string;
  readonly cease?: CeaseFile;
  readonly final?: { readonly issuedOn: IsoDate };
  readonly deadlines?: DeadlineBook;
}

/** A ceased plan is no longer maintained: every clock still running on it stops applying (CFA s.45). */
function ceased(state: CeaseablePlan, event: PlanCeased): (PlanCeased | DeadlineNotApplicable)[] {
  const { ceasedOn } = event.data;
  return [event, ...retireAll(state.deadlines ?? {}, RULE_IDS, ceasedOn, `the plan ceased on ${ceasedOn}`)];
}

/** The plan status a caseworker sees: a cease decision overrides `final` (docs/api.md "The plan"). */
export function planStatusOf<S extends CeaseablePlan>(state: S): S['status'] | 'ceasing' | 'ceased' {
  if (!state.cease) return state.status;
  return state.cease.ceasedOn === undefined ? 'ceasing' : 'ceased';
}

/** After the plan ceased nothing more is done to it: no draft, final, review or amendment. */
export function refuseIfCeased(state: CeaseablePlan): void {
  if (state.cease?.ceasedOn !== undefined) {
    refuse(EhcpErrors.PLAN_CEASED, `the plan ceased on ${state.cease.ceasedOn}; it is no longer maintained`);
  }
}

/**
 * The day the plan stops being maintained when no appeal comes: the day after the last day to appeal,
 * which a mediation certificate may have moved later (HESC Rules r.20(1)(b)). Undefined while an appeal
 * on the decision is registered and not dismissed, or once ceased.
 */
export function ceasesOn(cease: CeaseFile): IsoDate | undefined {
  if (cease.ceasedOn !== undefined) return undefined;
  const disputes = Object.values(cease.disputes);
  if (disputes.some((d) => d.appealRegisteredOn !== undefined)) return undefined;
  return addDays(latest(cease.appealWindowEndsOn, ...disputes.map((d) => d.windowEndsOn)), 1);
}

/**
 * CFA s.45(1): only on a final plan, for a lawful reason (a SEN2 code; the DTO refuses others with 400);
 * Reg 31(1): the consultation comes first, so it may not be dated after the decision.
 */
export function ceasePlan({ data, today }: CeasePlan, state: CeaseablePlan & ReviewedPlan): CeaseDecided[] {
  refuseIfCeased(state);
  if (state.cease) {
    refuse(EhcpErrors.CEASE_ALREADY_DECIDED, `the LA decided on ${state.cease.decidedOn} to cease the plan`);
  }
  if (state.status !== 'final' || !state.final) {
    refuse(EhcpErrors.PLAN_NOT_FINAL, 'only a final EHC plan can cease to be maintained');
  }
  notInFuture(today, { decidedOn: data.decidedOn, consultedOn: data.consultedOn });
  if (!isCeaseReason(data.reason)) refuse(EhcpErrors.CEASE_REASON_UNKNOWN, 'the reason is not a SEN2 cease reason code');
  notBefore(EhcpErrors.CEASE_BEFORE_PLAN, 'decidedOn', data.decidedOn, { 'final plan': state.final.issuedOn });
  if (isAfter(data.consultedOn, data.decidedOn)) {
    refuse(
      EhcpErrors.CONSULTATION_AFTER_DECISION,
      'the family and the setting must be consulted before the decision (Reg 31(1))',
      {
        field: 'consultedOn',
      },
    );
  }
  checkCeaseGrounds(data, state);
  const { decidedOn, reason, consultedOn } = data;
  return [{ type: 'CeaseDecided', data: { decidedOn, reason, consultedOn, appealWindowEndsOn: appealWindowEnds(decidedOn) } }];
}

/** Idempotent: a plan not ceasing, or still under appeal, or whose window is still open, gives nothing. */
export function ceaseAfterAppealWindow(
  { today }: CeaseAfterAppealWindow,
  state: CeaseablePlan,
): (PlanCeased | DeadlineNotApplicable)[] {
  if (!state.cease) return [];
  const on = ceasesOn(state.cease);
  if (on === undefined || isBefore(today, on)) return [];
  return ceased(state, { type: 'PlanCeased', data: { ceasedOn: on, reason: state.cease.reason, why: 'appeal-window-closed' } });
}

/**
 * Reg 44(2)(a): the tribunal dismissed the appeal against ceasing, so the plan ceases on the day of the
 * order. Idempotent per order; an order on a plan with no cease decision recorded changes nothing (the
 * order's own compliance clock, in mediation, shows it outstanding).
 */
export function ceaseOnTribunalOrder(
  { data }: CeaseOnTribunalOrder,
  state: CeaseablePlan,
): (PlanCeased | DeadlineNotApplicable)[] {
  if (!state.cease || state.cease.ceasedOn !== undefined) return [];
  const { reason } = state.cease;
  return ceased(state, {
    type: 'PlanCeased',
    data: { ceasedOn: data.madeOn, reason, why: 'appeal-dismissed', sourceEventId: data.sourceEventId },
  });
}

/**
 * A dispute about ceasing is noted only while the plan is ceasing; its certificate and appeal only for a
 * dispute already noted (mediation records them in that order on one stream). Idempotent per source event.
 */
export function noteCeaseChallenge({ data }: NoteCeaseChallenge, state: CeaseablePlan): CeaseChallengeNoted[] {
  if (!state.cease || state.cease.ceasedOn !== undefined) return [];
  const { cease } = state;
  if (cease.noted.includes(data.sourceEventId)) return [];
  const known = Object.hasOwn(cease.disputes, data.disputeId);
  if (data.step === 'disputed' ? known : !known) return [];
  if (data.step === 'certificate' && data.windowEndsOn === undefined) return [];
  const { step, disputeId, on, windowEndsOn, sourceEventId } = data;
  return [
    {
      type: 'CeaseChallengeNoted',
      data: { step, disputeId, on, ...(windowEndsOn === undefined ? {} : { windowEndsOn }), sourceEventId },
    },
  ];
}

export function evolveCease<S extends CeaseablePlan>(state: S, event: CeaseEvent): S {
  switch (event.type) {
    case 'CeaseDecided':
      return { ...state, cease: { ...event.data, disputes: {}, noted: [] } };
    case 'PlanCeased':
      return state.cease ? { ...state, cease: { ...state.cease, ceasedOn: event.data.ceasedOn } } : state;
    case 'CeaseChallengeNoted': {
      const { cease } = state;
      if (!cease) return state;
      const { disputeId, step, on, windowEndsOn } = event.data;
      const dispute = cease.disputes[disputeId] ?? {};
      const next =
        step === 'disputed'
          ? dispute
          : step === 'certificate'
            ? { ...dispute, windowEndsOn }
            : { ...dispute, appealRegisteredOn: on };
      return {
        ...state,
        cease: {
          ...cease,
          disputes: { ...cease.disputes, [disputeId]: next },
          noted: [...cease.noted, event.data.sourceEventId],
        },
      };
    }
  }
}
