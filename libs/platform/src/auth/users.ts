import { Role } from '@send/kernel';

export interface User {
  readonly id: string;
  readonly role: Role;
  /** The LA whose cases the user works on; undefined for national roles. */
  readonly la?: string;
  /** The one case a family user is bound to (docs/architecture.md "Security"); undefined for staff. */
  readonly caseId?: string;
}

/** Roles that see every LA's cases (docs/architecture.md "Security"). */
export const NATIONAL_ROLES: ReadonlySet<Role> = new Set(['auditor', 'tribunal', 'admin']);

/** Demo mode only (docs/api.md "Conventions"): password "demo" for each. */
export const DEMO_USERS: readonly User[] = [
  { id: 'caseworker@202', role: 'caseworker', la: '202' },
  { id: 'manager@202', role: 'manager', la: '202' },
  { id: 'caseworker@203', role: 'caseworker', la: '203' },
  { id: 'auditor', role: 'auditor' },
  { id: 'tribunal', role: 'tribunal' },
  { id: 'admin', role: 'admin' },
  // The DfE regions group: national, suppressed dashboard figures only, never a case (so not in NATIONAL_ROLES).
  { id: 'regions', role: 'regions' },
];

/** Whether the user reads the LA's cases. Never a family: it sees only its own case (CaseAccess). */
export function canSeeLa(user: User, la: string): boolean {
  if (user.role === 'family') return false;
  return NATIONAL_ROLES.has(user.role) || user.la === la;
}
