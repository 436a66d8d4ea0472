import type { StandardCitation } from '@send/standards';
import type { IsoDate } from '@send/statutory';

/**
 * Which national standards of ordinarily available provision a setting the plan names provides (docs/domain.md
 * "National SEND standards (proposal)"), each as the catalogue gave it on the publication date.
 */
export interface SettingProvision {
  readonly settingId: string;
  readonly standards: readonly StandardCitation[];
}

/**
 * Publishes the next version of an LA's local inclusion plan (green paper ch. 3): the settings it names
 * and the partner LAs whose plans a tailored list may also draw on. `registeredSettingIds` is the
 * handler's look-up: which of the named settings the registry holds.
 */
export interface PublishInclusionPlan {
  readonly type: 'PublishInclusionPlan';
  readonly data: {
    readonly la: string;
    readonly publishedOn: IsoDate;
    readonly settingIds: readonly string[];
    readonly partnerLas: readonly string[];
    readonly registeredSettingIds: readonly string[];
    readonly provides?: readonly SettingProvision[];
  };
  readonly today: IsoDate;
}

export type InclusionPlanCommand = PublishInclusionPlan;
