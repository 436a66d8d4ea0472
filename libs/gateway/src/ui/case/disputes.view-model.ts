import type { Role } from '@send/kernel';
import type { CaseDeadline, CaseDisputes, CaseSummary } from './case-api.js';
import { caseHeader, casePath, tabTitle } from './case-header.js';
import {
  appealDecisionName,
  disputeAboutName,
  disputeStatusName,
  mediationStepName,
  orderName,
  ruleName,
  statusTag,
} from './labels.js';

/** The order of mediation steps as they happen (docs/domain.md "Disagreements"). */
const STEP_ORDER = ['adviser-contacted', 'declined', 'requested', 'not-arranged', 'held', 'agreement'];

/**
 * The disputes tab: each disagreement with its mediation steps, certificate, appeal and tribunal orders, and
 * each order's compliance read from the case's deadlines (`order-compliance:<orderId>:<step>`). Pure: unit tested.
 */
export function caseDisputesModel(
  summary: Pick<CaseSummary, 'caseId' | 'child'>,
  answer: CaseDisputes,
  deadlines: readonly CaseDeadline[],
  context: { role?: Role },
) {
  const header = caseHeader(summary, 'disputes');
  const casework = context.role === 'caseworker' || context.role === 'manager';
  const byId = new Map(deadlines.filter((d) => d.deadlineId).map((d) => [d.deadlineId!, d]));
  return {
    pageTitle: tabTitle('Disputes', header),
    header,
    appealRights: answer.appealRights.map((r) => ({
      decision: appealDecisionName(r.decision),
      decisionLetterOn: r.decisionLetterOn,
      windowEndsOn: r.windowEndsOn,
    })),
    disputes: answer.disputes.map((d, i) => {
      const at = (path: string) => casePath(summary.caseId, `/disputes/${encodeURIComponent(d.disputeId)}${path}`);
      const steps = Object.entries(d.mediation ?? {}).sort(([a], [b]) => STEP_ORDER.indexOf(a) - STEP_ORDER.indexOf(b));
      return {
        heading: `Disagreement ${i + 1}: ${d.about.map(disputeAboutName).join(', ')}`,
        status: disputeStatusName(d.status),
        decisionLetterOn: d.decisionLetterOn,
        raisedOn: d.raisedOn,
        mediation: steps.map(([step, s]) => ({ step: mediationStepName(step), on: s.on, notes: s.notes })),
        certificateOn: d.certificateOn,
        appeal: d.appeal
          ? { registeredOn: d.appeal.registeredOn, inTime: d.appeal.inTime, windowEndsOn: d.appeal.windowEndsOn }
          : undefined,
        orders: d.orders.map((o) => ({
          order: orderName(o.order),
          madeOn: o.madeOn,
          steps: (o.steps ?? []).map((s) => {
            const deadline = byId.get(`order-compliance:${o.orderId}:${s.step}`);
            return {
              step: ruleName(s.step),
              dueOn: s.dueOn,
              tag: deadline ? statusTag(deadline.status) : statusTag('open'),
              closedOn: deadline?.closedOn,
            };
          }),
        })),
        actions: casework
          ? [
              { text: 'Record a mediation step', href: at('/mediation') },
              { text: 'Record the mediation certificate', href: at('/certificate') },
              { text: 'Register an appeal', href: at('/appeal') },
              { text: 'Record a tribunal order', href: at('/orders') },
            ]
          : [],
      };
    }),
    newDisputeHref: casework ? casePath(summary.caseId, '/disputes/new') : undefined,
  };
}
