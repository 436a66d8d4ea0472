/** One assessment stream per case. */
export const assessmentStream = (caseId: string) => `assessment-${caseId}`;
