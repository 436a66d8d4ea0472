import { STREAM_PREFIXES, caseStream } from '@send/kernel';

/**
 * The funding context's streams. All begin "funding-", which names the context on the wire
 * (send.funding.<event>.v1) and in the history of a case.
 */
export const fundingStream = (caseId: string) => caseStream('funding', caseId);

/** Whether a stream is one of the funding context's own. */
export const isFundingStream = (streamId: string) => STREAM_PREFIXES.funding.some((prefix) => streamId.startsWith(prefix));

/** National reference data has no case: its events carry caseId 'national' and la '000'. */
export const FUNDING_REFERENCE_STREAM = caseStream('funding', 'reference');
export const NATIONAL = { caseId: 'national', la: '000' } as const;

/** One stream per LA for its high-needs budgets and commitments; its events carry caseId 'la-<la>'. */
export const highNeedsCaseId = (la: string) => `la-${la}`;
export const highNeedsStream = (la: string) => caseStream('funding', highNeedsCaseId(la));
