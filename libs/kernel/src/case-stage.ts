/**
 * The one vocabulary of a case's stage: the `stage` of GET /api/v1/cases and its `?stage=` filter
 * (docs/api.md), and the assessment stage replay shows. The pathway only moves forward; two stages at the
 * same rank are the two outcomes of one decision.
 */
export const CASE_STAGES = [
  'requested',
  'assessing',
  'assessment-refused',
  'plan-to-issue',
  'no-plan',
  'draft-issued',
  'plan-final',
  'plan-review',
  'plan-amendment',
  'ceasing',
  'ceased',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/** Pathway order: a stage never goes back to a lower rank. */
export const CASE_STAGE_RANK: Readonly<Record<CaseStage, number>> = {
  requested: 0,
  assessing: 1,
  'assessment-refused': 1,
  'plan-to-issue': 2,
  'no-plan': 2,
  'draft-issued': 3,
  'plan-final': 4,
  // A final plan under review, or with an amendment notice open; back to plan-final when that is done.
  'plan-review': 4,
  'plan-amendment': 4,
  ceasing: 5,
  ceased: 6,
};

/**
 * Other names a client may send for a stage. Replay once called the final plan's stage `plan-issued`;
 * the published name is `plan-final`, and both keep filtering the same cases.
 */
const STAGE_ALIASES: Readonly<Record<string, CaseStage>> = { 'plan-issued': 'plan-final' };

const isCaseStage = (name: string): name is CaseStage => (CASE_STAGES as readonly string[]).includes(name);

/** The stage a name or alias stands for; undefined for a name that is no stage. */
export function caseStageNamed(name: string): CaseStage | undefined {
  if (isCaseStage(name)) return name;
  return Object.hasOwn(STAGE_ALIASES, name) ? STAGE_ALIASES[name] : undefined;
}

/** Whether a case at `current` may move to `next`: forward or sideways, never back. */
export const stageMayMoveTo = (current: CaseStage, next: CaseStage): boolean => CASE_STAGE_RANK[next] >= CASE_STAGE_RANK[current];
