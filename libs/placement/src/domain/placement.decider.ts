import { assertNever, type Decider } from '@send/kernel';
import { closeDeadline, notBefore, notInFuture, startDeadline } from '@send/statutory';
import { recordAllocation, isObjectionUpheld } from './allocation.js';
import { decideDirectionAppeal, directAdmission, lodgeDirectionAppeal } from './direction.js';
import type {
  AnswerConsultation,
  ConsultSetting,
  ExpressPreferences,
  OpenPhaseTransferRound,
  PlacementCommand,
  ProduceTailoredList,
} from './placement.commands.js';
import { notFound, PlacementErrors as E, refuse } from './placement.errors.js';
import type { Phase } from './codes.js';
import type { PlacementEvent } from './placement.events.js';
import { consultationOf, evolvePlacement, initialPlacementState, type PlacementState } from './placement.state.js';

type Events = PlacementEvent[];

const ALLOCATED = (state: Extract<PlacementState, { status: 'allocated' }>) =>
  refuse(E.ALREADY_ALLOCATED, `a place at ${state.allocation.name} was allocated on ${state.allocation.decidedOn}`);

/** Recorded so that what the family was offered, and why, can be shown later (green paper ch. 3). */
function produceTailoredList({ data, today }: ProduceTailoredList, _state: PlacementState): Events {
  notInFuture(today, { producedOn: data.producedOn });
  const { producedOn, primaryNeed, stage } = data;
  const items = data.items.map(({ settingId, name, type, la, reasons }) => ({
    settingId,
    name,
    type,
    la,
    reasons: [...reasons],
  }));
  return [
    {
      type: 'TailoredListProduced',
      data: {
        producedOn,
        primaryNeed,
        curriculumYear: stage.curriculumYear,
        academicYear: stage.academicYear,
        ...(stage.phase ? { phase: stage.phase } : {}),
        items,
      },
    },
  ];
}

/**
 * The family ranks settings (green paper ch. 3; today's right to request a school is CFA s.38(2)(b)(i)).
 * A new ranking replaces the last one until a place is allocated.
 */
function expressPreferences({ data, today }: ExpressPreferences, state: PlacementState): Events {
  if (state.status === 'allocated') ALLOCATED(state);
  if (data.ranked.length === 0) refuse(E.NO_PREFERENCES, 'rank at least one setting', { field: 'ranked' });
  const twice = data.ranked.filter((id, i) => data.ranked.indexOf(id) !== i);
  if (twice.length > 0) refuse(E.DUPLICATE_PREFERENCE, `ranked more than once: ${twice.join(', ')}`, { field: 'ranked' });
  const missing = data.ranked.filter((id) => !data.registeredSettingIds.includes(id));
  if (missing.length > 0) {
    refuse(E.UNKNOWN_SETTING, `not in the settings registry: ${missing.join(', ')}`, { field: 'ranked', missing });
  }
  notInFuture(today, { expressedOn: data.expressedOn });
  return [{ type: 'PreferencesExpressed', data: { ranked: [...data.ranked], expressedOn: data.expressedOn } }];
}

/**
 * Before naming a school the LA must consult it (CFA s.39(2), s.40(2)); the Code expects an answer within
 * 15 days (CoP 9.79, rule `consultation-answer`).
 */
function consultSetting({ data, today }: ConsultSetting, state: PlacementState): Events {
  if (data.setting === undefined)
    refuse(E.UNKNOWN_SETTING, `setting ${data.settingId} is not registered`, { field: 'settingId' });
  const open = state.status === 'none' ? undefined : state.consultations.find((c) => c.settingId === data.settingId && !c.answer);
  if (open) refuse(E.CONSULTATION_OPEN, `${open.name} was consulted on ${open.sentOn} and has not answered yet`);
  notInFuture(today, { sentOn: data.sentOn });
  const { consultationId, settingId, sentOn } = data;
  const deadlineId = `consultation-answer:${consultationId}`;
  return [
    { type: 'SettingConsulted', data: { consultationId, settingId, name: data.setting.name, sentOn, deadlineId } },
    startDeadline(deadlineId, 'consultation-answer', sentOn),
  ];
}

