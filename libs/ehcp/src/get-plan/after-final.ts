import { addMonths, isAfter, isBefore, proposedPhaseTransfers, type IsoDate } from '@send/statutory';
import type { EhcpState } from '../domain/index.js';

/**
 * What GET …/plan shows of a final plan's life after it was made (docs/api.md "The plan after it is final"):
 * its reviews with the outcome progress recorded, the open amendment notice, the phase transfers recorded,
 * the transfers proposed from the child's date of birth (computed each time, never stored), and for a child
 * under 5 the advisory 3–6 month review reminder (CoP 9.178), which is never a deadline.
 */
export function afterFinal(state: EhcpState, today: IsoDate, dateOfBirth?: IsoDate) {
  if (state.status !== 'final') return {};
  const reviews = Object.values(state.reviews?.byId ?? {}).sort((a, b) => (a.meetingOn < b.meetingOn ? -1 : 1));
  const transfers = Object.values(state.phaseTransfers ?? {});
  const recorded = new Set(transfers.map((t) => t.transfer));
  const proposed =
    dateOfBirth === undefined
      ? []
      : proposedPhaseTransfers(dateOfBirth).filter((p) => isAfter(p.transferOn, today) && !recorded.has(p.transfer));
  const lastConcluded = reviews
    .flatMap((r) => (r.decidedOn ? [r.decidedOn] : []))
    .sort()
    .at(-1);
  const firstFinal = state.versions.find((v) => v.status === 'final')?.issuedOn;
  const base = lastConcluded ?? firstFinal;
  const underFive = dateOfBirth !== undefined && isBefore(today, addMonths(dateOfBirth, 60));
  const reminders =
    underFive && base !== undefined
      ? [
          {
            kind: 'early-years-review',
            advisory: true,
            title: 'Under 5: consider reviewing the plan every 3 to 6 months',
            source: 'SEND Code of Practice 2015 para 9.178',
            fromOn: addMonths(base, 3),
            byOn: addMonths(base, 6),
          },
        ]
      : [];
  return {
    reviews,
    ...(state.amendment?.open ? { amendmentNotice: state.amendment.open } : {}),
    phaseTransfers: transfers,
    proposedPhaseTransfers: proposed,
    reminders,
  };
}
