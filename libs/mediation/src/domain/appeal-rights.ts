import {
  appealWindowEnds,
  isAfter,
  isAwaitingAct,
  latest,
  notInFuture,
  retireDeadline,
  startDeadlineDue,
  type DeadlineEvent,
  type IsoDate,
} from '@send/statutory';
import type { OpenAppealRights } from './mediation.commands.js';
import type { MediationEvent } from './mediation.events.js';
import type { AppealableDecision } from './issues.js';
import { appealWindowId, type AppealRights, type Dispute, type MediationState, type OpenFile } from './mediation.state.js';

/** The rights already opened for this decision letter, by the decision event or by a dispute. */
export function rightsFor(
  state: MediationState,
  decision: AppealableDecision,
  decisionLetterOn: IsoDate,
): AppealRights | undefined {
  if (state.status === 'none') return undefined;
  return Object.values(state.rights).find((r) => r.decision === decision && r.decisionLetterOn === decisionLetterOn);
}

/**
 * HESC Rules r.20(1)(a): the family may appeal within 2 months of the decision letter, moved by
 * r.12(3)(a) out of 25 Dec–1 Jan and August and by r.12(2) off a non-working day (appealWindowEnds).
 * The window is a right of the family's: it lapses, it is never the LA's breach.
 */
export function rightsOpened(
  rightsId: string,
  decision: AppealableDecision,
  decisionLetterOn: IsoDate,
  origin: { sourceEventId: string } | { disputeId: string },
): MediationEvent[] {
  const windowEndsOn = appealWindowEnds(decisionLetterOn);
  const deadlineId = appealWindowId(rightsId, 1);
  return [
    { type: 'AppealRightsOpened', data: { rightsId, decision, decisionLetterOn, windowEndsOn, deadlineId, ...origin } },
    startDeadlineDue(deadlineId, 'appeal-window', decisionLetterOn, windowEndsOn),
  ];
}

/**
 * Every appealable decision another context records opens the family's rights. Idempotent per source
 * event (at-least-once delivery); a decision a dispute already opened rights for is only linked.
 */
export function openAppealRights({ data, today }: OpenAppealRights, state: MediationState): MediationEvent[] {
  const { rightsId, decision, decisionLetterOn, sourceEventId } = data;
  if (state.status === 'open' && Object.values(state.rights).some((r) => r.sourceEventIds.includes(sourceEventId))) return [];
  notInFuture(today, { decisionLetterOn });
  const existing = rightsFor(state, decision, decisionLetterOn);
  if (existing !== undefined) return [{ type: 'AppealRightsLinked', data: { rightsId: existing.rightsId, sourceEventId } }];
  return rightsOpened(rightsId, decision, decisionLetterOn, { sourceEventId });
}

export interface WindowMove {
  readonly rightsId?: string;
  readonly appealWindow?: { deadlineId: string; endsOn: IsoDate };
  readonly events: DeadlineEvent[];
}

/**
 * HESC Rules r.20(1)(b): a certificate gives the family until 1 month after it, if that is later than
 * the decision letter's 2 months. The running clock then stops applying and a new one starts on the
 * certificate's date, so the deadline register keeps both the date first given and the date now due;
 * statutory has no "extended" deadline event, and a moved date is not an exception.
 */
export function moveWindow(
  file: OpenFile,
  dispute: Dispute,
  issuedOn: IsoDate,
  owed?: { on: IsoDate; why: (endsOn: IsoDate) => string },
): WindowMove {
  const rights = dispute.rightsId === undefined ? undefined : file.rights[dispute.rightsId];
  if (rights === undefined) return { events: [] };
  const endsOn = appealWindowEnds(rights.decisionLetterOn, latest(rights.certificateOn, issuedOn));
  const running = isAwaitingAct(file.deadlines[rights.deadlineId]);
  if (!running || !isAfter(endsOn, rights.windowEndsOn)) return { rightsId: rights.rightsId, events: [] };
  const deadlineId = appealWindowId(rights.rightsId, rights.windows + 1);
  const why = owed?.why(endsOn) ?? `moved to ${endsOn} by the mediation certificate of ${issuedOn} (HESC Rules r.20(1)(b))`;
  const on = owed?.on ?? issuedOn;
  return {
    rightsId: rights.rightsId,
    appealWindow: { deadlineId, endsOn },
    events: [
      ...retireDeadline(file.deadlines, rights.deadlineId, on, why),
      startDeadlineDue(deadlineId, 'appeal-window', on, endsOn),
    ],
  };
}
