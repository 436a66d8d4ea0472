/**
 * The funding context's streams. All begin "funding-", which names the context on the wire
 * (send.funding.<event>.v1) and in the history of a case.
 */
export const fundingStream = (caseId: string) => `funding-${caseId}`;

/** National reference data has no case: its events carry caseId 'national' and la '000'. */
export const FUNDING_REFERENCE_STREAM = 'funding-reference';
export const NATIONAL = { caseId: 'national', la: '000' } as const;

/** One stream per LA for its high-needs budgets and commitments; its events carry caseId 'la-<la>'. */
export const highNeedsStream = (la: string) => `funding-la-${la}`;
export const highNeedsCaseId = (la: string) => `la-${la}`;
