import type { DomainEvent } from '@send/kernel';
import type { IsoDate } from '@send/statutory';

export type InclusionPlanPublished = DomainEvent<
  'InclusionPlanPublished',
  { la: string; version: number; publishedOn: IsoDate; settingIds: readonly string[]; partnerLas: readonly string[] }
>;

export type InclusionPlanEvent = InclusionPlanPublished;