/** A refusal must rest on a CFA s.39(4) ground; a setting that can meet the needs cites none. */
function answerConsultation({ data, today }: AnswerConsultation, state: PlacementState): Events {
  const consultation = consultationOf(state, data.consultationId);
  if (consultation === undefined) notFound(E.CONSULTATION_NOT_FOUND, `no consultation ${data.consultationId} on this case`);
  if (consultation.answer) refuse(E.ALREADY_ANSWERED, `${consultation.name} answered on ${consultation.answer.answeredOn}`);
  notInFuture(today, { answeredOn: data.answeredOn });
  notBefore(E.ANSWER_BEFORE_CONSULTATION, 'answeredOn', data.answeredOn, { consultation: consultation.sentOn });
  const grounds = data.grounds?.length ? [...new Set(data.grounds)] : undefined;
  if (data.answer === 'cannot-meet' && !grounds) {
    refuse(E.GROUNDS_REQUIRED, 'a setting that cannot meet the needs must cite a CFA s.39(4) ground', { field: 'grounds' });
  }
  if (data.answer === 'can-meet' && grounds) {
    refuse(E.GROUNDS_WITHOUT_OBJECTION, 'grounds are given only with cannot-meet', { field: 'grounds' });
  }
  const { consultationId, answeredOn, answer } = data;
  return [
    {
      type: 'ConsultationAnswered',
      data: {
        consultationId,
        settingId: consultation.settingId,
        answeredOn,
        answer,
        ...(grounds ? { grounds } : {}),
        objectionUpheld: isObjectionUpheld(answer, grounds),
      },
    },
    ...(state.status === 'none' ? [] : closeDeadline(state.deadlines, consultation.deadlineId, answeredOn)),
  ];
}

/**
 * The phase each transfer of the ehcp context (api-v1 "phase-transfer") moves the child into. Middle schools
 * are counted with the secondary phase, the infant-to-junior move stays in primary.
 */
const PHASE_AFTER: Readonly<Record<string, Phase>> = {
  'early-years-to-school': 'primary',
  'infant-to-junior': 'primary',
  'primary-to-middle': 'secondary',
  'primary-to-secondary': 'secondary',
  'middle-to-secondary': 'secondary',
  'secondary-to-post-16': 'post-16',
  'post-16-move': 'post-16',
};

/**
 * Reg 18: before a transfer between phases the plan must be amended naming the new setting by dueOn. This
 * context opens the round in which that setting is found: the tailored list is offered for the new phase.
 * Idempotent per source event and per transfer (at-least-once delivery).
 */
function openPhaseTransferRound({ data }: OpenPhaseTransferRound, state: PlacementState): Events {
  const rounds = state.status === 'none' ? [] : (state.phaseTransfers ?? []);
  if (rounds.some((r) => r.sourceEventId === data.sourceEventId || r.transferId === data.transferId)) return [];
  const { transferId, transfer, transferOn, dueOn, sourceEventId } = data;
  const phase = Object.hasOwn(PHASE_AFTER, transfer) ? PHASE_AFTER[transfer] : undefined;
  return [
    {
      type: 'PhaseTransferRoundOpened',
      data: { transferId, transfer, transferOn, dueOn, ...(phase === undefined ? {} : { phase }), sourceEventId },
    },
  ];
}

export function decidePlacement(command: PlacementCommand, state: PlacementState): readonly PlacementEvent[] {
  switch (command.type) {
    case 'ProduceTailoredList':
      return produceTailoredList(command, state);
    case 'ExpressPreferences':
      return expressPreferences(command, state);
    case 'ConsultSetting':
      return consultSetting(command, state);
    case 'AnswerConsultation':
      return answerConsultation(command, state);
    case 'RecordAllocation':
      return recordAllocation(command, state);
    case 'DirectAdmission':
      return directAdmission(command, state);
    case 'LodgeDirectionAppeal':
      return lodgeDirectionAppeal(command, state);
    case 'DecideDirectionAppeal':
      return decideDirectionAppeal(command, state);
    case 'OpenPhaseTransferRound':
      return openPhaseTransferRound(command, state);
    default:
      return assertNever(command, 'placement command');
  }
}

export const placementDecider: Decider<PlacementCommand, PlacementEvent, PlacementState> = {
  initialState: initialPlacementState,
  evolve: evolvePlacement,
  decide: decidePlacement,
};
