import { type Refusal, refuseWith } from '@send/kernel';

/** Stable codes of the ehcp context's refusals (docs/conventions.md §6); the HTTP edge maps them to 422. */
export const EhcpErrors = {
  PLAN_NOT_OPEN: 'EHCP.PLAN_NOT_OPEN',
  PLAN_ALREADY_FINAL: 'EHCP.PLAN_ALREADY_FINAL',
  DRAFT_BEFORE_DECISION: 'EHCP.DRAFT_BEFORE_DECISION',
  DRAFT_BEFORE_PREVIOUS_DRAFT: 'EHCP.DRAFT_BEFORE_PREVIOUS_DRAFT',
  DECISION_BEFORE_REQUEST: 'EHCP.DECISION_BEFORE_REQUEST',
  SECTION_F_NOT_SPECIFIC: 'EHCP.SECTION_F_NOT_SPECIFIC',
  NO_DRAFT: 'EHCP.NO_DRAFT',
  REPRESENTATIONS_BEFORE_DRAFT: 'EHCP.REPRESENTATIONS_BEFORE_DRAFT',
  REPRESENTATION_PERIOD_OPEN: 'EHCP.REPRESENTATION_PERIOD_OPEN',
  SECTION_I_REQUIRED: 'EHCP.SECTION_I_REQUIRED',
  /** CFA 2014 s.38(5): the draft names no school or institution and no type of one. */
  SECTION_I_IN_DRAFT: 'EHCP.SECTION_I_IN_DRAFT',
  FINAL_BEFORE_DRAFT: 'EHCP.FINAL_BEFORE_DRAFT',
} as const;

export type EhcpErrorCode = (typeof EhcpErrors)[keyof typeof EhcpErrors];

/** A rule refuses the command: one of this context's codes (a future date is the statutory guards' own). */
export const refuse: Refusal<EhcpErrorCode> = refuseWith;
