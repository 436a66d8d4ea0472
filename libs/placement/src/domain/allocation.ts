import { notBefore, notInFuture, type IsoDate } from '@send/statutory';
import type { RecordAllocation } from './placement.commands.js';
import { PlacementErrors as E, refuse } from './placement.errors.js';
import type { PassedOver, PlacementEvent } from './placement.events.js';
import type { OpenPlacement, PlacementState, Preferences } from './placement.state.js';

/**
 * The settings whose objection stands, by their latest consultation answer. In law the LA, not the
 * setting, decides whether a CFA s.39(4) ground applies, and the family can appeal section I. This system
 * keeps it simple: a setting that answers cannot-meet citing a s.39(4) ground has its objection upheld;
 * a later can-meet answer from the same setting withdraws it.
 */
export function upheldObjections(state: PlacementState): ReadonlySet<string> {
  const latest = new Map<string, boolean>();
  if (state.status === 'none') return new Set();
  for (const c of state.consultations) if (c.answer) latest.set(c.settingId, c.answer.objectionUpheld);
  return new Set([...latest].filter(([, upheld]) => upheld).map(([settingId]) => settingId));
}

export function isObjectionUpheld(answer: string, grounds: readonly string[] | undefined): boolean {
  return answer === 'cannot-meet' && (grounds?.length ?? 0) > 0;
}

/**
 * What an allocation may be made from (green paper ch. 3: the first available place in the family's order
 * of preference): the ranked preferences without the upheld objections. Refuses when there is nothing to
 * allocate from; the handler runs this before it takes any place, and the decider again after.
 */
export function allocationCandidates(state: PlacementState, decidedOn: IsoDate, today: IsoDate): readonly string[] {
  if (state.status === 'allocated') {
    refuse(E.ALREADY_ALLOCATED, `a place at ${state.allocation.name} was allocated on ${state.allocation.decidedOn}`);
  }
  const preferences = requirePreferences(state);
  notInFuture(today, { decidedOn });
  notBefore(E.ALLOCATION_BEFORE_PREFERENCES, 'decidedOn', decidedOn, {
    'family expressed its preferences': preferences.expressedOn,
  });
  const objected = upheldObjections(state);
  const candidates = preferences.ranked.filter((id) => !objected.has(id));
  if (candidates.length === 0) {
    refuse(E.NO_PLACE_AVAILABLE, 'every preference has an upheld objection; consider a direction to admit', {
      objected: [...objected],
    });
  }
  return candidates;
}

function requirePreferences(state: PlacementState): Preferences {
  const preferences = state.status === 'none' ? undefined : state.preferences;
  if (!preferences?.ranked.length) refuse(E.NO_PREFERENCES, 'the family has not ranked any setting yet');
  return preferences;
}

/**
 * Step 2: the case records the allocation its setting's stream already granted. Idempotent for the same
 * setting, so a retried allocation never names two settings.
 */
export function recordAllocation({ data, today }: RecordAllocation, state: PlacementState): PlacementEvent[] {
  if (state.status === 'allocated' && state.allocation.settingId === data.settingId) return [];
  allocationCandidates(state, data.decidedOn, today);
  const file = state as OpenPlacement;
  const ranked = file.preferences?.ranked ?? [];
  const rank = ranked.indexOf(data.settingId);
  if (rank < 0) refuse(E.NOT_A_PREFERENCE, `${data.name} is not among the family's preferences`, { field: 'settingId' });
  const objected = upheldObjections(state);
  if (objected.has(data.settingId)) refuse(E.OBJECTION_UPHELD, `${data.name}'s objection (CFA s.39(4)) is upheld`);
  const passedOver = ranked.slice(0, rank).map((settingId): PassedOver => {
    if (objected.has(settingId)) return { settingId, why: 'objection-upheld' };
    if (data.fullSettingIds.includes(settingId)) return { settingId, why: 'no-place' };
    return refuse(E.PREFERENCE_ORDER_NOT_FOLLOWED, `preference ${settingId} ranks higher and was not shown to be full`, {
      settingId,
    });
  });
  const { settingId, name, type, decidedOn } = data;
  return [{ type: 'PlaceAllocated', data: { settingId, name, type, decidedOn, preferenceRank: rank + 1, passedOver } }];
}
