import type { StoredEvent } from '@send/kernel';
import {
  type InclusionPlanEvent,
  type InclusionPlanVersion,
  type RegisteredSetting,
  type SettingEvent,
  type SettingState,
  evolveSetting,
  initialSettingState,
} from '../domain/index.js';
import { inclusionPlanStream, settingStream } from '../placement.stream.js';

export type RegistrySettingRow = {
  settingId: string;
  la: string;
  registeredAt: string;
  setting: string;
  lastPosition: string;
};

export type InclusionPlanVersionRow = {
  id: string;
  la: string;
  version: number;
  publishedOn: string;
  settingIds: string;
  partnerLas: string;
  provides: string | null;
  lastPosition: string;
};

const SETTING_STREAM = settingStream('');
const INCLUSION_PLAN_STREAM = inclusionPlanStream('');

/** The setting a setting stream's event belongs to; undefined for every other stream. */
export const settingRowKey = (event: StoredEvent): string | undefined =>
  event.streamId.startsWith(SETTING_STREAM) ? event.streamId.slice(SETTING_STREAM.length) : undefined;

export const planVersionRowId = (la: string, version: number) => `${la}/${version}`;

/** The version a publication adds; undefined for every other event. */
export function planVersionRowKey(event: StoredEvent): string | undefined {
  if (!event.streamId.startsWith(INCLUSION_PLAN_STREAM) || event.type !== 'InclusionPlanPublished') return undefined;
  const { la, version } = (event as unknown as InclusionPlanEvent).data;
  return planVersionRowId(la, version);
}

/**
 * Pure: the setting's row after one event of its stream (docs/conventions.md, projections). The state is
 * the domain's own evolveSetting over the stored state, so the listing shows exactly what the stream folds to.
 */
export function evolveRegistrySetting(row: RegistrySettingRow | null, event: StoredEvent): RegistrySettingRow | null {
  const before: SettingState = row ? settingOf(row) : initialSettingState();
  const after = evolveSetting(before, event as unknown as SettingEvent);
  if (after.status !== 'registered') return row;
  const at = event.position.toString();
  return {
    settingId: after.settingId,
    la: after.la,
    registeredAt: row?.registeredAt ?? at,
    setting: JSON.stringify(after),
    lastPosition: at,
  };
}

export const settingOf = (row: RegistrySettingRow): RegisteredSetting => JSON.parse(row.setting) as RegisteredSetting;

/** Pure: a publication is a new version row; a version, once published, never changes. */
export function evolvePlanVersion(row: InclusionPlanVersionRow | null, event: StoredEvent): InclusionPlanVersionRow | null {
  if (row !== null || planVersionRowKey(event) === undefined) return row;
  const { la, version, publishedOn, settingIds, partnerLas, provides } = (event as unknown as InclusionPlanEvent).data;
  return {
    id: planVersionRowId(la, version),
    la,
    version,
    publishedOn,
    settingIds: JSON.stringify(settingIds),
    partnerLas: JSON.stringify(partnerLas),
    provides: provides ? JSON.stringify(provides) : null,
    lastPosition: event.position.toString(),
  };
}

export function planVersionOf(row: InclusionPlanVersionRow): InclusionPlanVersion {
  const { la, version, publishedOn } = row;
  return {
    la,
    version,
    publishedOn,
    settingIds: JSON.parse(row.settingIds),
    partnerLas: JSON.parse(row.partnerLas),
    ...(row.provides ? { provides: JSON.parse(row.provides) } : {}),
  };
}
