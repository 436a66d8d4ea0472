import { type Refusal, refuseWith } from '@send/kernel';

/**
 * Stable codes of the national SEND standards (docs/conventions.md §6; docs/domain.md "National SEND standards
 * (proposal)"). A citation of a standard that does not exist, or is not in force on the decision's date, is a
 * refusal (422): the id travels in a request body. A read of an unknown standard is NOT_FOUND (404).
 */
export const StandardsErrors = {
  UNKNOWN_STANDARD: 'STANDARDS.UNKNOWN_STANDARD',
  NOT_IN_FORCE: 'STANDARDS.NOT_IN_FORCE',
  NOT_FOUND: 'STANDARDS.NOT_FOUND',
  CATALOGUE_INVALID: 'STANDARDS.CATALOGUE_INVALID',
  VERSION_CHANGED: 'STANDARDS.VERSION_CHANGED',
  NO_CATALOGUE: 'STANDARDS.NO_CATALOGUE',
} as const;

export type StandardsErrorCode = (typeof StandardsErrors)[keyof typeof StandardsErrors];

export const refuse: Refusal<StandardsErrorCode> = refuseWith;
