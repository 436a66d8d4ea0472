import { CEASE_REASONS, type PhaseTransfer, RULES, type RuleId } from '@send/statutory';
import type { DeadlineStatus } from './case-api.js';

/**
 * The plain English the case pages use for the API's codes (docs/ui.md "How a page is made"): names only,
 * never a rule. A code this table does not know is shown as it came, with its dashes as spaces.
 */
const asWords = (code: string) => code.replace(/[-_:]/g, ' ').replace(/^./, (c) => c.toUpperCase());
const lookUp = (table: Readonly<Record<string, string>>, code: string | undefined): string =>
  code === undefined ? '' : Object.hasOwn(table, code) ? table[code] : asWords(code);

/** The stages of docs/api.md's case summary (libs/kernel/src/case-stage.ts). */
const STAGES: Readonly<Record<string, string>> = {
  requested: 'Request received',
  assessing: 'Needs assessment under way',
  'assessment-refused': 'Assessment refused',
  'plan-to-issue': 'Assessment complete: plan to be drafted',
  'no-plan': 'Assessment complete: no plan',
  'draft-issued': 'Draft plan issued',
  'plan-final': 'Final plan issued',
};
export const stageName = (stage: string): string => lookUp(STAGES, stage);

/** Rules missing from the statutory table keep a readable name too. */
const OTHER_RULES: Readonly<Record<string, string>> = {
  'reassessment-decision': 'Decision whether to reassess',
  'transfer-plan': 'Plan transferred to the new local authority',
  'transfer-notice': 'New local authority tells the family about the transferred plan',
  'transfer-review': 'Transferred plan reviewed',
};
/** A rule id's name from the statutory rule table (libs/statutory/src/rules.ts), the one home of rules. */
export function ruleName(rule: string): string {
  return Object.hasOwn(RULES, rule) ? RULES[rule as RuleId].title : lookUp(OTHER_RULES, rule);
}

/** GOV.UK tags for a deadline's status (docs/api.md deadlines). */
const STATUS_TAGS: Readonly<Record<DeadlineStatus, { text: string; classes: string }>> = {
  open: { text: 'Open', classes: 'govuk-tag--blue' },
  met: { text: 'Met', classes: 'govuk-tag--green' },
  breached: { text: 'Breached', classes: 'govuk-tag--red' },
  excepted: { text: 'Excepted', classes: 'govuk-tag--yellow' },
  'not-applicable': { text: 'Not applicable', classes: 'govuk-tag--grey' },
};
export function statusTag(status: string): { text: string; classes: string } {
  return Object.hasOwn(STATUS_TAGS, status)
    ? STATUS_TAGS[status as DeadlineStatus]
    : { text: asWords(status), classes: 'govuk-tag--grey' };
}

const GROUNDS: Readonly<Record<string, string>> = {
  'school-closure': 'School closure',
  'early-years-closure': 'Early years setting closure',
  'exceptional-personal-circumstances': 'Exceptional personal circumstances',
  'absent-from-area': 'Absent from the area',
  'missed-appointment': 'Missed appointment',
};
export const groundName = (ground: string | undefined): string => lookUp(GROUNDS, ground);

const REQUESTERS: Readonly<Record<string, string>> = {
  parent: 'A parent',
  'young-person': 'The young person',
  setting: 'The school, college or early years setting',
  other: 'Someone else',
};
export const requesterName = (who: string | undefined): string => lookUp(REQUESTERS, who);

const PLAN_STATUS: Readonly<Record<string, string>> = {
  draft: 'Draft',
  final: 'Final',
  ceasing: 'Ceasing',
  ceased: 'Ceased',
};
export const planStatusName = (status: string | undefined): string => lookUp(PLAN_STATUS, status);

const SETTING_TYPES: Readonly<Record<string, string>> = {
  mainstream: 'Mainstream',
  resourced: 'Mainstream with a resourced provision',
  special: 'Special school',
  alternative: 'Alternative provision',
  independent: 'Independent',
  'post-16': 'Post-16 institution',
};
export const settingTypeName = (type: string | undefined): string => lookUp(SETTING_TYPES, type);

const TIMELINE_KINDS: Readonly<Record<string, string>> = {
  request: 'Request',
  decision: 'Decisions',
  evidence: 'Evidence',
  notice: 'Notices',
  plan: 'Plan',
  deadline: 'Deadlines',
  dispute: 'Disputes',
  order: 'Orders',
  funding: 'Funding',
};
export const timelineKindName = (kind: string): string => lookUp(TIMELINE_KINDS, kind);

