import { assessmentTimeline } from '@send/assessment';
import { ehcpTimeline } from '@send/ehcp';
import { placementTimeline } from '@send/placement';
import { mediationTimeline } from '@send/mediation';
import { fundingTimeline } from '@send/funding';
import { gatewayTimeline } from '@send/audit';

/** The evidential timeline the tool prints: the gateway's merge of each context's own (docs/api.md "Audit"). */
export const TIMELINE = gatewayTimeline([
  assessmentTimeline,
  ehcpTimeline,
  placementTimeline,
  mediationTimeline,
  fundingTimeline,
]);
