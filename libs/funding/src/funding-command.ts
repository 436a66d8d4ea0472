import { caseTarget } from '@send/platform';
import { fundingDecider, highNeedsDecider, referenceDecider } from './domain/index.js';
import { FUNDING_REFERENCE_STREAM, NATIONAL, fundingStream, highNeedsCaseId, highNeedsStream } from './funding.stream.js';

/** Where the funding handlers write. A case's funding: its priced plans, adjustments and top-up commitments. */
export const fundingTarget = caseTarget(fundingDecider, fundingStream);

/** An LA's high-needs budgets and the commitments copied from its cases, on the LA's own stream. */
export const highNeedsTarget = {
  decider: highNeedsDecider,
  address: ({ la }: { readonly la: string }) => ({ streamId: highNeedsStream(la), caseId: highNeedsCaseId(la), la }),
};

/** The national reference data, loaded at start-up: no case, no LA of its own. */
export const referenceTarget = {
  decider: referenceDecider,
  address: () => ({ streamId: FUNDING_REFERENCE_STREAM, ...NATIONAL }),
};
