import type { TribunalOrder } from '@send/statutory';

/** What a family may disagree with (docs/api.md "Placement, mediation, funding"). */
export type Issue =
  | 'refusal-to-assess'
  | 'no-plan'
  | 'section-b'
  | 'section-f'
  | 'section-i'
  | 'cease'
  | 'health-social-care'
  | 'review-decision'
  | 'refusal-to-reassess';

export const ISSUES: readonly Issue[] = [
  'refusal-to-assess',
  'no-plan',
  'section-b',
  'section-f',
  'section-i',
  'cease',
  'health-social-care',
  'review-decision',
  'refusal-to-reassess',
];

/**
 * The LA decisions that carry a right of appeal to the First-tier Tribunal (CFA 2014 s.51(2)): refusing
 * to assess (a), deciding not to issue a plan (b), the contents of a plan when first finalised or
 * amended (c) with s.51(3), refusing to re-assess (d), deciding not to amend the plan after a review (e:
 * a review decision to maintain it unchanged, or a decision not to amend after a notice that followed a
 * review), and ceasing to maintain it (f). docs/domain.md "Appeal rights".
 */
export type AppealableDecision =
  'refusal-to-assess' | 'no-plan' | 'plan-contents' | 'cease' | 'review-decision' | 'refusal-to-reassess';

export const APPEALABLE_DECISIONS: readonly AppealableDecision[] = [
  'refusal-to-assess',
  'no-plan',
  'plan-contents',
  'cease',
  'review-decision',
  'refusal-to-reassess',
];

/**
 * The decision each issue answers. Health and social care are not appealable on their own: the
 * tribunal may only recommend on them alongside an appeal about education (SEND (First-tier
 * Tribunal Recommendations Power) Regulations 2017); they may still be mediated (CFA 2014 ss.53–54).
 */
const DECISION_OF: Readonly<Record<Issue, AppealableDecision | undefined>> = {
  'refusal-to-assess': 'refusal-to-assess',
  'no-plan': 'no-plan',
  'section-b': 'plan-contents',
  'section-f': 'plan-contents',
  'section-i': 'plan-contents',
  cease: 'cease',
  'health-social-care': undefined,
  'review-decision': 'review-decision',
  'refusal-to-reassess': 'refusal-to-reassess',
};

export type DecisionOfIssues =
  | { readonly kind: 'appealable'; readonly decision: AppealableDecision }
  | { readonly kind: 'not-appealable' }
  | { readonly kind: 'mixed'; readonly decisions: readonly AppealableDecision[] };

/** One dispute answers one decision letter, so its issues must all come from one decision. */
export function decisionOfIssues(about: readonly Issue[]): DecisionOfIssues {
  const decisions = [...new Set(about.map((i) => DECISION_OF[i]).filter((d): d is AppealableDecision => d !== undefined))];
  if (decisions.length === 0) return { kind: 'not-appealable' };
  if (decisions.length > 1) return { kind: 'mixed', decisions };
  return { kind: 'appealable', decision: decisions[0] };
}

/**
 * CFA 2014 s.55: an appeal needs a mediation certificate unless it is only about the school or other
 * institution named in section I, its type, or that none is named (s.51(2)(c)(iii)–(iv)).
 */
export function isSectionIOnly(about: readonly Issue[]): boolean {
  return about.length > 0 && about.every((i) => i === 'section-i');
}

/** The issue an order of the tribunal answers (Reg 43(2)); an order about anything else is refused. */
const ORDER_ANSWERS: Readonly<Record<TribunalOrder, readonly Issue[]>> = {
  // To assess, or to re-assess after a refusal to re-assess (s.51(2)(d)).
  assess: ['refusal-to-assess', 'refusal-to-reassess'],
  'make-plan': ['no-plan'],
  // To amend the plan, also after a decision not to amend it after a review (s.51(2)(e)).
  'amend-provision': ['section-b', 'section-f', 'review-decision'],
  'amend-setting': ['section-i', 'review-decision'],
  'cease-dismissed': ['cease'],
};

export function orderAnswers(order: TribunalOrder, about: readonly Issue[]): boolean {
  return ORDER_ANSWERS[order].some((i) => about.includes(i));
}
