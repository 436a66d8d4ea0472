import { type Refusal, notFoundWith, refuseWith } from '@send/kernel';

/** Stable codes of the family's access to its case (docs/api.md "Stable codes"). */
export const FamilyErrors = {
  /** 404: no invitation has this code (or the code is not one this system issues). */
  INVITATION_NOT_FOUND: 'FAMILY.INVITATION_NOT_FOUND',
  INVITATION_ALREADY_USED: 'FAMILY.INVITATION_ALREADY_USED',
  INVITATION_EXPIRED: 'FAMILY.INVITATION_EXPIRED',
  INVITATION_REVOKED: 'FAMILY.INVITATION_REVOKED',
  USERNAME_TAKEN: 'FAMILY.USERNAME_TAKEN',
  NOTHING_TO_REVOKE: 'FAMILY.NOTHING_TO_REVOKE',
  /** 422: the child's personal data was erased; the record keeps no family access (docs/architecture.md "Security"). */
  CASE_ERASED: 'FAMILY.CASE_ERASED',
} as const;
export type FamilyErrorCode = (typeof FamilyErrors)[keyof typeof FamilyErrors];

export const refuse: Refusal<FamilyErrorCode> = refuseWith;
export const notFound: Refusal<FamilyErrorCode> = notFoundWith;
