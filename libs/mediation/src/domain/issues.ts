import type { TribunalOrder } from '@send/statutory';

/** What a family may disagree with (docs/api.md "Placement, mediation, funding"). */
export type Issue = 'refusal-to-assess' | 'no-plan' | 'section-b' | 'section-f' | 'section-i' | 'cease' | 'health-social-care';

export const ISSUES: readonly Issue[] = [
  'refusal-to-assess',
  'no-plan',
  'section-b',
  'section-f',
  'section-i',
  'cease',
  'health-social-care',
];

/**
 * The LA decisions that carry a right of appeal to the First-tier Tribunal (CFA 2014 s.51(2)(a), (b),
 * (c) with s.51(3), (f)): refusing to assess, deciding not to issue a plan, the contents of a plan when
 * first finalised or amended, and ceasing to maintain one.
 */
export type AppealableDecision = 'refusal-to-assess' | 'no-plan' | 'plan-contents' | 'cease';

export const APPEALABLE_DECISIONS: readonly AppealableDecision[] = ['refusal-to-assess', 'no-plan', 'plan-contents', 'cease'];

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
  assess: ['refusal-to-assess'],
  'make-plan': ['no-plan'],
  'amend-provision': ['section-b', 'section-f'],
  'amend-setting': ['section-i'],
  'cease-dismissed': ['cease'],
};

export function orderAnswers(order: TribunalOrder, about: readonly Issue[]): boolean {
  return ORDER_ANSWERS[order].some((i) => about.includes(i));
}
