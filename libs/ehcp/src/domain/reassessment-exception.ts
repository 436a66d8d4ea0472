import {
  exceptionOverlaps,
  exceptionPeriodProblem,
  isLawfulGround,
  notInFuture,
  requireText,
  ruleOf,
  type DeadlineEvent,
} from '@send/statutory';
import { EhcpErrors, refuse } from './ehcp.errors.js';
import { refuseIfCeased } from './cease.js';
import {
  reassessing,
  reassessmentFinalPlanId,
  type ReassessablePlan,
  type ReassessmentExceptionRecorded,
  type RecordReassessmentException,
} from './reassessment.js';

/**
 * Reg 27(3): the LA need not keep the 14 weeks of Reg 27(2) where it is impractical because of the
 * circumstances the assessment's own timescales allow (closures of 4 weeks or more, exceptional personal
 * circumstances, absence from the area for 4 weeks or more). The grounds are the rule's own
 * (RULES['reassessment-final-plan'].exceptionGrounds) and the period's conditions the statutory library's,
 * as for the assessment's exceptions. The clock keeps its due date and shows as excepted; the final plan still closes it.
 */
export function recordReassessmentException(
  { data, today }: RecordReassessmentException,
  state: ReassessablePlan,
): (ReassessmentExceptionRecorded | DeadlineEvent)[] {
  refuseIfCeased(state);
  const request = state.reassessment;
  if (!request || !reassessing(state)) {
    refuse(EhcpErrors.NOT_REASSESSING, 'no re-assessment is waiting for its final plan: there is no Reg 27(2) clock to except');
  }
  const deadlineId = reassessmentFinalPlanId(request.reassessmentId);
  const entry = state.deadlines?.[deadlineId];
  if (!entry) refuse(EhcpErrors.NOT_REASSESSING, 'the re-assessment has no Reg 27(2) clock running');
  if (entry.state === 'excepted') {
    refuse(EhcpErrors.REASSESSMENT_ALREADY_EXCEPTED, 'an exception is already recorded on this re-assessment', {
      exceptionId: entry.exceptionId,
    });
  }
  const { ground, from, to } = data;
  const rule = ruleOf('reassessment-final-plan');
  if (!isLawfulGround('reassessment-final-plan', ground)) {
    refuse(EhcpErrors.EXCEPTION_GROUND_NOT_LAWFUL, `${ground} is not a ground ${rule.exceptionSource} allows`, {
      field: 'ground',
      grounds: rule.exceptionGrounds,
    });
  }
  const evidence = requireText(
    EhcpErrors.EVIDENCE_REQUIRED,
    'evidence',
    data.evidence,
    'say what evidence shows the ground applies',
  );
  notInFuture(today, { from });
  const found = exceptionPeriodProblem(ground, from, to);
  if (found?.problem === 'period-invalid') refuse(EhcpErrors.EXCEPTION_PERIOD_INVALID, found.message, { field: 'to' });
  if (found?.problem === 'ground-not-met') refuse(EhcpErrors.EXCEPTION_GROUND_NOT_MET, found.message, { field: 'to', ground });
  if (!exceptionOverlaps(entry, from, to)) {
    refuse(
      EhcpErrors.EXCEPTION_NOT_APPLICABLE,
      `the circumstance does not fall within the 14 weeks from ${entry.startedOn} to ${entry.dueOn}`,
      { startedOn: entry.startedOn, dueOn: entry.dueOn },
    );
  }
  const { exceptionId, familyNotified } = data;
  const period = { from, ...(to === undefined ? {} : { to }) };
  return [
    {
      type: 'ReassessmentExceptionRecorded',
      data: {
        exceptionId,
        reassessmentId: request.reassessmentId,
        ground,
        ...period,
        evidence,
        familyNotified,
        recordedOn: today,
        deadlineId,
      },
    },
    {
      type: 'DeadlineExcepted',
      data: {
        deadlineId,
        rule: 'reassessment-final-plan',
        exceptionId,
        ground,
        exceptedOn: from,
        source: rule.exceptionSource ?? rule.source,
      },
    },
  ];
}
