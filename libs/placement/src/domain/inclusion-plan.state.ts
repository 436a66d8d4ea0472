import { isAfter, type IsoDate } from '@send/statutory';
import type { SettingProvision } from './inclusion-plan.commands.js';
import type { InclusionPlanEvent } from './inclusion-plan.events.js';

export interface InclusionPlanVersion {
  readonly la: string;
  readonly version: number;
  readonly publishedOn: IsoDate;
  readonly settingIds: readonly string[];
  readonly partnerLas: readonly string[];
  /** The national standards each setting provides, when the plan states them. */
  readonly provides?: readonly SettingProvision[];
}

/** Every published version is kept: a tailored list is drawn from the version in force on its date. */
export type InclusionPlanState =
  | { readonly status: 'none' }
  | { readonly status: 'published'; readonly la: string; readonly versions: readonly InclusionPlanVersion[] };

export const initialInclusionPlanState = (): InclusionPlanState => ({ status: 'none' });

export function evolveInclusionPlan(state: InclusionPlanState, event: InclusionPlanEvent): InclusionPlanState {
  const { la, version, publishedOn, settingIds, partnerLas, provides } = event.data;
  const published: InclusionPlanVersion = {
    la,
    version,
    publishedOn,
    settingIds: [...settingIds],
    partnerLas: [...partnerLas],
    ...(provides ? { provides: [...provides] } : {}),
  };
  return { status: 'published', la, versions: [...(state.status === 'none' ? [] : state.versions), published] };
}

/** The latest version published on or before `asOf`; versions are published in date order. */
export function planInForce(versions: readonly InclusionPlanVersion[], asOf: IsoDate): InclusionPlanVersion | undefined {
  return versions.filter((v) => !isAfter(v.publishedOn, asOf)).at(-1);
}
