/**
 * Who may read a case's record itself (history, verify, replay, timeline, bundle): case readers of the LA and
 * the national read-only roles (docs/api.md "Audit"). Auditors' and tribunal users' reads are logged.
 */
export const AUDIT_READERS = ['caseworker', 'manager', 'auditor', 'tribunal'] as const;
