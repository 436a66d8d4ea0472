import { assertNever } from '@send/kernel';
import { appealWindowEnds, closeDeadline, isAfter, latest, notBefore, notInFuture, type IsoDate } from '@send/statutory';
import type { MediationPolicy, RegisterAppeal } from './mediation.commands.js';
import { MediationErrors, refuse } from './mediation.errors.js';
import type { MediationEvent } from './mediation.events.js';
import { isSectionIOnly } from './issues.js';
import { findDispute } from './guards.js';
import type { Dispute, MediationState, OpenFile, StepRecord } from './mediation.state.js';

const by = (on: IsoDate | undefined, day: IsoDate): IsoDate | undefined =>
  on !== undefined && !isAfter(on, day) ? on : undefined;
const stepBy = (step: StepRecord | undefined, day: IsoDate) => by(step?.on, day);

/**
 * What the deployment's policy asks of the family before an appeal, judged on the day it was
 * registered (a certificate issued later did not exist then).
 * - current-law: CFA 2014 s.55: a mediation certificate, unless the appeal is only about
 *   section I (the institution or its type named, or none named).
 * - mandatory-mediation: the 2022 green paper: mediation itself must have taken place, with no
 *   section I exception. Where the family asked for mediation and, without it being held or
 *   declined, a certificate was issued (the LA could not arrange it within Reg 37's 30 days), that
 *   certificate counts: the LA's failure does not bar the family's appeal.
 */
export function checkMediationBeforeAppeal(dispute: Dispute, policy: MediationPolicy, registeredOn: IsoDate): void {
  const certificateOn = by(dispute.certificateOn, registeredOn);
  const m = dispute.mediation;
  switch (policy) {
    case 'current-law':
      if (certificateOn !== undefined || isSectionIOnly(dispute.about)) return;
      return refuse(
        MediationErrors.CERTIFICATE_REQUIRED,
        'an appeal needs a mediation certificate unless it is only about section I (CFA 2014 s.55)',
        { policy, needs: 'certificate' },
      );
    case 'mandatory-mediation': {
      const held = stepBy(m.held, registeredOn) !== undefined;
      const laDidNotHold = stepBy(m.requested, registeredOn) !== undefined && m.declined === undefined && !!certificateOn;
      if (held || laDidNotHold) return;
      return refuse(
        MediationErrors.CERTIFICATE_REQUIRED,
        'under this deployment’s policy mediation must have taken place before an appeal (2022 green paper)',
        { policy, needs: 'mediation-held' },
      );
    }
    default:
      return assertNever(policy, 'mediation policy');
  }
}

/**
 * HESC Rules r.20(1): in time up to the later of 2 months after the decision letter and 1 month after
 * the certificate. Out of time only with the tribunal's extension (r.5(3)(a)); the appeal then closes
 * the family's window late, which is the record, not a breach by the LA.
 */
export function registerAppeal({ data, today }: RegisterAppeal, state: MediationState): MediationEvent[] {
  const dispute = findDispute(state, data.disputeId);
  const file = state as OpenFile; // findDispute refuses unless the file is open
  if (dispute.appeal !== undefined) {
    refuse(MediationErrors.ALREADY_APPEALED, `an appeal was registered on ${dispute.appeal.registeredOn}`);
  }
  if (dispute.decision === undefined) {
    refuse(MediationErrors.NOT_APPEALABLE, 'health and social care alone cannot be appealed to the tribunal', {
      about: dispute.about,
    });
  }
  const { disputeId, registeredOn, extensionGranted, policy } = data;
  notInFuture(today, { registeredOn });
  notBefore(MediationErrors.DATE_BEFORE_DECISION_LETTER, 'registeredOn', registeredOn, {
    'decision letter': dispute.decisionLetterOn,
  });
  checkMediationBeforeAppeal(dispute, policy, registeredOn);
  const rights = dispute.rightsId === undefined ? undefined : file.rights[dispute.rightsId];
  // When the LA did not arrange mediation, the window counts at least from the day the certificate was owed.
  const certificateOn = latest(
    by(dispute.certificateOn, registeredOn),
    by(rights?.certificateOn, registeredOn),
    dispute.certificateOwedBy,
  );
  const windowEndsOn = appealWindowEnds(dispute.decisionLetterOn, certificateOn);
  const inTime = !isAfter(registeredOn, windowEndsOn);
  if (!inTime && !extensionGranted) {
    refuse(MediationErrors.APPEAL_OUT_OF_TIME, `the last day to appeal was ${windowEndsOn}`, { windowEndsOn });
  }
  return [
    { type: 'AppealRegistered', data: { disputeId, registeredOn, windowEndsOn, inTime, extensionGranted, policy } },
    ...(rights === undefined ? [] : closeDeadline(file.deadlines, rights.deadlineId, registeredOn)),
  ];
}
