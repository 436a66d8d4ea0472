import type { IsoDate } from '@send/statutory';
import type { ProvisionItem, SettingInput } from './pricing.js';
import type { ReferenceData } from './reference-data.js';

/** Every command carries the date in England on which it is handled: the domain never reads a clock. */
interface Command<T extends string, D> {
  readonly type: T;
  readonly data: D;
  readonly today: IsoDate;
}

/** From the process manager, on every final or amended plan the ehcp context issues. */
export type PricePlan = Command<
  'PricePlan',
  { planVersion: number; issuedOn: IsoDate; items: readonly ProvisionItem[]; setting?: SettingInput }
> & {
  /** The reference data in force on issuedOn, looked up by the handler. */
  readonly reference: ReferenceData;
};

/** Local flexibility (green paper item 6): an explicit, reasoned, approved change to the top-up. */
export type ApplyLocalAdjustment = Command<
  'ApplyLocalAdjustment',
  {
    adjustmentId: string;
    amountPence: number;
    reason: string;
    approvedBy: string;
    approvedOn: IsoDate;
    /** The user who records it; the approver must be someone else. */
    requestedBy: string;
  }
>;

/** From the process manager, when the ehcp context records that the plan ceased. */
export type EndFunding = Command<'EndFunding', { ceasedOn: IsoDate; sourceEventId: string }>;

export type FundingCommand = PricePlan | ApplyLocalAdjustment | EndFunding;
