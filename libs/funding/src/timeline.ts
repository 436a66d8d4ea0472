import type { StoredEvent, TimelineEntry } from '@send/kernel';
import type { CaseTimeline } from '@send/read-models';
import { timelineEntry, untold } from '@send/statutory';
import type { FundingEvent } from './domain/index.js';

const pounds = (pence: number) =>
  `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The funding's part of the evidential timeline (docs/api.md "Audit", timeline). */
export function fundingEntries(events: readonly StoredEvent[]): TimelineEntry[] {
  return events.flatMap((e): TimelineEntry[] => {
    const event = { type: e.type, data: e.data } as FundingEvent;
    switch (event.type) {
      case 'PlanPriced':
        return [
          timelineEntry(e, {
            at: event.data.issuedOn,
            kind: 'funding',
            title: `Plan priced (version ${event.data.planVersion}): ${pounds(event.data.annualPence)} a year, band ${event.data.band.name}`,
            source: 'High needs funding operational guide (element 2 and element 3)',
            details: [
              `Element 2: ${pounds(event.data.element2Pence)}`,
              `Element 3 (top-up): ${pounds(event.data.element3Pence)}`,
              `Place funding: ${pounds(event.data.placeFundingPence)}`,
            ],
          }),
        ];
      case 'TopUpCommitted':
        return [
          timelineEntry(e, {
            at: e.occurredAt,
            kind: 'funding',
            title: `Funding committed for ${event.data.financialYear}: top-up ${pounds(event.data.pence)}, place funding ${pounds(event.data.placeFundingPence)}`,
          }),
        ];
      case 'LocalAdjustmentApplied':
        return [
          timelineEntry(e, {
            at: event.data.approvedOn,
            kind: 'funding',
            title: `Local adjustment approved: ${pounds(event.data.amountPence)}`,
            reason: event.data.reason,
            details: [`Approved by ${event.data.approvedBy}`, `Requested by ${event.data.requestedBy}`],
          }),
        ];
      case 'FundingEnded':
        return [
          timelineEntry(e, {
            at: event.data.ceasedOn,
            kind: 'funding',
            title: `Funding ended: the plan ceased on ${event.data.ceasedOn}`,
            source: 'Children and Families Act 2014 s.45',
          }),
        ];
      default:
        return untold(event) ?? [];
    }
  });
}

export const fundingTimeline: CaseTimeline = { context: 'funding', entriesOf: fundingEntries };
