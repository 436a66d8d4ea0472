import type { DomainEvent } from '@send/kernel';
import type { IsoDate } from '@send/statutory';
import type { SettingProvision } from './inclusion-plan.commands.js';

export type InclusionPlanPublished = DomainEvent<
  'InclusionPlanPublished',
  {
    la: string;
    version: number;
    publishedOn: IsoDate;
    settingIds: readonly string[];
    partnerLas: readonly string[];
    provides?: readonly SettingProvision[];
  }
>;

export type InclusionPlanEvent = InclusionPlanPublished;
