import { MediationErrors, notFound } from './mediation.errors.js';
import type { Dispute, MediationState } from './mediation.state.js';

export function findDispute(state: MediationState, disputeId: string): Dispute {
  const dispute = state.status === 'open' ? state.disputes[disputeId] : undefined;
  if (dispute === undefined) notFound(MediationErrors.DISPUTE_NOT_FOUND, `no dispute ${disputeId} on this case`);
  return dispute;
}
