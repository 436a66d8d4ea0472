import { isAfter, isBefore, type IsoDate } from '@send/statutory';
import { DATE_IN_THE_FUTURE, MediationErrors, refuse, type MediationErrorCode } from './mediation.errors.js';
import type { Dispute, MediationState } from './mediation.state.js';

/** api-v1.md "Conventions": a business date may not be after the day the command is handled. */
export function notInFuture(today: IsoDate, dates: Readonly<Record<string, IsoDate | undefined>>): void {
  for (const [field, date] of Object.entries(dates)) {
    if (date !== undefined && isAfter(date, today)) {
      refuse(DATE_IN_THE_FUTURE, `${field} ${date} is after today (${today})`, { field });
    }
  }
}

/** api-v1.md "Conventions": nor earlier than the act it answers. */
export function notBefore(
  code: MediationErrorCode,
  field: string,
  date: IsoDate,
  anchors: Readonly<Record<string, IsoDate | undefined>>,
): void {
  for (const [act, on] of Object.entries(anchors)) {
    if (on !== undefined && isBefore(date, on)) {
      refuse(code, `${field} ${date} is before the ${act} (${on})`, { field, [act]: on });
    }
  }
}

export function findDispute(state: MediationState, disputeId: string): Dispute {
  const dispute = state.status === 'open' ? state.disputes[disputeId] : undefined;
  if (dispute === undefined) refuse(MediationErrors.DISPUTE_NOT_FOUND, `no dispute ${disputeId} on this case`);
  return dispute;
}

export function latest(...dates: (IsoDate | undefined)[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>((a, d) => (d === undefined || (a !== undefined && !isAfter(d, a)) ? a : d), undefined);
}
