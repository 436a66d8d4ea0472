import { assertNever, type Decider } from '@send/kernel';
import { notBefore, notInFuture } from '@send/statutory';
import type { InclusionPlanCommand, PublishInclusionPlan } from './inclusion-plan.commands.js';
import type { InclusionPlanEvent } from './inclusion-plan.events.js';
import { evolveInclusionPlan, initialInclusionPlanState, type InclusionPlanState } from './inclusion-plan.state.js';
import { PlacementErrors as E, refuse } from './placement.errors.js';

/** Each publication is a new version; the earlier ones stay on the record as they were. */
function publishInclusionPlan({ data, today }: PublishInclusionPlan, state: InclusionPlanState): InclusionPlanEvent[] {
  notInFuture(today, { publishedOn: data.publishedOn });
  const latest = state.status === 'published' ? state.versions.at(-1) : undefined;
  notBefore(E.PLAN_BEFORE_PREVIOUS_VERSION, 'publishedOn', data.publishedOn, {
    [`publication of version ${latest?.version}`]: latest?.publishedOn,
  });
  const settingIds = [...new Set(data.settingIds)];
  const missing = settingIds.filter((id) => !data.registeredSettingIds.includes(id));
  if (missing.length > 0) {
    refuse(E.UNKNOWN_SETTING, `not in the settings registry: ${missing.join(', ')}`, { field: 'settingIds', missing });
  }
  const partnerLas = [...new Set(data.partnerLas)];
  if (partnerLas.includes(data.la)) refuse(E.PARTNER_IS_SELF, `LA ${data.la} cannot be its own partner`, { field: 'partnerLas' });
  const provides = data.provides ?? [];
  const unnamed = provides.map((p) => p.settingId).filter((id) => !settingIds.includes(id));
  if (unnamed.length > 0) {
    refuse(E.UNKNOWN_SETTING, `the plan does not name: ${unnamed.join(', ')}`, { field: 'provides', missing: unnamed });
  }
  const version = (latest?.version ?? 0) + 1;
  const stated =
    provides.length > 0 ? { provides: provides.map((p) => ({ settingId: p.settingId, standards: [...p.standards] })) } : {};
  return [
    {
      type: 'InclusionPlanPublished',
      data: { la: data.la, version, publishedOn: data.publishedOn, settingIds, partnerLas, ...stated },
    },
  ];
}

export function decideInclusionPlan(command: InclusionPlanCommand, state: InclusionPlanState): readonly InclusionPlanEvent[] {
  switch (command.type) {
    case 'PublishInclusionPlan':
      return publishInclusionPlan(command, state);
    default:
      return assertNever(command.type, 'inclusion plan command');
  }
}

export const inclusionPlanDecider: Decider<InclusionPlanCommand, InclusionPlanEvent, InclusionPlanState> = {
  initialState: initialInclusionPlanState,
  evolve: evolveInclusionPlan,
  decide: decideInclusionPlan,
};