const ROLES: Readonly<Record<string, string>> = {
  caseworker: 'caseworker',
  manager: 'manager',
  auditor: 'auditor',
  tribunal: 'tribunal',
  admin: 'administrator',
  system: 'the system',
};
export const roleName = (role: string): string => lookUp(ROLES, role).toLowerCase();

const DISPUTE_ABOUT: Readonly<Record<string, string>> = {
  'refusal-to-assess': 'Refusal to assess',
  'no-plan': 'Decision not to issue a plan',
  'section-b': 'Section B (special educational needs)',
  'section-f': 'Section F (special educational provision)',
  'section-i': 'Section I (placement)',
  cease: 'Decision to cease the plan',
  'health-social-care': 'Health and social care',
  'review-decision': 'Decision not to amend the plan after its review',
  'refusal-to-reassess': 'Decision not to re-assess',
};
export const disputeAboutName = (about: string): string => lookUp(DISPUTE_ABOUT, about);

const DISPUTE_STATUS: Readonly<Record<string, string>> = {
  raised: 'Raised',
  'adviser-contacted': 'Mediation adviser contacted',
  'mediation-declined': 'Mediation declined',
  'mediation-requested': 'Mediation requested',
  'mediation-held': 'Mediation held',
  'agreement-reached': 'Agreement reached',
  certified: 'Mediation certificate issued',
  appealed: 'Appeal registered',
  'order-made': 'Tribunal order made',
};
export const disputeStatusName = (status: string): string => lookUp(DISPUTE_STATUS, status);

const MEDIATION_STEPS: Readonly<Record<string, string>> = {
  'adviser-contacted': 'Mediation adviser contacted',
  declined: 'Mediation declined',
  requested: 'Mediation requested',
  held: 'Mediation held',
  agreement: 'Agreement reached',
  'not-arranged': 'Mediation not arranged within 30 days',
};
export const mediationStepName = (step: string): string => lookUp(MEDIATION_STEPS, step);

const ORDERS: Readonly<Record<string, string>> = {
  assess: 'Assess the child or young person',
  'make-plan': 'Make an EHC plan',
  'amend-provision': 'Amend the needs or provision in the plan',
  'amend-setting': 'Amend the setting named in the plan',
  'cease-dismissed': 'Appeal against ceasing dismissed',
};
export const orderName = (order: string): string => lookUp(ORDERS, order);

const ANSWERS: Readonly<Record<string, string>> = { 'can-meet': 'Can meet the need', 'cannot-meet': 'Cannot meet the need' };
export const answerName = (answer: string): string => lookUp(ANSWERS, answer);

const APPEAL_DECISIONS: Readonly<Record<string, string>> = {
  'refusal-to-assess': 'Refusal to assess',
  'no-plan': 'Decision not to issue a plan',
  'plan-contents': 'The contents of the EHC plan',
  cease: 'Decision to cease the plan',
};
export const appealDecisionName = (decision: string): string => lookUp(APPEAL_DECISIONS, decision);

/** Pence as pounds: 234000 → "£2,340.00". */
export function pounds(pence: number | undefined): string {
  if (pence === undefined) return '';
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);
}

/** The phase transfers of Reg 18 (libs/statutory PHASE_TRANSFERS), in words: the plan tab and the phase-transfer form. */
export const PHASE_TRANSFER_NAMES: Readonly<Record<PhaseTransfer, string>> = {
  'early-years-to-school': 'Early years to school',
  'infant-to-junior': 'Infant to junior school',
  'primary-to-middle': 'Primary to middle school',
  'primary-to-secondary': 'Primary to secondary school',
  'middle-to-secondary': 'Middle to secondary school',
  'secondary-to-post-16': 'Secondary school to post-16',
  'post-16-move': 'A move between post-16 institutions',
};
export const phaseTransferName = (code: string | undefined): string => lookUp(PHASE_TRANSFER_NAMES, code);

/** An SEN2 cease reason code in the SEN2 guide's words (libs/statutory CEASE_REASONS, the list the API checks). */
export const ceaseReasonName = (code: string | undefined): string =>
  code !== undefined && Object.hasOwn(CEASE_REASONS, code)
    ? CEASE_REASONS[code as keyof typeof CEASE_REASONS].replace(/^./, (c) => c.toUpperCase())
    : lookUp({}, code);
