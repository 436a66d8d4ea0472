import { notBefore, notInFuture, requireText } from '@send/statutory';
import type { DecideDirectionAppeal, DirectAdmission, LodgeDirectionAppeal } from './placement.commands.js';
import { PlacementErrors as E, refuse } from './placement.errors.js';
import type { PlacementEvent } from './placement.events.js';
import { directionInForce, type Direction, type PlacementState } from './placement.state.js';

type Events = PlacementEvent[];

/**
 * The backstop (green paper ch. 3, proposal 3): where no place is found, the LA may direct an academy
 * trust to admit the child, and the trust may appeal to the Office of the Schools Adjudicator. Only an
 * academy can be directed this way; a maintained school is bound by being named (CFA s.43).
 */
export function directAdmission({ data, today }: DirectAdmission, state: PlacementState): Events {
  if (state.status === 'allocated') {
    refuse(E.ALREADY_ALLOCATED, `a place at ${state.allocation.name} was allocated on ${state.allocation.decidedOn}`);
  }
  if (data.setting === undefined)
    refuse(E.UNKNOWN_SETTING, `setting ${data.settingId} is not registered`, { field: 'settingId' });
  const academyTrust = data.setting.academyTrust;
  if (!academyTrust) refuse(E.NOT_AN_ACADEMY, `${data.setting.name} has no academy trust to direct`, { field: 'settingId' });
  const inForce = directionInForce(state);
  if (inForce) refuse(E.DIRECTION_IN_FORCE, `${inForce.name} was directed to admit on ${inForce.directedOn}`);
  notInFuture(today, { directedOn: data.directedOn });
  const quashed = state.status === 'none' ? undefined : state.directions.at(-1)?.appeal?.decision;
  notBefore(E.DIRECTION_BEFORE_APPEAL_DECISION, 'directedOn', data.directedOn, {
    'appeal against the last direction was decided': quashed?.decidedOn,
  });
  requireText(E.REASON_REQUIRED, 'reason', data.reason, 'record why the LA directs the trust to admit');
  const { settingId, directedOn } = data;
  const { name, type } = data.setting;
  return [{ type: 'AdmissionDirected', data: { settingId, name, type, academyTrust, directedOn, reason: data.reason.trim() } }];
}

/** The appeal is always against the latest direction; an earlier one was quashed before it was made. */
function latestDirection(state: PlacementState): Direction {
  const direction = state.status === 'none' ? undefined : state.directions.at(-1);
  if (direction === undefined) refuse(E.NO_DIRECTION, 'the LA has not directed a trust to admit this child');
  return direction;
}

export function lodgeDirectionAppeal({ data, today }: LodgeDirectionAppeal, state: PlacementState): Events {
  const direction = latestDirection(state);
  if (direction.appeal) refuse(E.APPEAL_ALREADY_LODGED, `the trust appealed on ${direction.appeal.lodgedOn}`);
  notInFuture(today, { lodgedOn: data.lodgedOn });
  notBefore(E.APPEAL_BEFORE_DIRECTION, 'lodgedOn', data.lodgedOn, { direction: direction.directedOn });
  return [{ type: 'DirectionAppealLodged', data: { settingId: direction.settingId, lodgedOn: data.lodgedOn } }];
}

export function decideDirectionAppeal({ data, today }: DecideDirectionAppeal, state: PlacementState): Events {
  const direction = latestDirection(state);
  const appeal = direction.appeal;
  if (appeal === undefined) refuse(E.NO_APPEAL, 'the trust has not appealed the direction');
  if (appeal.decision) refuse(E.APPEAL_ALREADY_DECIDED, `the adjudicator decided on ${appeal.decision.decidedOn}`);
  notInFuture(today, { decidedOn: data.decidedOn });
  notBefore(E.APPEAL_DECISION_BEFORE_APPEAL, 'decidedOn', data.decidedOn, { appeal: appeal.lodgedOn });
  const { decidedOn, upheld } = data;
  return [{ type: 'DirectionAppealDecided', data: { settingId: direction.settingId, decidedOn, upheld } }];
}
